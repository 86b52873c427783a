package ru.schoolsupport.monitoring;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import ru.schoolsupport.access.CurrentUser;
import ru.schoolsupport.directory.Role;

/**
 * The managers' monitoring page and its data. The page ({@code /app/monitoring}, also reached from
 * {@code /monitoring}) takes the Tasklist login or HTTP Basic; its data is at
 * {@code /api/monitoring/cycles/{id}} (HTTP Basic, for scripts) and {@code /app/monitoring/cycles/{id}}
 * (what the page reads); {@code current} instead of an id means the running cycle. Only managers —
 * the head, the deputy head, coordinators, methodists and curators — may see it; others get 403.
 */
@RestController
class MonitoringController {

  static final Set<String> READERS = Set.of(Role.HEAD.groupId(), Role.CONTROLLER.groupId(),
      Role.COORDINATOR.groupId(), Role.METHODIST.groupId(), Role.CURATOR.groupId(), Groups.CAMUNDA_ADMIN);
  static final String PAGE = "monitoring/page.html";

  private final MonitoringService monitoring;
  private final IdentityService identity;

  MonitoringController(MonitoringService monitoring, IdentityService identity) {
    this.monitoring = monitoring;
    this.identity = identity;
  }

  @GetMapping("/monitoring")
  ResponseEntity<Void> entry() {
    return ResponseEntity.status(HttpStatus.FOUND).header("Location", "/app/monitoring").build();
  }

  @GetMapping(value = "/app/monitoring", produces = MediaType.TEXT_HTML_VALUE)
  ResponseEntity<String> page() throws IOException {
    if (!mayRead()) {
      return ResponseEntity.status(HttpStatus.FORBIDDEN).contentType(new MediaType("text", "html", StandardCharsets.UTF_8))
          .body("<!DOCTYPE html><html lang=\"ru\"><head><meta charset=\"utf-8\"><title>Нет доступа</title></head><body>"
              + "<h1>Нет доступа</h1><p>Мониторинг школ доступен руководителям управления образования, "
              + "координаторам, методистам и кураторам.</p><p><a href=\"/camunda/app/tasklist/\">Вернуться в Tasklist</a></p>"
              + "</body></html>");
    }
    try (InputStream in = new ClassPathResource(PAGE).getInputStream()) {
      return ResponseEntity.ok().contentType(new MediaType("text", "html", StandardCharsets.UTF_8))
          .header("Cache-Control", "no-store")
          .body(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
  }

  @GetMapping({"/api/monitoring/cycles/current", "/app/monitoring/cycles/current"})
  ResponseEntity<?> current() {
    require();
    return monitoring.runningCycleId().<ResponseEntity<?>>map(this::cycle)
        .orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND)
            .body(Map.of("message", "Сейчас нет идущего цикла сопровождения.")));
  }

  @GetMapping({"/api/monitoring/cycles/{cycleId}", "/app/monitoring/cycles/{cycleId}"})
  ResponseEntity<?> cycle(@PathVariable long cycleId) {
    require();
    return monitoring.view(cycleId).<ResponseEntity<?>>map(ResponseEntity::ok)
        .orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND)
            .body(Map.of("message", "Цикл сопровождения с номером " + cycleId + " не найден.")));
  }

  @ExceptionHandler(NotAllowed.class)
  ResponseEntity<Map<String, Object>> forbidden(NotAllowed e) {
    return ResponseEntity.status(HttpStatus.FORBIDDEN).contentType(MediaType.APPLICATION_JSON)
        .body(Map.of("message", e.getMessage()));
  }

  private void require() {
    if (!mayRead()) {
      throw new NotAllowed("Мониторинг школ доступен руководителям управления образования, координаторам, "
          + "методистам и кураторам.");
    }
  }

  private boolean mayRead() {
    return CurrentUser.inAnyGroup(identity, READERS);
  }

  static class NotAllowed extends RuntimeException {
    NotAllowed(String message) {
      super(message);
    }
  }
}
