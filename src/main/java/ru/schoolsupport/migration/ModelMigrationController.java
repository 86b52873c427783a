package ru.schoolsupport.migration;

import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import ru.schoolsupport.access.CurrentUser;

/**
 * {@code POST /api/admin/migrations/{processKey}}: the running instances of every older version moved onto
 * the latest (after a changed model is deployed). For the administrator only (camunda-admin).
 */
@RestController
@RequestMapping("/api/admin/migrations")
class ModelMigrationController {

  private final ModelMigrations migrations;
  private final IdentityService identity;

  ModelMigrationController(ModelMigrations migrations, IdentityService identity) {
    this.migrations = migrations;
    this.identity = identity;
  }

  @PostMapping("/{processKey}")
  ResponseEntity<Map<String, Object>> migrate(@PathVariable String processKey) {
    if (!CurrentUser.inAnyGroup(identity, Set.of(Groups.CAMUNDA_ADMIN))) {
      return ResponseEntity.status(HttpStatus.FORBIDDEN)
          .body(Map.of("message", "Переводить экземпляры на новую версию модели может только администратор."));
    }
    ModelMigrations.Result result = migrations.migrateToLatest(processKey);
    return ResponseEntity.ok(Map.of("processKey", result.processKey(), "targetVersion", result.targetVersion(),
        "migratedByVersion", result.migratedByVersion()));
  }
}
