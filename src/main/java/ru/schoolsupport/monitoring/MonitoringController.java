package ru.schoolsupport.monitoring;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import ru.schoolsupport.access.CurrentUser;
import ru.schoolsupport.access.MunicipalityReaders;
import ru.schoolsupport.dossier.Watchlist;
import ru.schoolsupport.pages.StaffPages;

/**
 * The managers' monitoring page and its data. The page ({@code /app/monitoring}, also reached from
 * {@code /monitoring}) takes the Tasklist login or HTTP Basic; its data is at
 * {@code /api/monitoring/cycles/{id}} (HTTP Basic, for scripts) and {@code /app/monitoring/cycles/{id}}
 * (what the page reads); {@code current} instead of an id means the running cycle; {@code ?mine=true}
 * keeps only the reader's «Мои школы». The page has the header of our pages ({@link StaffPages}); opened
 * in a browser without a login it leads to the Tasklist login. Only
 * {@link MunicipalityReaders} may see it; others get 403.
 */
@RestController
class MonitoringController {

  static final String PAGE = "monitoring/page.html";
  static final String SCRIPT = "monitoring/page.js";
  private static final String REFUSAL = "Мониторинг школ доступен " + MunicipalityReaders.WHO + ".";

  private final MonitoringService monitoring;
  private final IdentityService identity;
  private final Watchlist watchlist;

  MonitoringController(MonitoringService monitoring, IdentityService identity, Watchlist watchlist) {
    this.watchlist = watchlist;
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
      return MunicipalityReaders.refusalPage(REFUSAL);
    }
    try (InputStream in = new ClassPathResource(PAGE).getInputStream()) {
      return StaffPages.page(StaffPages.withHeader(new String(in.readAllBytes(), StandardCharsets.UTF_8),
          StaffPages.MONITORING, identity));
    }
  }

  /** The page's script: a file of its own, since our pages' Content-Security-Policy allows no inline script. */
  @GetMapping(value = "/app/monitoring/page.js")
  ResponseEntity<String> script() throws IOException {
    try (InputStream in = new ClassPathResource(SCRIPT).getInputStream()) {
      return ResponseEntity.ok().contentType(new MediaType("text", "javascript", StandardCharsets.UTF_8))
          .header("Cache-Control", "no-cache")
          .body(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
  }

  @GetMapping({"/api/monitoring/cycles/current", "/app/monitoring/cycles/current"})
  ResponseEntity<?> current(@RequestParam(name = "mine", defaultValue = "false") boolean mine) {
    require();
    return monitoring.runningCycleId().<ResponseEntity<?>>map(id -> cycle(id, mine))
        .orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND)
            .body(Map.of("message", "Сейчас нет идущего цикла сопровождения.")));
  }

  @GetMapping({"/api/monitoring/cycles/{cycleId}", "/app/monitoring/cycles/{cycleId}"})
  ResponseEntity<?> cycle(@PathVariable long cycleId,
      @RequestParam(name = "mine", defaultValue = "false") boolean mine) {
    require();
    return monitoring.view(cycleId).map(view -> mine ? mine(view) : view).<ResponseEntity<?>>map(ResponseEntity::ok)
        .orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND)
            .body(Map.of("message", "Цикл сопровождения с номером " + cycleId + " не найден.")));
  }

  /** «Мои школы»: only the schools the reader watches (dossier/Watchlist); the charts stay the cycle's. */
  private MonitoringView mine(MonitoringView view) {
    java.util.Set<String> watched = watchlist.schoolsOf(CurrentUser.login(identity));
    return new MonitoringView(view.cycle(), view.cycles(),
        view.schools().stream().filter(s -> watched.contains(s.code())).toList(), view.priorityRisks(),
        view.timeliness(), view.generatedAt());
  }

  @ExceptionHandler(NotAllowed.class)
  ResponseEntity<Map<String, Object>> forbidden(NotAllowed e) {
    return ResponseEntity.status(HttpStatus.FORBIDDEN).contentType(MediaType.APPLICATION_JSON)
        .body(Map.of("message", e.getMessage()));
  }

  private void require() {
    if (!mayRead()) {
      throw new NotAllowed(REFUSAL);
    }
  }

  private boolean mayRead() {
    return MunicipalityReaders.includeCurrentUser(identity);
  }

  static class NotAllowed extends RuntimeException {
    NotAllowed(String message) {
      super(message);
    }
  }
}
