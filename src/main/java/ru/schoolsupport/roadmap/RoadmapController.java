package ru.schoolsupport.roadmap;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
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

  static final String PAGE_HEADER = "X-Requested-With";

  private final RoadmapService roadmaps;
  private final RoadmapImport imports;
  private final RoadmapAccess access;
  private final RoadmapOrders orders;
  private final RoadmapEvidence evidence;
  private final RoadmapExecutorOptions options;

  RoadmapController(RoadmapService roadmaps, RoadmapImport imports, RoadmapAccess access, RoadmapOrders orders,
      RoadmapEvidence evidence, RoadmapExecutorOptions options) {
    this.roadmaps = roadmaps;
    this.imports = imports;
    this.access = access;
    this.orders = orders;
    this.evidence = evidence;
    this.options = options;
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

  @PutMapping({"/api/cycles/{cycleId}/roadmap", "/app/cycles/{cycleId}/roadmap/header"})
  Map<String, Object> header(@PathVariable long cycleId, @RequestBody HeaderRequest request, HttpServletRequest http) {
    fromPageOrApi(http);
    access.requireEdit(roadmap(cycleId).status());
    roadmaps.updateHeader(cycleId, request.title(), request.goal(), request.reason(), access.login());
    return Map.of("message", "Дорожная карта сохранена.");
  }

  @PostMapping({"/api/cycles/{cycleId}/roadmap/sections", "/app/cycles/{cycleId}/roadmap/sections"})
  Map<String, Object> addSection(@PathVariable long cycleId, @RequestBody SectionRequest request,
      HttpServletRequest http) {
    fromPageOrApi(http);
    access.requireEdit(roadmap(cycleId).status());
    long id = roadmaps.addSection(cycleId, request.title(), request.reason(), access.login());
    return Map.of("message", "Раздел добавлен.", "sectionId", id);
  }

  @PutMapping({"/api/cycles/{cycleId}/roadmap/sections/{sectionId}",
      "/app/cycles/{cycleId}/roadmap/sections/{sectionId}"})
  Map<String, Object> renameSection(@PathVariable long cycleId, @PathVariable long sectionId,
      @RequestBody SectionRequest request, HttpServletRequest http) {
    fromPageOrApi(http);
    access.requireEdit(roadmap(cycleId).status());
    roadmaps.renameSection(cycleId, sectionId, request.title(), request.reason(), access.login());
    return Map.of("message", "Раздел переименован.");
  }

  @DeleteMapping({"/api/cycles/{cycleId}/roadmap/sections/{sectionId}",
      "/app/cycles/{cycleId}/roadmap/sections/{sectionId}"})
  Map<String, Object> removeSection(@PathVariable long cycleId, @PathVariable long sectionId,
      @RequestParam(value = "reason", required = false) String reason, HttpServletRequest http) {
    fromPageOrApi(http);
    access.requireEdit(roadmap(cycleId).status());
    roadmaps.removeSection(cycleId, sectionId, reason, access.login());
    return Map.of("message", "Раздел удалён.");
  }

  @PostMapping({"/api/cycles/{cycleId}/roadmap/items", "/app/cycles/{cycleId}/roadmap/items"})
  Map<String, Object> addItem(@PathVariable long cycleId, @RequestBody ItemRequest request, HttpServletRequest http) {
    fromPageOrApi(http);
    access.requireEdit(roadmap(cycleId).status());
    long id = roadmaps.addItem(cycleId, request.toInput(), request.reason(), access.login());
    return Map.of("message", "Мероприятие добавлено.", "itemId", id);
  }

  @PutMapping({"/api/cycles/{cycleId}/roadmap/items/{itemId}", "/app/cycles/{cycleId}/roadmap/items/{itemId}"})
  Map<String, Object> updateItem(@PathVariable long cycleId, @PathVariable long itemId,
      @RequestBody ItemRequest request, HttpServletRequest http) {
    fromPageOrApi(http);
    access.requireEdit(roadmap(cycleId).status());
    roadmaps.updateItem(cycleId, itemId, request.toInput(), request.reason(), access.login());
    return Map.of("message", "Мероприятие сохранено.");
  }

  @DeleteMapping({"/api/cycles/{cycleId}/roadmap/items/{itemId}", "/app/cycles/{cycleId}/roadmap/items/{itemId}"})
  Map<String, Object> removeItem(@PathVariable long cycleId, @PathVariable long itemId,
      @RequestParam(value = "reason", required = false) String reason, HttpServletRequest http) {
    fromPageOrApi(http);
    access.requireEdit(roadmap(cycleId).status());
    roadmaps.removeItem(cycleId, itemId, reason, access.login());
    return Map.of("message", "Мероприятие удалено.");
  }

  /** The department's table (CSV, XLSX or a DOCX table) as the draft: checked whole, a bad row refuses it with a message per line. */
  @PostMapping("/api/cycles/{cycleId}/roadmap/import")
  Map<String, Object> importTable(@PathVariable long cycleId, @RequestParam("file") MultipartFile file)
      throws IOException {
    roadmaps.cycle(cycleId);
    RoadmapStatus status = roadmaps.find(cycleId).map(Roadmap::status).orElse(RoadmapStatus.DRAFT);
    access.requireEdit(status);
    int count = imports.importTable(cycleId, file.getOriginalFilename(), file.getBytes(), access.login());
    return Map.of("message", "Загружено мероприятий: " + count + ".", "items", count);
  }

  /**
   * The roadmap for the page's script: as {@link #read}, and what this user may do — edit (and whether a
   * reason is asked: an approved roadmap), attach it to the order, attach a file to which marks — and
   * the lists executors are chosen from.
   */
  @GetMapping({"/app/cycles/{cycleId}/roadmap/data", "/api/cycles/{cycleId}/roadmap/page-data"})
  Map<String, Object> pageData(@PathVariable long cycleId) {
    RoadmapView view = view(cycleId);
    Map<String, Object> json = RoadmapJson.of(view, roadmaps, access.readsAll() ? null : access);
    RoadmapStatus status = view.roadmap().status();
    boolean mayEdit = status != RoadmapStatus.SUBMITTED && access.mayEdit(status);
    json.put("mayEdit", mayEdit);
    json.put("reasonRequired", status == RoadmapStatus.APPROVED);
    json.put("mayAttachToOrder", status == RoadmapStatus.APPROVED && !view.roadmap().attachedToOrder()
        && access.mayAttachToOrder());
    json.put("uploadFor", evidence.uploadable(view).stream().map(ItemMark::assignmentId).toList());
    if (mayEdit) {
      json.put("options", options.all());
    }
    return json;
  }

  /** Attaches the approved roadmap to the cycle's order (the head's choice, if not made at approval). */
  @PostMapping({"/api/cycles/{cycleId}/roadmap/attach-to-order", "/app/cycles/{cycleId}/roadmap/attach-to-order"})
  Map<String, Object> attachToOrder(@PathVariable long cycleId, HttpServletRequest http) {
    fromPageOrApi(http);
    roadmap(cycleId);
    if (!access.mayAttachToOrder()) {
      throw new RoadmapAccess.Refused("Дорожную карту к приказу прикладывают начальник управления и координатор.");
    }
    boolean regenerated = orders.attach(cycleId);
    return Map.of("message", regenerated
        ? "Дорожная карта приложена к приказу: приказ сформирован заново с приложением 2, скачайте его из цикла."
        : "Дорожная карта будет приложением 2 к приказу цикла, когда приказ будет подготовлен.");
  }

  /** A file as the evidence of the user's own mark on the item ({@link RoadmapEvidence}). */
  @PostMapping({"/api/cycles/{cycleId}/roadmap/items/{itemId}/evidence",
      "/app/cycles/{cycleId}/roadmap/items/{itemId}/evidence"})
  ResponseEntity<Map<String, Object>> uploadEvidence(@PathVariable long cycleId, @PathVariable long itemId,
      @RequestParam("file") MultipartFile file, @RequestParam(value = "assignment", required = false) Long assignment,
      HttpServletRequest http) throws IOException {
    fromPageOrApi(http);
    roadmaps.cycle(cycleId);
    RoadmapRepository.Evidence kept = evidence.upload(cycleId, itemId, assignment, file.getOriginalFilename(),
        file.getBytes());
    return ResponseEntity.status(HttpStatus.CREATED).body(map("message", "Файл «" + kept.fileName()
        + "» приложен к отметке о выполнении.", "evidenceId", kept.id(), "fileName", kept.fileName()));
  }

  @GetMapping({"/api/cycles/{cycleId}/roadmap/evidence/{evidenceId}",
      "/app/cycles/{cycleId}/roadmap/evidence/{evidenceId}"})
  ResponseEntity<byte[]> downloadEvidence(@PathVariable long cycleId, @PathVariable long evidenceId) {
    roadmaps.cycle(cycleId);
    Map.Entry<RoadmapRepository.Evidence, byte[]> file = evidence.download(cycleId, evidenceId);
    return ResponseEntity.ok().contentType(MediaType.parseMediaType(file.getKey().contentType()))
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
            .filename(file.getKey().fileName(), StandardCharsets.UTF_8).build().toString())
        .header("Cache-Control", "no-store")
        .body(file.getValue());
  }

  /**
   * A change from the roadmap's page (the Tasklist session) carries {@code X-Requested-With}, which another
   * site's page cannot send without the browser asking first: the session cookie alone does not do (as the
   * dossier's page). Over {@code /api} the caller authenticates with HTTP Basic on each request.
   */
  static void fromPageOrApi(HttpServletRequest http) {
    if (http.getRequestURI().startsWith("/app/") && (http.getHeader(PAGE_HEADER) == null
        || http.getHeader(PAGE_HEADER).isBlank())) {
      throw new RoadmapAccess.Refused("Изменения вносятся со страницы дорожной карты: обновите страницу и повторите.");
    }
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
