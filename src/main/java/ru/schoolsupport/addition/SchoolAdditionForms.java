package ru.schoolsupport.addition;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.spin.json.SpinJsonNode;
import org.springframework.stereotype.Component;
import ru.schoolsupport.cycle.CycleDeadlines;
import ru.schoolsupport.cycle.CycleRepository;
import ru.schoolsupport.cycle.CycleService;
import ru.schoolsupport.process.JsonValues;
import ru.schoolsupport.process.Markdown;
import ru.schoolsupport.process.WorkCalendar;
import ru.schoolsupport.schoolyear.SchoolYearTasks;

/**
 * What the addSchool model asks when it creates a task: the choices made on the server (the open cycles,
 * the schools that may join, the mentor schools and curators with their load; docs/adr/0026), the
 * proposal as stored when the head returned it, and due dates. Referenced as {@code ${schoolAdditionForms.…}}.
 */
@Component("schoolAdditionForms")
public class SchoolAdditionForms {

  private final SchoolAdditionService additions;
  private final CycleRepository cycles;
  private final WorkCalendar calendar;

  public SchoolAdditionForms(SchoolAdditionService additions, CycleRepository cycles, WorkCalendar calendar) {
    this.additions = additions;
    this.cycles = cycles;
    this.calendar = calendar;
  }

  public SpinJsonNode cycleOptions() {
    return json(additions.cycleOptions());
  }

  public SpinJsonNode schoolOptions(VariableScope scope) {
    return json(additions.schoolOptions(additionId(scope)));
  }

  /** The proposal's field as stored (after a return), or the cycle chosen beforehand when only one is open. */
  public Object proposed(VariableScope scope, String field) {
    Long id = additionId(scope);
    if (id == null) {
      if (field.equals("cycle")) {
        List<SchoolAdditionService.Option> open = additions.cycleOptions();
        return open.size() == 1 ? open.get(0).value() : null;
      }
      return field.equals("basis") || field.equals("comment") ? "" : null;
    }
    SchoolAddition a = additions.get(id);
    return switch (field) {
      case "cycle" -> String.valueOf(a.cycleId());
      case "school" -> SchoolAdditionService.schoolValue(a.cycleId(), a.schoolCode());
      case "category" -> a.category().name();
      case "project" -> a.project().name();
      case "reason" -> a.reasonKind().name();
      case "basis" -> a.basis() == null ? "" : a.basis();
      case "comment" -> a.reason();
      default -> throw new IllegalArgumentException("No field " + field);
    };
  }

  /** The head's comment when the proposal came back, or empty. */
  public String headComment(VariableScope scope) {
    Long id = additionId(scope);
    String comment = id == null ? null : additions.get(id).headComment();
    return comment == null ? "" : Markdown.inline(comment);
  }

  public String summary(Long additionId) {
    return additions.summary(additionId);
  }

  public SpinJsonNode mentorOptions(Long additionId) {
    return json(additions.mentorOptions(additionId));
  }

  public SpinJsonNode curatorOptions(Long additionId) {
    return json(additions.curatorOptions(additionId));
  }

  public String proposedMentor(Long additionId) {
    return additions.proposedMentor(additionId);
  }

  public String proposedCurator(Long additionId) {
    return additions.proposedCurator(additionId);
  }

  /** The school's instance key, as schoolBatch gives it: «2026/27/sosh6» (docs/adr/0038 adds its name and stage). */
  public String schoolKey(Long additionId) {
    SchoolAddition a = additions.get(additionId);
    return cycles.get(a.cycleId()).businessKey() + "/" + a.schoolCode();
  }

  /** The coordinator's and the head's tasks: a few working days from now. */
  public Date due() {
    return calendar.dueAt(calendar.today().plusDays(3));
  }

  /** The deadlines the school would have if it joined today, as the pair task tells the coordinator. */
  public String deadlinesToday(Long additionId) {
    CycleDeadlines d = additions.deadlinesOnJoining(additionId, calendar.today());
    LocalDate selfAssessment = SchoolYearTasks.selfAssessmentDeadline(d.documentsDue());
    DateTimeFormatter f = CycleService.RUSSIAN_DATE;
    return "Если приказ будет издан сегодня, сроки школы: самодиагностика — до " + f.format(selfAssessment)
        + ", документы — до " + f.format(d.documentsDue()) + ", отчёт за I этап — до " + f.format(d.stage1Due())
        + ", за II этап — до " + f.format(d.stage2Due()) + ", итоговый отчёт — до " + f.format(d.finalDue())
        + ". Сроки считаются от дня, когда приказ оформлен в системе.";
  }

  private static Long additionId(VariableScope scope) {
    Object id = scope.getVariable(SchoolAdditionProcess.ADDITION_ID);
    return id == null ? null : ((Number) id).longValue();
  }

  private static SpinJsonNode json(List<SchoolAdditionService.Option> options) {
    List<Map<String, Object>> list = new ArrayList<>();
    options.forEach(o -> list.add(Map.of("label", o.label(), "value", o.value())));
    return JsonValues.json(list);
  }
}
