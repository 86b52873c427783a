package ru.schoolsupport.schoolstatus;

import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import ru.schoolsupport.cycle.CycleService;
import ru.schoolsupport.process.FormInputException;

/**
 * The coordinator's actions on a school's status, from its dossier page ({@code /app/dossier/…}, Tasklist
 * session, with the page's header {@code X-Requested-With}) or over HTTP Basic ({@code /api/dossier/…}):
 * {@code POST …/status/pause} {@code {"reason": "…", "until": "2027-03-15"}}, {@code …/status/resume},
 * {@code …/status/stop} {@code {"reason": "…"}}. Others than coordinators get 403, bad input 400, in Russian.
 */
@RestController
class SchoolStatusController {

  static final String PAGE_HEADER = "X-Requested-With";
  private static final String BASE = "/dossier/cycles/{cycleId}/schools/{schoolCode}/status";

  private final SchoolStatusService statuses;

  SchoolStatusController(SchoolStatusService statuses) {
    this.statuses = statuses;
  }

  @PostMapping({"/api" + BASE + "/pause", "/app" + BASE + "/pause"})
  ResponseEntity<Map<String, Object>> pause(@PathVariable long cycleId, @PathVariable String schoolCode,
      @RequestBody(required = false) Map<String, Object> body, HttpServletRequest request) {
    requirePageHeader(request);
    statuses.requireCoordinator();
    SchoolStatusRepository.Current paused = statuses.pause(cycleId, schoolCode, text(body, "reason"),
        date(body, "until"));
    return answer(paused, SchoolStatusService.describe(paused) + ". Задачи и таймеры школы ждут, напоминания не "
        + "приходят; " + CycleService.RUSSIAN_DATE.format(paused.pausedUntil()) + " работа возобновится сама. "
        + "Начальник управления извещён.");
  }

  @PostMapping({"/api" + BASE + "/resume", "/app" + BASE + "/resume"})
  ResponseEntity<Map<String, Object>> resume(@PathVariable long cycleId, @PathVariable String schoolCode,
      HttpServletRequest request) {
    requirePageHeader(request);
    statuses.requireCoordinator();
    SchoolStatusService.Resumed resumed = statuses.resume(cycleId, schoolCode);
    Map<String, Object> extra = new LinkedHashMap<>();
    extra.put("days", resumed.days());
    extra.put("deadlinesMoved", resumed.deadlinesMoved());
    extra.put("tasksMoved", resumed.tasksMoved());
    extra.put("timersMoved", resumed.timersMoved());
    ResponseEntity<Map<String, Object>> answer = answer(resumed.status(), "Работа школы возобновлена"
        + (resumed.days() > 0 ? "; её сроки, задачи и таймеры сдвинуты на " + resumed.days() + " дн." : ".")
        + " Начальник управления извещён.");
    answer.getBody().putAll(extra);
    return answer;
  }

  @PostMapping({"/api" + BASE + "/stop", "/app" + BASE + "/stop"})
  ResponseEntity<Map<String, Object>> stop(@PathVariable long cycleId, @PathVariable String schoolCode,
      @RequestBody(required = false) Map<String, Object> body, HttpServletRequest request) {
    requirePageHeader(request);
    statuses.requireCoordinator();
    SchoolStatusRepository.Current stopped = statuses.stop(cycleId, schoolCode, text(body, "reason"));
    return answer(stopped, "Школа выведена из проекта: её процесс завершён, итог года записан. Начальник "
        + "управления извещён.");
  }

  private static ResponseEntity<Map<String, Object>> answer(SchoolStatusRepository.Current status, String message) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("status", status.status().name());
    body.put("statusTitle", SchoolStatusService.describe(status));
    body.put("until", status.pausedUntil() == null ? null : status.pausedUntil().toString());
    body.put("message", message);
    return ResponseEntity.ok(body);
  }

  private static String text(Map<String, Object> body, String key) {
    Object value = body == null ? null : body.get(key);
    return value == null ? null : value.toString();
  }

  private static LocalDate date(Map<String, Object> body, String key) {
    String value = text(body, key);
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw new FormInputException("Поле «До какого числа»: «" + (value.length() > 20 ? value.substring(0, 20) + "…"
          : value) + "» — не дата; укажите дату в виде ГГГГ-ММ-ДД");
    }
  }

  /** A write from a page under the Tasklist session must say it comes from our page (as the dossier's own). */
  private static void requirePageHeader(HttpServletRequest request) {
    if (request.getRequestURI().startsWith("/app/") && request.getHeader(PAGE_HEADER) == null) {
      throw new NotFromThePage();
    }
  }

  static class NotFromThePage extends RuntimeException {
    NotFromThePage() {
      super("Запрос отклонён: изменения принимаются только со страницы досье.");
    }
  }

  @ExceptionHandler({SchoolStatusService.NotCoordinator.class, NotFromThePage.class})
  ResponseEntity<Map<String, Object>> forbidden(RuntimeException e) {
    return ResponseEntity.status(HttpStatus.FORBIDDEN).contentType(MediaType.APPLICATION_JSON)
        .body(Map.of("message", e.getMessage()));
  }
}
