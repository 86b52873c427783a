package ru.schoolsupport.roadmap;

import java.io.IOException;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import ru.schoolsupport.roadmap.EventService.Author;
import ru.schoolsupport.roadmap.EventService.EventInput;

/**
 * The events register over REST (HTTP Basic): the cycle's events (a school's people see the ones their
 * school took part in and their own), one event, enter, change and remove one (only one's own; the
 * coordinator any), and import a table. 403 in Russian for what the user may not; 400 for bad input.
 */
@RestController
class EventController {

  private final EventService events;
  private final RoadmapAccess access;
  private final RoadmapService roadmaps;

  EventController(EventService events, RoadmapAccess access, RoadmapService roadmaps) {
    this.events = events;
    this.access = access;
    this.roadmaps = roadmaps;
  }

  @GetMapping("/api/cycles/{cycleId}/events")
  Map<String, Object> list(@PathVariable long cycleId) {
    roadmaps.cycle(cycleId);
    Author author = author();
    return RoadmapController.map("cycleId", cycleId, "events", events.ofCycle(cycleId, author).stream()
        .map(EventController::json).toList());
  }

  @GetMapping("/api/events/{eventId}")
  Map<String, Object> one(@PathVariable long eventId) {
    CycleEvent event = events.find(eventId).orElseThrow(() -> new RoadmapController.NotFound(
        "Мероприятие " + eventId + " не найдено в реестре."));
    if (!events.sees(event, author())) {
      throw new RoadmapAccess.Refused("Это мероприятие проведено без участия вашей школы.");
    }
    return json(event);
  }

  @PostMapping("/api/cycles/{cycleId}/events")
  Map<String, Object> record(@PathVariable long cycleId, @RequestBody EventInput input) {
    roadmaps.cycle(cycleId);
    access.requireEventAuthor();
    long id = events.record(cycleId, input, author());
    return Map.of("message", "Мероприятие внесено в реестр.", "eventId", id);
  }

  @PutMapping("/api/events/{eventId}")
  Map<String, Object> update(@PathVariable long eventId, @RequestBody EventInput input) {
    access.requireEventAuthor();
    events.update(eventId, input, author());
    return Map.of("message", "Мероприятие сохранено.");
  }

  @DeleteMapping("/api/events/{eventId}")
  Map<String, Object> delete(@PathVariable long eventId) {
    access.requireEventAuthor();
    events.delete(eventId, author());
    return Map.of("message", "Мероприятие удалено из реестра.");
  }

  @PostMapping("/api/cycles/{cycleId}/events/import")
  Map<String, Object> importTable(@PathVariable long cycleId, @RequestParam("file") MultipartFile file)
      throws IOException {
    roadmaps.cycle(cycleId);
    access.requireEventAuthor();
    int count = events.importTable(cycleId, file.getOriginalFilename(), file.getBytes(), author());
    return Map.of("message", "Внесено мероприятий: " + count + ".", "events", count);
  }

  private Author author() {
    return new Author(access.login(), EventService.staff(access.groups()), access.managesEvents(), access.ownSchools());
  }

  static Map<String, Object> json(CycleEvent e) {
    return RoadmapController.map("id", e.id(), "cycleId", e.cycleId(), "heldOn", e.heldOn(), "kind", e.kind().name(),
        "kindTitle", e.kind().title(), "topic", e.topic(), "hostOrganisation", e.hostOrganisation(),
        "hostPerson", e.hostPerson(), "format", e.format().name(), "formatTitle", e.format().title(),
        "participants", e.participants(), "materialsLink", e.materialsLink(), "roadmapItemId", e.roadmapItemId(),
        "schools", e.schools(), "createdBy", e.createdBy());
  }

  @ExceptionHandler(RoadmapAccess.Refused.class)
  ResponseEntity<Map<String, Object>> refused(RoadmapAccess.Refused e) {
    return ResponseEntity.status(HttpStatus.FORBIDDEN).contentType(MediaType.APPLICATION_JSON)
        .body(Map.of("message", e.getMessage()));
  }

  @ExceptionHandler(RoadmapController.NotFound.class)
  ResponseEntity<Map<String, Object>> notFound(RoadmapController.NotFound e) {
    return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.APPLICATION_JSON)
        .body(Map.of("message", e.getMessage()));
  }
}
