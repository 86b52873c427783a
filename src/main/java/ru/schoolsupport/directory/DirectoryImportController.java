package ru.schoolsupport.directory;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import ru.schoolsupport.spreadsheet.ImportRejectedException;

/**
 * The directory import over REST, for administrators only (members of {@code camunda-admin},
 * authenticated with HTTP Basic like {@code /engine-rest}): POST a CSV or XLSX file as the
 * multipart field {@code file}.
 */
@RestController
@RequestMapping("/api/directory")
class DirectoryImportController {

  private final DirectoryImportService directoryImport;
  private final IdentityService identity;

  DirectoryImportController(DirectoryImportService directoryImport, IdentityService identity) {
    this.directoryImport = directoryImport;
    this.identity = identity;
  }

  @PostMapping("/schools")
  ResponseEntity<Map<String, Object>> importSchools(@RequestParam("file") MultipartFile file) throws IOException {
    requireAdministrator();
    return ok(directoryImport.importSchools(file.getOriginalFilename(), file.getBytes()));
  }

  @PostMapping("/people")
  ResponseEntity<Map<String, Object>> importPeople(@RequestParam("file") MultipartFile file) throws IOException {
    requireAdministrator();
    return ok(directoryImport.importPeople(file.getOriginalFilename(), file.getBytes()));
  }

  @ExceptionHandler(ImportRejectedException.class)
  ResponseEntity<Map<String, Object>> rejected(ImportRejectedException e) {
    List<Map<String, Object>> problems = e.problems().stream()
        .map(p -> Map.<String, Object>of("line", p.line(), "message", p.message())).toList();
    return ResponseEntity.badRequest().body(Map.of("message", e.getMessage(), "problems", problems));
  }

  @ExceptionHandler(NotAnAdministrator.class)
  ResponseEntity<Map<String, Object>> forbidden(NotAnAdministrator e) {
    return ResponseEntity.status(HttpStatus.FORBIDDEN).body(Map.of("message", e.getMessage()));
  }

  private void requireAdministrator() {
    Authentication current = identity.getCurrentAuthentication();
    if (current == null || current.getGroupIds() == null || !current.getGroupIds().contains(Groups.CAMUNDA_ADMIN)) {
      throw new NotAnAdministrator();
    }
  }

  private static ResponseEntity<Map<String, Object>> ok(ImportResult result) {
    return ResponseEntity.ok(Map.of("message", result.summary(), "created", result.created(),
        "updated", result.updated(), "unchanged", result.unchanged()));
  }

  static class NotAnAdministrator extends RuntimeException {
    NotAnAdministrator() {
      super("Загружать справочник может только администратор (группа camunda-admin).");
    }
  }
}
