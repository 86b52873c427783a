package ru.schoolsupport.roadmap;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import ru.schoolsupport.access.MunicipalityReaders;
import ru.schoolsupport.roadmap.RoadmapService.RoadmapView;

/**
 * The municipal roadmap on the monitoring page: completion overall, per stage and per section, and the
 * items whose executors are late, for the department's staff ({@link MunicipalityReaders}). The page
 * loads {@code /app/monitoring/roadmap.js}, which reads {@code /app/monitoring/cycles/{id}/roadmap} for
 * the cycle chosen.
 */
@RestController
class RoadmapMonitoringController {

  static final String SCRIPT = "roadmap/monitoring.js";
  private static final String REFUSAL = "Мониторинг доступен " + MunicipalityReaders.WHO + ".";

  private final RoadmapService roadmaps;
  private final EventService events;
  private final RoadmapAccess access;

  RoadmapMonitoringController(RoadmapService roadmaps, EventService events, RoadmapAccess access) {
    this.roadmaps = roadmaps;
    this.events = events;
    this.access = access;
  }

  @GetMapping({"/app/monitoring/cycles/{cycleId}/roadmap", "/api/monitoring/cycles/{cycleId}/roadmap"})
  ResponseEntity<Map<String, Object>> completion(@PathVariable long cycleId) {
    if (!access.readsAll()) {
      return ResponseEntity.status(HttpStatus.FORBIDDEN).contentType(MediaType.APPLICATION_JSON)
          .body(Map.of("message", REFUSAL));
    }
    RoadmapView view = roadmaps.view(cycleId).orElse(null);
    if (view == null) {
      return ResponseEntity.ok(RoadmapController.map("cycleId", cycleId, "exists", false,
          "events", events.ofCycle(cycleId).size()));
    }
    List<Map<String, Object>> late = view.items().stream()
        .filter(i -> !view.itemClosed(i) && view.marks().getOrDefault(i.id(), List.of()).stream().anyMatch(ItemMark::overdue))
        .map(i -> RoadmapController.map("id", i.id(), "content", i.content(), "dueDate", i.dueDate()))
        .toList();
    return ResponseEntity.ok(RoadmapController.map("cycleId", cycleId, "exists", true,
        "title", view.roadmap().title(), "status", view.roadmap().status().name(),
        "statusTitle", view.roadmap().status().title(), "version", view.roadmap().version(),
        "completion", RoadmapJson.completion(view.overall()),
        "stages", List.of(1, 2, 0).stream().filter(s -> view.ofStage(s).total() > 0)
            .map(s -> RoadmapController.map("title", RoadmapService.stageTitle(s),
                "completion", RoadmapJson.completion(view.ofStage(s)))).toList(),
        "sections", view.sections().stream().filter(s -> view.ofSection(s.id()).total() > 0)
            .map(s -> RoadmapController.map("title", s.title(), "completion", RoadmapJson.completion(view.ofSection(s.id()))))
            .toList(),
        "late", late, "events", events.ofCycle(cycleId).size(),
        "page", "/app/cycles/" + cycleId + "/roadmap"));
  }

  /** The script that adds the roadmap's block to the monitoring page (our pages allow no inline script). */
  @GetMapping("/app/monitoring/roadmap.js")
  ResponseEntity<String> script() throws IOException {
    try (InputStream in = new ClassPathResource(SCRIPT).getInputStream()) {
      return ResponseEntity.ok().contentType(new MediaType("text", "javascript", StandardCharsets.UTF_8))
          .header("Cache-Control", "no-cache")
          .body(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
  }
}
