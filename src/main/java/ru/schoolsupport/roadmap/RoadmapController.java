package ru.schoolsupport.roadmap;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
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
import ru.schoolsupport.process.FormInputException;
import ru.schoolsupport.roadmap.RoadmapService.ItemInput;
import ru.schoolsupport.roadmap.RoadmapService.RoadmapView;

/**
 * The roadmap over REST (HTTP Basic, like {@code /engine-rest}): read it (a school's people and other
 * executors see their own items only), change its header, sections and items (a draft by the managers
 * and the base organisation; an approved roadmap by the coordinators, with a reason, as a version), and
 * import the department's table into a draft. Refusals are 403 with a Russian message; bad input 400.
 */
@RestController
class RoadmapController {

  private final RoadmapService roadmaps;
  private final RoadmapImport imports;
  private final RoadmapAccess access;

  RoadmapController(RoadmapService roadmaps, RoadmapImport imports, RoadmapAccess access) {
    this.roadmaps = roadmaps;
    this.imports = imports;
    this.access = access;
  }

  /** An executor as a request names it: the kind (PERSON, GROUP, SCHOOL, BASE) and the login, group id or code. */
  record ExecutorRequest(String kind, String ref) {
  }

  record ItemRequest(Long sectionId, Integer stage, String content, String period, LocalDate dueDate, String indicator,
      List<ExecutorRequest> executors, String reason) {

    ItemInput toInput() {
      List<ItemExecutor> list = new ArrayList<>();
      if (executors != null) {
        for (ExecutorRequest e : executors) {
          RoadmapExecutorKind kind = e == null ? null : RoadmapExecutorKind.parse(e.kind());
          if (e != null && kind == null) {
            throw new FormInputException("вид исполнителя «" + e.kind() + "» не распознан: PERSON (сотрудник), GROUP "
                + "(роль), SCHOOL (школа) или BASE (базовая организация)");
          }
          list.add(e == null ? null : new ItemExecutor(null, kind, e.ref(), null));
        }
      }
      return new ItemInput(sectionId, stage, content, period, dueDate, indicator, list);
    }
  }

  record HeaderRequest(String title, String goal, String reason) {
  }

  record SectionRequest(String title, String reason) {
  }

  @GetMapping("/api/cycles/{cycleId}/roadmap")
  Map<String, Object> read(@PathVariable long cycleId) {
    RoadmapView view = view(cycleId);
    return RoadmapJson.of(view, roadmaps, access.readsAll() ? null : access);
  }

  @GetMapping("/api/cycles/{cycleId}/roadmap/items/{itemId}")
  Map<String, Object> readItem(@PathVariable long cycleId, @PathVariable long itemId) {
    RoadmapView view = view(cycleId);
    RoadmapItem item = view.items().stream().filter(i -> i.id() == itemId).findFirst()
        .orElseThrow(() -> new NotFound("Мероприятие " + itemId + " не найдено в дорожной карте этого цикла."));
    if (!access.sees(item)) {
      throw new RoadmapAccess.Refused("Это мероприятие дорожной карты вам не поручено.");
    }
    return RoadmapJson.item(view, item, roadmaps);
  }

  @PutMapping("/api/cycles/{cycleId}/roadmap")
  Map<String, Object> header(@PathVariable long cycleId, @RequestBody HeaderRequest request) {
    access.requireEdit(roadmap(cycleId).status());
    roadmaps.updateHeader(cycleId, request.title(), request.goal(), request.reason(), access.login());
    return Map.of("message", "Дорожная карта сохранена.");
  }

  @PostMapping("/api/cycles/{cycleId}/roadmap/sections")
  Map<String, Object> addSection(@PathVariable long cycleId, @RequestBody SectionRequest request) {
    access.requireEdit(roadmap(cycleId).status());
    long id = roadmaps.addSection(cycleId, request.title(), request.reason(), access.login());
    return Map.of("message", "Раздел добавлен.", "sectionId", id);
  }

