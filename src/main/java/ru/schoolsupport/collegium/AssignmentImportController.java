package ru.schoolsupport.collegium;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import ru.schoolsupport.access.CurrentUser;
import ru.schoolsupport.directory.Role;

/**
 * A table of assignments over REST (HTTP Basic, like {@code /engine-rest}): POST a CSV or XLSX file as
 * the multipart field {@code file}, optionally with {@code source} for rows without «Основание».
 * Coordinators and administrators may (they start assignmentControl); a bad row refuses the whole file.
 */
@RestController
class AssignmentImportController {

  private static final Set<String> ALLOWED = Set.of(Groups.CAMUNDA_ADMIN, Role.COORDINATOR.groupId());

  private final AssignmentBatchService batches;
  private final IdentityService identity;

  AssignmentImportController(AssignmentBatchService batches, IdentityService identity) {
    this.batches = batches;
    this.identity = identity;
  }

  @PostMapping("/api/assignments/import")
  ResponseEntity<Map<String, Object>> importAssignments(@RequestParam("file") MultipartFile file,
      @RequestParam(value = "source", required = false) String source) throws IOException {
    if (!CurrentUser.inAnyGroup(identity, ALLOWED)) {
      return ResponseEntity.status(HttpStatus.FORBIDDEN)
          .body(Map.of("message", "Загружать поручения может координатор или администратор."));
    }
    List<Long> ids = batches.importTable(file.getOriginalFilename(), file.getBytes(),
        source == null || source.isBlank() ? null : source.strip());
    return ResponseEntity.ok(Map.of("message", "Выдано поручений: " + ids.size() + ".", "assignmentIds", ids));
  }

}
