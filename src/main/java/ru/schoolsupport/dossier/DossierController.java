package ru.schoolsupport.dossier;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.core.io.ClassPathResource;
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
import ru.schoolsupport.access.CurrentUser;
import ru.schoolsupport.access.MunicipalityReaders;
import ru.schoolsupport.access.SchoolDossierReaders;
import ru.schoolsupport.cycle.Cycle;
import ru.schoolsupport.cycle.CycleStatus;
import ru.schoolsupport.directory.Role;
import ru.schoolsupport.listformation.CycleSchool;

/**
 * A school's dossier: the page {@code /app/dossier?cycle={id}&school={code}} (Tasklist login or HTTP
 * Basic), its data at {@code /app/dossier/cycles/{id}/schools/{code}} (what the page reads) and
 * {@code /api/dossier/cycles/{id}/schools/{code}} (HTTP Basic, for scripts); a visit or contact is
 * recorded by POST to {@code …/notes}; {@code …/watch} (PUT, DELETE) puts the school on the reader's
 * «Мои школы» or takes it off. Who may do what: {@link SchoolDossierReaders}; others get 403 in Russian.
 * A POST from the page carries {@code X-Requested-With}, which another site's page cannot send
 * without the browser asking first (and we answer no such question): the session cookie alone does not do.
 */
@RestController
class DossierController {

  static final String PAGE = "dossier/page.html";
  static final String SCRIPT = "dossier/page.js";
  static final String PAGE_HEADER = "X-Requested-With";

  private final SchoolDossier dossier;
  private final SchoolNotes notes;
  private final Watchlist watchlist;
  private final IdentityService identity;

  DossierController(SchoolDossier dossier, SchoolNotes notes, Watchlist watchlist, IdentityService identity) {
    this.dossier = dossier;
    this.notes = notes;
    this.watchlist = watchlist;
    this.identity = identity;
  }

