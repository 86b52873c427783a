package ru.schoolsupport.schoolyear;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import ru.schoolsupport.audit.AuditField;
import ru.schoolsupport.audit.SchoolAudit;
import ru.schoolsupport.process.ApprovalDecision;
import ru.schoolsupport.cycle.Cycle;
import ru.schoolsupport.cycle.CycleRepository;
import ru.schoolsupport.cycle.CycleService;
import ru.schoolsupport.listformation.CycleSchool;
import ru.schoolsupport.listformation.CycleSchoolRepository;
import ru.schoolsupport.process.FormInputException;
import ru.schoolsupport.process.WorkCalendar;

/**
 * The joint plan of the partner schools (seed 002: «совместный план работы школ-партнёров»): the
 * mentor school's director proposes events, the supervised school's director agrees or returns the
 * plan with a comment, as many rounds as it takes.
 */
@Service
public class JointPlanService {

  private final JointPlanRepository plans;
  private final CycleRepository cycles;
  private final CycleSchoolRepository cycleSchools;
  private final WorkCalendar calendar;
  private final SchoolAudit audit;

  public JointPlanService(JointPlanRepository plans, CycleRepository cycles, CycleSchoolRepository cycleSchools,
      WorkCalendar calendar, SchoolAudit audit) {
    this.audit = audit;
    this.plans = plans;
    this.cycles = cycles;
    this.cycleSchools = cycleSchools;
    this.calendar = calendar;
  }

  /** Checks the mentor school's plan and keeps it as a new version; returns the version's number. */
  public int propose(long cycleId, String schoolCode, String proposedBy, List<JointPlan.Event> events) {
    Cycle cycle = cycles.get(cycleId);
    LocalDate first = cycle.periodType().firstDay(cycle.startYear());
    LocalDate last = cycle.periodType().lastDay(cycle.startYear());
    List<String> problems = new ArrayList<>();
    if (events.isEmpty()) {
      problems.add("добавьте хотя бы одно совместное мероприятие");
    }
    int n = 1;
    for (JointPlan.Event e : events) {
      String where = "мероприятие " + n++;
      if (blank(e.what())) {
        problems.add(where + ": опишите мероприятие");
      }
      if (e.date() == null) {
        problems.add(where + ": укажите дату");
      } else if (e.date().isBefore(first) || e.date().isAfter(last)) {
        problems.add(where + ": дата " + CycleService.RUSSIAN_DATE.format(e.date()) + " вне периода цикла ("
            + CycleService.RUSSIAN_DATE.format(first) + " — " + CycleService.RUSSIAN_DATE.format(last) + ")");
      }
      if (blank(e.who())) {
        problems.add(where + ": укажите, кто проводит");
      }
    }
    if (!problems.isEmpty()) {
      throw new FormInputException(problems);
    }
    String mentor = cycleSchools.find(cycleId, schoolCode).map(CycleSchool::mentorSchoolCode)
        .orElseThrow(() -> new IllegalStateException("School " + schoolCode + " has no mentor school"));
    String before = plans.latest(cycleId, schoolCode).map(JointPlanService::state).orElse(null);
    int version = plans.propose(cycleId, schoolCode, mentor, events.stream()
        .map(e -> new JointPlan.Event(e.what().strip(), e.date(), e.who().strip())).toList(), proposedBy,
        calendar.now().toInstant());
    audit.record(cycleId, schoolCode, AuditField.JOINT_PLAN, before, "версия " + version + ": предложен школой-наставником");
    return version;
  }

  /** The school's answer to the latest version: true when it agrees. A return needs a comment. */
  public boolean answer(long cycleId, String schoolCode, String answeredBy, String decision, String comment) {
    boolean agreed = ApprovalDecision.isApproved(decision);
    if (!agreed && !ApprovalDecision.isReturned(decision)) {
      throw new FormInputException("выберите решение: «Согласовать план» или «Вернуть школе-наставнику»");
    }
    if (!agreed && blank(comment)) {
      throw new FormInputException("при возврате плана напишите, что изменить");
    }
    JointPlan plan = plans.latest(cycleId, schoolCode)
        .orElseThrow(() -> new IllegalStateException("No joint plan of " + schoolCode + " in cycle " + cycleId));
    plans.answer(plan.id(), agreed ? JointPlan.Status.AGREED : JointPlan.Status.RETURNED, answeredBy,
        blank(comment) ? null : comment.strip(), calendar.now().toInstant());
    audit.record(cycleId, schoolCode, AuditField.JOINT_PLAN, state(plan), "версия " + plan.version() + ": "
        + (agreed ? "согласован" : "возвращён школе-наставнику"), blank(comment) ? null : comment.strip());
    return agreed;
  }

  public Optional<JointPlan> latest(long cycleId, String schoolCode) {
    return plans.latest(cycleId, schoolCode);
  }

  private static String state(JointPlan plan) {
    return "версия " + plan.version() + ": " + switch (plan.status()) {
      case AGREED -> "согласован";
      case RETURNED -> "возвращён школе-наставнику";
      default -> "предложен школой-наставником";
    };
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }
}
