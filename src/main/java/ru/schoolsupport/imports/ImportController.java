package ru.schoolsupport.imports;

import java.io.IOException;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import ru.schoolsupport.access.CurrentUser;
import ru.schoolsupport.directory.DirectoryImportService;
import ru.schoolsupport.directory.ImportResult;
import ru.schoolsupport.directory.Role;
import ru.schoolsupport.listformation.ListSourcesImportService;

/**
 * The department's files over REST (HTTP Basic, like {@code /engine-rest}): POST a CSV or XLSX file
 * as the multipart field {@code file}. The directory is the administrators' (members of
 * {@code camunda-admin}); indicators and the regional list may also be loaded by coordinators.
 */
@RestController
@RequestMapping("/api")
class ImportController {

  private static final Set<String> ADMINISTRATORS = Set.of(Groups.CAMUNDA_ADMIN);
  private static final Set<String> COORDINATORS = Set.of(Groups.CAMUNDA_ADMIN, Role.COORDINATOR.groupId());

  private final DirectoryImportService directoryImport;
  private final ListSourcesImportService listSources;
  private final IdentityService identity;

  ImportController(DirectoryImportService directoryImport, ListSourcesImportService listSources,
      IdentityService identity) {
    this.directoryImport = directoryImport;
    this.listSources = listSources;
    this.identity = identity;
  }

  @PostMapping("/directory/schools")
  ResponseEntity<Map<String, Object>> importSchools(@RequestParam("file") MultipartFile file) throws IOException {
    require(ADMINISTRATORS, "Загружать справочник может только администратор (группа camunda-admin).");
    return ok(directoryImport.importSchools(file.getOriginalFilename(), file.getBytes()));
  }

  @PostMapping("/directory/people")
  ResponseEntity<Map<String, Object>> importPeople(@RequestParam("file") MultipartFile file) throws IOException {
    require(ADMINISTRATORS, "Загружать справочник может только администратор (группа camunda-admin).");
    return ok(directoryImport.importPeople(file.getOriginalFilename(), file.getBytes()));
  }

  @PostMapping("/indicators")
  ResponseEntity<Map<String, Object>> importIndicators(@RequestParam("file") MultipartFile file) throws IOException {
    require(COORDINATORS, "Загружать показатели школ может координатор или администратор.");
    return ok(listSources.importIndicators(file.getOriginalFilename(), file.getBytes()));
  }

  @PostMapping("/regional-list")
  ResponseEntity<Map<String, Object>> importRegionalList(@RequestParam("file") MultipartFile file) throws IOException {
    require(COORDINATORS, "Загружать региональный перечень может координатор или администратор.");
    return ok(listSources.importRegionalList(file.getOriginalFilename(), file.getBytes()));
  }

  @ExceptionHandler(NotAllowed.class)
  ResponseEntity<Map<String, Object>> forbidden(NotAllowed e) {
    return ResponseEntity.status(HttpStatus.FORBIDDEN).body(Map.of("message", e.getMessage()));
  }

  private void require(Set<String> groups, String message) {
    if (!CurrentUser.inAnyGroup(identity, groups)) {
      throw new NotAllowed(message);
    }
  }

  private static ResponseEntity<Map<String, Object>> ok(ImportResult result) {
    return ResponseEntity.ok(Map.of("message", result.summary(), "created", result.created(),
        "updated", result.updated(), "unchanged", result.unchanged()));
  }

  static class NotAllowed extends RuntimeException {
    NotAllowed(String message) {
      super(message);
    }
  }
}
