package ru.schoolsupport.reminders;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Service;
import ru.schoolsupport.audit.AuditField;
import ru.schoolsupport.audit.SchoolAudit;
import org.springframework.transaction.annotation.Transactional;
import ru.schoolsupport.cycle.AnnualCycleProcess;
import ru.schoolsupport.cycle.Cycle;
import ru.schoolsupport.cycle.CycleRepository;
import ru.schoolsupport.cycle.CycleService;
import ru.schoolsupport.cycle.CycleStatus;
import ru.schoolsupport.cycle.DeadlineKind;
import ru.schoolsupport.cycle.SchoolDeadlines;
import ru.schoolsupport.listformation.CycleSchoolRepository;
import ru.schoolsupport.process.FormInputException;
import ru.schoolsupport.process.WorkCalendar;
import ru.schoolsupport.schoolyear.SchoolSupportProcess;
import ru.schoolsupport.schoolyear.SchoolYearTasks;

/**
 * The coordinator moves a deadline of a running cycle, for one school or for all: the stored
 * deadline changes (the cycle's, or the school's own), and so do the due dates of the open tasks it
 * governs and the timers that watch it («срок прошёл», the report window). Reminders follow by
 * themselves: their key holds the due date, so those of the old date are dropped and the new date
 * gets its own. Tasks created later take the new deadline from the same place.
 */
@Service
public class DeadlineMoves {

  /** The reason is kept in {@code ss_deadline_move.reason}. */
  static final int MAX_REASON = 2000;

  private final CycleRepository cycles;
  private final CycleSchoolRepository cycleSchools;
  private final SchoolDeadlines schoolDeadlines;
  private final SchoolYearTasks schoolYearTasks;
  private final WorkCalendar calendar;
  private final TaskService tasks;
  private final RuntimeService runtime;
  private final ManagementService management;
  private final IdentityService identity;
  private final SchoolAudit audit;

  public DeadlineMoves(CycleRepository cycles, CycleSchoolRepository cycleSchools, SchoolDeadlines schoolDeadlines,
      SchoolYearTasks schoolYearTasks, WorkCalendar calendar, @Lazy TaskService tasks, @Lazy RuntimeService runtime,
      @Lazy ManagementService management, @Lazy IdentityService identity, SchoolAudit audit) {
    this.audit = audit;
    this.cycles = cycles;
    this.cycleSchools = cycleSchools;
    this.schoolDeadlines = schoolDeadlines;
    this.schoolYearTasks = schoolYearTasks;
    this.calendar = calendar;
    this.tasks = tasks;
    this.runtime = runtime;
    this.management = management;
    this.identity = identity;
  }

  /** What the coordinator asks: which deadline, for which school (null: all), the new date and why. */
  public record Request(Long cycleId, DeadlineKind kind, String schoolCode, LocalDate newDate, String reason,
      String movedBy) {
  }

  /** What moved: the old and new date and how many open tasks got the new due date. */
  public record Result(LocalDate oldDate, LocalDate newDate, int tasksMoved, int timersMoved) {
  }

  @Transactional
  public Result move(Request request) {
    List<String> problems = new ArrayList<>();
    Cycle cycle = request.cycleId() == null ? null : cycles.find(request.cycleId()).orElse(null);
    if (cycle == null) {
      throw new FormInputException(List.of("цикл не найден"));
    }
    if (cycle.status() != CycleStatus.RUNNING) {
      problems.add("цикл «" + cycle.title() + "» завершён: его сроки не переносятся");
    }
    if (request.kind() == null) {
      problems.add("выберите срок: LIST, DOCUMENTS, STAGE1, STAGE2 или FINAL");
    }
    if (request.newDate() == null) {
      problems.add("укажите новый срок");
    } else if (request.newDate().isBefore(calendar.today())) {
      problems.add("новый срок " + CycleService.RUSSIAN_DATE.format(request.newDate()) + " уже прошёл");
    } else if (request.kind() != null) {
      String outside = CycleService.outsidePeriod(request.kind(), cycle.periodType(), cycle.startYear(),
          request.newDate());
      if (outside != null) {
        problems.add("новый " + outside);
      }
    }
    if (request.reason() == null || request.reason().isBlank()) {
      problems.add("укажите причину переноса");
    } else if (request.reason().strip().length() > MAX_REASON) {
      problems.add("причина переноса длиннее " + MAX_REASON + " знаков");
    }
    String school = request.schoolCode() == null || request.schoolCode().isBlank() ? null : request.schoolCode().strip();
    if (school != null && request.kind() == DeadlineKind.LIST) {
      problems.add("срок формирования перечня общий для цикла и не переносится для одной школы");
    }
    if (school != null && school.length() > 64) {
      problems.add("код школы длиннее 64 знаков");
    } else if (school != null && cycleSchools.find(cycle.id(), school).filter(s -> s.included()).isEmpty()) {
      problems.add("школа " + school + " не входит в перечень цикла «" + cycle.title() + "»");
    }
    if (!problems.isEmpty()) {
      throw new FormInputException(problems);
    }
    DeadlineKind kind = request.kind();
    LocalDate oldDate = kind.of(schoolDeadlines.of(cycle.id(), school));
    if (school == null) {
      schoolDeadlines.setForCycle(cycle.id(), kind, request.newDate());
    } else {
      schoolDeadlines.setForSchool(cycle.id(), school, kind, request.newDate());
    }
    int[] moved = asSystem(() -> kind == DeadlineKind.LIST ? moveListTasks(cycle, request.newDate())
        : moveSchoolTasks(cycle, kind, school, request.newDate()));
    if (school == null) {
      moved[1] += asSystem(() -> moveMunicipalReportStart(cycle, kind, request.newDate()));
    }
    schoolDeadlines.recordMove(cycle.id(), school, kind, oldDate, request.newDate(), request.reason().strip(),
        request.movedBy(), calendar.now().toInstant(), moved[0]);
    AuditField field = AuditField.deadline(kind.name());
    if (field != null && school != null) {
      audit.record(cycle.id(), school, field, oldDate, request.newDate(), request.reason().strip());
    } else if (field != null) {
      // every school the move reached (those with a deadline of their own keep it), in one statement
      audit.recordForListedSchools(cycle.id(), field, oldDate, request.newDate(), request.reason().strip(), kind.name());
    }
    return new Result(oldDate, request.newDate(), moved[0], moved[1]);
  }

