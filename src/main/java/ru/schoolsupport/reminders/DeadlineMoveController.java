package ru.schoolsupport.reminders;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import ru.schoolsupport.access.CurrentUser;
import ru.schoolsupport.cycle.DeadlineKind;
import ru.schoolsupport.directory.Role;

/**
 * The coordinator moves a cycle's deadline (HTTP Basic, coordinators and administrators only):
 * {@code POST /api/cycles/{cycleId}/deadlines} with
 * {@code {"kind":"DOCUMENTS","school":"sosh6","date":"2027-03-01","reason":"…"}} — without
 * {@code school} the deadline moves for every school of the cycle (except those with their own).
 */
@RestController
class DeadlineMoveController {

  private static final Set<String> ALLOWED = Set.of(Groups.CAMUNDA_ADMIN, Role.COORDINATOR.groupId());

  private final DeadlineMoves moves;
  private final IdentityService identity;

  DeadlineMoveController(DeadlineMoves moves, IdentityService identity) {
    this.moves = moves;
    this.identity = identity;
  }

  @PostMapping("/api/cycles/{cycleId}/deadlines")
  ResponseEntity<Map<String, Object>> move(@PathVariable long cycleId, @RequestBody Map<String, Object> body) {
    if (!CurrentUser.inAnyGroup(identity, ALLOWED)) {
      return ResponseEntity.status(HttpStatus.FORBIDDEN)
          .body(Map.of("message", "Переносить сроки может муниципальный координатор."));
    }
    LocalDate date;
    try {
      date = body.get("date") == null ? null : LocalDate.parse(body.get("date").toString());
    } catch (DateTimeParseException e) {
      return ResponseEntity.badRequest().body(Map.of("message", "Дата — в виде ГГГГ-ММ-ДД, например 2027-03-01."));
    }
    DeadlineMoves.Result result = moves.move(new DeadlineMoves.Request(cycleId,
        DeadlineKind.parse(text(body.get("kind"))), text(body.get("school")), date, text(body.get("reason")),
        CurrentUser.login(identity)));
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("oldDate", String.valueOf(result.oldDate()));
    answer.put("newDate", result.newDate().toString());
    answer.put("tasksMoved", result.tasksMoved());
    answer.put("timersMoved", result.timersMoved());
    answer.put("message", "Срок перенесён; задач с новым сроком: " + result.tasksMoved() + ".");
    return ResponseEntity.ok(answer);
  }

  private static String text(Object value) {
    return value == null ? null : value.toString();
  }
}