  @GetMapping(value = "/app/dossier", produces = MediaType.TEXT_HTML_VALUE)
  ResponseEntity<String> page(@RequestParam(name = "cycle", required = false) Long cycleId,
      @RequestParam(name = "school", required = false) String schoolCode) throws IOException {
    if (cycleId == null || schoolCode == null) {
      return ResponseEntity.badRequest().contentType(new MediaType("text", "plain", StandardCharsets.UTF_8))
          .body("Укажите цикл и школу: /app/dossier?cycle=<номер цикла>&school=<код школы>.");
    }
    Optional<Cycle> cycle = dossier.cycle(cycleId);
    Optional<CycleSchool> school = cycle.flatMap(c -> dossier.school(c.id(), schoolCode));
    if (school.isPresent() && !SchoolDossierReaders.mayRead(identity, school.get())) {
      return MunicipalityReaders.refusalPage(SchoolDossierReaders.REFUSAL);
    }
    // an unknown cycle or school still gets the page, which says so from the data's 404
    try (InputStream in = new ClassPathResource(PAGE).getInputStream()) {
      return ResponseEntity.ok().contentType(new MediaType("text", "html", StandardCharsets.UTF_8))
          .header("Cache-Control", "no-store")
          .body(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
  }

  /** The page's script: a file of its own, as our pages' Content-Security-Policy allows no inline script. */
  @GetMapping("/app/dossier/page.js")
  ResponseEntity<String> script() throws IOException {
    try (InputStream in = new ClassPathResource(SCRIPT).getInputStream()) {
      return ResponseEntity.ok().contentType(new MediaType("text", "javascript", StandardCharsets.UTF_8))
          .header("Cache-Control", "no-cache")
          .body(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
  }

  @GetMapping({"/api/dossier/cycles/{cycleId}/schools/{schoolCode}", "/app/dossier/cycles/{cycleId}/schools/{schoolCode}"})
  ResponseEntity<Map<String, Object>> view(@PathVariable long cycleId, @PathVariable String schoolCode) {
    Found found = find(cycleId, schoolCode);
    if (!SchoolDossierReaders.mayRead(identity, found.school())) {
      throw new NotAllowed(SchoolDossierReaders.REFUSAL);
    }
    Map<String, Object> view = dossier.view(found.cycle(), found.school(), CurrentUser.login(identity),
        SchoolDossierReaders.mayRecordNotes(identity, found.school()), SchoolDossierReaders.supervises(identity, found.school()));
    view.put("mayOpenMonitoring", MunicipalityReaders.includeCurrentUser(identity));
    // the coordinator pauses, resumes or stops the school here (schoolstatus; the server checks again)
    view.put("mayChangeStatus", found.cycle().status() == CycleStatus.RUNNING && found.school().included()
        && CurrentUser.inAnyGroup(identity, List.of(Role.COORDINATOR.groupId())));
    return ResponseEntity.ok().header("Cache-Control", "no-store").body(view);
  }

  @PostMapping({"/api/dossier/cycles/{cycleId}/schools/{schoolCode}/notes",
      "/app/dossier/cycles/{cycleId}/schools/{schoolCode}/notes"})
  ResponseEntity<Map<String, Object>> recordNote(@PathVariable long cycleId, @PathVariable String schoolCode,
      @RequestBody(required = false) Map<String, Object> body, HttpServletRequest request) {
    requirePageHeader(request);
    Found found = find(cycleId, schoolCode);
    if (!SchoolDossierReaders.mayRecordNotes(identity, found.school())) {
      throw new NotAllowed(SchoolDossierReaders.NOTE_REFUSAL);
    }
    SchoolNotes.Note note = notes.record(found.cycle(), found.school().schoolCode(), CurrentUser.login(identity), body);
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("id", note.id());
    answer.put("message", note.kind().title() + " " + SchoolDossier.DATE.format(note.date()) + " записано в досье."
        + (note.nextReview() == null ? "" : " Напоминание о проверке придёт "
        + SchoolDossier.DATE.format(note.nextReview()) + "."));
    return ResponseEntity.status(HttpStatus.CREATED).body(answer);
  }

  @PutMapping({"/api/dossier/cycles/{cycleId}/schools/{schoolCode}/watch",
      "/app/dossier/cycles/{cycleId}/schools/{schoolCode}/watch"})
  ResponseEntity<Map<String, Object>> watch(@PathVariable long cycleId, @PathVariable String schoolCode,
      HttpServletRequest request) {
    requirePageHeader(request);
    Found found = find(cycleId, schoolCode);
    if (!SchoolDossierReaders.supervises(identity, found.school())) {
      throw new NotAllowed(SchoolDossierReaders.WATCH_REFUSAL);
    }
    watchlist.watch(CurrentUser.login(identity), found.school().schoolCode());
    return ResponseEntity.ok(Map.of("watching", true, "message", "Школа добавлена в «Мои школы»."));
  }

  @DeleteMapping({"/api/dossier/cycles/{cycleId}/schools/{schoolCode}/watch",
      "/app/dossier/cycles/{cycleId}/schools/{schoolCode}/watch"})
  ResponseEntity<Map<String, Object>> unwatch(@PathVariable long cycleId, @PathVariable String schoolCode,
      HttpServletRequest request) {
    requirePageHeader(request);
    Found found = find(cycleId, schoolCode);
    if (!SchoolDossierReaders.mayRead(identity, found.school())) {
      throw new NotAllowed(SchoolDossierReaders.REFUSAL);
    }
    watchlist.unwatch(CurrentUser.login(identity), found.school().schoolCode());
    return ResponseEntity.ok(Map.of("watching", false, "message", "Школа убрана из «Мои школы»."));
  }

  /**
   * Which school a task is about, for the link «Досье школы» Tasklist shows above the task's form
   * (scripts/school-dossier-link.js): 404 when the user cannot see the task or it is about no school.
   */
  @GetMapping({"/api/dossier/tasks/{taskId}", "/app/dossier/tasks/{taskId}"})
  ResponseEntity<Map<String, Object>> ofTask(@PathVariable String taskId) {
    return dossier.ofTask(taskId)
        .<ResponseEntity<Map<String, Object>>>map(school -> ResponseEntity.ok(Map.of("cycleId", school.cycleId(),
            "schoolCode", school.schoolCode(), "school", school.schoolName(),
            "url", "/app/dossier?cycle=" + school.cycleId() + "&school=" + school.schoolCode())))
        .orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND)
            .body(Map.of("message", "Задача не найдена или не относится к школе.")));
  }

  /** The schools the logged-in user watches. */
  @GetMapping({"/api/watchlist", "/app/watchlist"})
  ResponseEntity<Map<String, Object>> myWatchlist() {
    String login = CurrentUser.login(identity);
    return ResponseEntity.ok(Map.of("login", login, "schools", watchlist.schoolsOf(login).stream().sorted().toList()));
  }

  private record Found(Cycle cycle, CycleSchool school) {
  }

  private Found find(long cycleId, String schoolCode) {
    Cycle cycle = dossier.cycle(cycleId).orElseThrow(() -> new NotFound("Цикл сопровождения с номером " + cycleId
        + " не найден."));
    String code = schoolCode.length() > 64 ? schoolCode.substring(0, 64) : schoolCode;
    CycleSchool school = dossier.school(cycle.id(), code).orElseThrow(() -> new NotFound("Школы с кодом «" + code
        + "» нет в перечне цикла «" + cycle.title() + "»."));
    return new Found(cycle, school);
  }

  /** A write from a page under the Tasklist session must say it comes from our page (not a form of another site). */
  private static void requirePageHeader(HttpServletRequest request) {
    if (request.getRequestURI().startsWith("/app/") && request.getHeader(PAGE_HEADER) == null) {
      throw new NotAllowed("Запрос отклонён: изменения принимаются только со страницы досье.");
    }
  }

  @ExceptionHandler(NotAllowed.class)
  ResponseEntity<Map<String, Object>> forbidden(NotAllowed e) {
    return ResponseEntity.status(HttpStatus.FORBIDDEN).contentType(MediaType.APPLICATION_JSON)
        .body(Map.of("message", e.getMessage()));
  }

  @ExceptionHandler(NotFound.class)
  ResponseEntity<Map<String, Object>> notFound(NotFound e) {
    return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.APPLICATION_JSON)
        .body(Map.of("message", e.getMessage()));
  }

  static class NotAllowed extends RuntimeException {
    NotAllowed(String message) {
      super(message);
    }
  }

  static class NotFound extends RuntimeException {
    NotFound(String message) {
      super(message);
    }
  }
}