  private int[] moveListTasks(Cycle cycle, LocalDate date) {
    int count = 0;
    if (cycle.processInstanceId() != null) {
      for (Task task : tasks.createTaskQuery().processInstanceId(cycle.processInstanceId())
          .taskDefinitionKey(AnnualCycleProcess.TASK_EDIT_LIST).list()) {
        task.setDueDate(calendar.dueAt(date));
        tasks.saveTask(task);
        count++;
      }
    }
    return new int[] {count, 0};
  }

  /**
   * The open tasks and timers of the schools the move is for: a few queries for the whole cycle (its
   * instances, their school codes and report stages, the tasks, each kind of timer) rather than several
   * per school, then one save per task or timer that moves; 5,000 schools in seconds (BENCHMARKS.md).
   */
  private int[] moveSchoolTasks(Cycle cycle, DeadlineKind kind, String school, LocalDate date) {
    List<ProcessInstance> instances = runtime.createProcessInstanceQuery()
        .processDefinitionKey(SchoolSupportProcess.KEY).variableValueEquals(SchoolSupportProcess.CYCLE_ID, cycle.id())
        .list();
    if (instances.isEmpty()) {
      return new int[] {0, 0};
    }
    String[] instanceIds = instances.stream().map(ProcessInstance::getId).toArray(String[]::new);
    Map<String, String> schoolOf = new HashMap<>();
    Map<String, DeadlineKind> stageOf = new HashMap<>();
    for (VariableInstance v : runtime.createVariableInstanceQuery().processInstanceIdIn(instanceIds)
        .variableNameIn(SchoolSupportProcess.SCHOOL_CODE, SchoolSupportProcess.REPORT_STAGE).list()) {
      if (SchoolSupportProcess.SCHOOL_CODE.equals(v.getName()) && v.getExecutionId().equals(v.getProcessInstanceId())) {
        schoolOf.put(v.getProcessInstanceId(), (String) v.getValue());
      } else if (SchoolSupportProcess.REPORT_STAGE.equals(v.getName()) && v.getValue() instanceof Number n
          && n.intValue() != SchoolSupportProcess.FINAL_REPORT) {
        // the stage reports run one after another: a school has one report stage at a time
        stageOf.put(v.getProcessInstanceId(), DeadlineKind.ofReportStage(n.intValue()));
      }
    }
    Set<String> ownDeadline = school == null ? schoolDeadlines.schoolsWithOwn(cycle.id(), kind) : Set.of();
    Set<String> moving = new HashSet<>();
    schoolOf.forEach((instance, code) -> {
      if (school == null ? !ownDeadline.contains(code) : school.equals(code)) {
        moving.add(instance);
      }
    });
    Date opens = switch (kind) {
      case STAGE1, STAGE2 -> schoolYearTasks.reportOpens(cycle.id(), school, stageNumber(kind));
      case FINAL -> schoolYearTasks.reportOpens(cycle.id(), school, SchoolSupportProcess.FINAL_REPORT);
      default -> null;
    };

    int taskCount = 0;
    List<Task> open = moving.isEmpty() ? List.of() : tasks.createTaskQuery()
        .processInstanceIdIn(moving.toArray(String[]::new)).taskDefinitionKeyIn(taskKeys(kind).toArray(String[]::new))
        .list();
    for (Task task : open) {
      LocalDate due = dueOf(kind, task.getTaskDefinitionKey(), stageOf.get(task.getProcessInstanceId()), date);
      if (due != null) {
        task.setDueDate(calendar.dueAt(due));
        tasks.saveTask(task);
        taskCount++;
      }
    }
    int timerCount = 0;
    for (String activity : TIMERS) {
      Date dueDate = timerDue(kind, activity, date, opens);
      if (dueDate == null || moving.isEmpty()) {
        continue;
      }
      for (Job job : management.createJobQuery().processDefinitionKey(SchoolSupportProcess.KEY).activityId(activity)
          .timers().list()) {
        boolean stageTimer = SchoolSupportProcess.EVENT_STAGE_REPORT_LATE.equals(activity)
            || SchoolSupportProcess.EVENT_STAGE_REPORT_WINDOW_OPENS.equals(activity);
        if (moving.contains(job.getProcessInstanceId())
            && (!stageTimer || kind == stageOf.get(job.getProcessInstanceId()))) {
          management.setJobDuedate(job.getId(), dueDate);
          timerCount++;
        }
      }
    }
    return new int[] {taskCount, timerCount};
  }