  @PutMapping("/api/cycles/{cycleId}/roadmap/sections/{sectionId}")
  Map<String, Object> renameSection(@PathVariable long cycleId, @PathVariable long sectionId,
      @RequestBody SectionRequest request) {
    access.requireEdit(roadmap(cycleId).status());
    roadmaps.renameSection(cycleId, sectionId, request.title(), request.reason(), access.login());
    return Map.of("message", "Раздел переименован.");
  }

  @PostMapping("/api/cycles/{cycleId}/roadmap/items")
  Map<String, Object> addItem(@PathVariable long cycleId, @RequestBody ItemRequest request) {
    access.requireEdit(roadmap(cycleId).status());
    long id = roadmaps.addItem(cycleId, request.toInput(), request.reason(), access.login());
    return Map.of("message", "Мероприятие добавлено.", "itemId", id);
  }

  @PutMapping("/api/cycles/{cycleId}/roadmap/items/{itemId}")
  Map<String, Object> updateItem(@PathVariable long cycleId, @PathVariable long itemId,
      @RequestBody ItemRequest request) {
    access.requireEdit(roadmap(cycleId).status());
    roadmaps.updateItem(cycleId, itemId, request.toInput(), request.reason(), access.login());
    return Map.of("message", "Мероприятие сохранено.");
  }

  @DeleteMapping("/api/cycles/{cycleId}/roadmap/items/{itemId}")
  Map<String, Object> removeItem(@PathVariable long cycleId, @PathVariable long itemId,
      @RequestParam(value = "reason", required = false) String reason) {
    access.requireEdit(roadmap(cycleId).status());
    roadmaps.removeItem(cycleId, itemId, reason, access.login());
    return Map.of("message", "Мероприятие удалено.");
  }

  /** The department's table (CSV or XLSX) as the draft: checked whole, a bad row refuses it with a message per line. */
  @PostMapping("/api/cycles/{cycleId}/roadmap/import")
  Map<String, Object> importTable(@PathVariable long cycleId, @RequestParam("file") MultipartFile file)
      throws IOException {
    roadmaps.cycle(cycleId);
    RoadmapStatus status = roadmaps.find(cycleId).map(Roadmap::status).orElse(RoadmapStatus.DRAFT);
    access.requireEdit(status);
    int count = imports.importTable(cycleId, file.getOriginalFilename(), file.getBytes(), access.login());
    return Map.of("message", "Загружено мероприятий: " + count + ".", "items", count);
  }

  private RoadmapView view(long cycleId) {
    roadmaps.cycle(cycleId);
    return roadmaps.view(cycleId).orElseThrow(() -> noRoadmap(cycleId));
  }

  /** The roadmap's own row, for an edit that needs only its status (not its items, marks and completion). */
  private Roadmap roadmap(long cycleId) {
    roadmaps.cycle(cycleId);
    return roadmaps.find(cycleId).orElseThrow(() -> noRoadmap(cycleId));
  }

  private static NotFound noRoadmap(long cycleId) {
    return new NotFound(
        "У цикла " + cycleId + " ещё нет дорожной карты: её начинает координатор («Муниципальная дорожная карта»).");
  }

  @ExceptionHandler(RoadmapAccess.Refused.class)
  ResponseEntity<Map<String, Object>> refused(RoadmapAccess.Refused e) {
    return ResponseEntity.status(HttpStatus.FORBIDDEN).contentType(MediaType.APPLICATION_JSON)
        .body(Map.of("message", e.getMessage()));
  }

  @ExceptionHandler(NotFound.class)
  ResponseEntity<Map<String, Object>> notFound(NotFound e) {
    return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.APPLICATION_JSON)
        .body(Map.of("message", e.getMessage()));
  }

  /** Answered 404 with the message in Russian (here; elsewhere as Spring answers a {@code ResponseStatusException}). */
  static class NotFound extends org.springframework.web.server.ResponseStatusException {
    NotFound(String message) {
      super(HttpStatus.NOT_FOUND, message);
    }

    @Override
    public String getMessage() {
      return getReason();
    }
  }

  static Map<String, Object> map(Object... keysAndValues) {
    Map<String, Object> map = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      map.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return map;
  }
}