  /**
   * The cycle's municipal report of a stage starts when the schools' reports for it are due: a deadline
   * moved for all schools moves that start too (annualCycle's timer), unless the report has started.
   */
  private int moveMunicipalReportStart(Cycle cycle, DeadlineKind kind, LocalDate date) {
    String timer = switch (kind) {
      case STAGE1 -> AnnualCycleProcess.EVENT_STAGE1_REPORTS_DUE;
      case STAGE2 -> AnnualCycleProcess.EVENT_STAGE2_REPORTS_DUE;
      case FINAL -> AnnualCycleProcess.EVENT_FINAL_REPORTS_DUE;
      default -> null;
    };
    if (timer == null || cycle.processInstanceId() == null) {
      return 0;
    }
    int moved = 0;
    for (Job job : management.createJobQuery().processInstanceId(cycle.processInstanceId()).activityId(timer)
        .timers().list()) {
      management.setJobDuedate(job.getId(), calendar.dueAt(date));
      moved++;
    }
    return moved;
  }

  private static Set<String> taskKeys(DeadlineKind kind) {
    return switch (kind) {
      case DOCUMENTS -> Set.of(SchoolSupportProcess.TASK_ASSESS_RISKS, SchoolSupportProcess.TASK_DRAFT_DOCUMENTS);
      case STAGE1, STAGE2 -> Set.of(SchoolSupportProcess.TASK_SUBMIT_STAGE_REPORT);
      case FINAL -> Set.of(SchoolSupportProcess.TASK_SUBMIT_FINAL_REPORT);
      case LIST -> Set.of();
    };
  }

  /** The new deadline of a task the moved deadline governs, or null if it governs another stage's. */
  private static LocalDate dueOf(DeadlineKind kind, String taskKey, DeadlineKind schoolsStage, LocalDate date) {
    if (SchoolSupportProcess.TASK_ASSESS_RISKS.equals(taskKey)) {
      return SchoolYearTasks.selfAssessmentDeadline(date);
    }
    if (SchoolSupportProcess.TASK_SUBMIT_STAGE_REPORT.equals(taskKey) && kind != schoolsStage) {
      return null;
    }
    return date;
  }

  /** The timers of a school's year that watch a deadline. */
  private static final List<String> TIMERS = List.of(SchoolSupportProcess.EVENT_DOCUMENTS_OVERDUE,
      SchoolSupportProcess.EVENT_STAGE_REPORT_LATE, SchoolSupportProcess.EVENT_STAGE_REPORT_WINDOW_OPENS,
      SchoolSupportProcess.EVENT_FINAL_REPORT_LATE, SchoolSupportProcess.EVENT_FINAL_REPORT_WINDOW_OPENS);

  /** When a timer watching the moved deadline now falls due; null for a timer that watches another. */
  private Date timerDue(DeadlineKind kind, String activity, LocalDate date, Date opens) {
    return switch (activity) {
      case SchoolSupportProcess.EVENT_DOCUMENTS_OVERDUE -> kind == DeadlineKind.DOCUMENTS ? calendar.dueAt(date) : null;
      case SchoolSupportProcess.EVENT_STAGE_REPORT_LATE -> kind.isStage() ? calendar.dueAt(date) : null;
      case SchoolSupportProcess.EVENT_STAGE_REPORT_WINDOW_OPENS -> kind.isStage() ? opens : null;
      case SchoolSupportProcess.EVENT_FINAL_REPORT_LATE -> kind == DeadlineKind.FINAL ? calendar.dueAt(date) : null;
      case SchoolSupportProcess.EVENT_FINAL_REPORT_WINDOW_OPENS -> kind == DeadlineKind.FINAL ? opens : null;
      default -> null;
    };
  }

  private static int stageNumber(DeadlineKind kind) {
    return kind == DeadlineKind.STAGE1 ? 1 : 2;
  }

  /** The coordinator may not work on a school's tasks; the move itself is the system's, once the controller allowed it. */
  private <T> T asSystem(java.util.function.Supplier<T> work) {
    Authentication current = identity.getCurrentAuthentication();
    identity.clearAuthentication();
    try {
      return work.get();
    } finally {
      if (current != null) {
        identity.setAuthentication(current);
      }
    }
  }
}
