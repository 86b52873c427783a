package ru.schoolsupport.schoolstatus;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.schoolsupport.access.CurrentUser;
import ru.schoolsupport.audit.AuditField;
import ru.schoolsupport.audit.SchoolAudit;
import ru.schoolsupport.cycle.Cycle;
import ru.schoolsupport.cycle.CycleDeadlines;
import ru.schoolsupport.cycle.CycleRepository;
import ru.schoolsupport.cycle.CycleService;
import ru.schoolsupport.cycle.CycleStatus;
import ru.schoolsupport.cycle.DeadlineKind;
import ru.schoolsupport.cycle.SchoolDeadlines;
import ru.schoolsupport.cycle.SchoolStatus;
import ru.schoolsupport.directory.Role;
import ru.schoolsupport.listformation.CycleSchool;
import ru.schoolsupport.listformation.CycleSchoolRepository;
import ru.schoolsupport.process.FormInputException;
import ru.schoolsupport.process.WorkCalendar;
import ru.schoolsupport.reminders.DeadlineMoves;
import ru.schoolsupport.schoolyear.SchoolOutcome;

/**
 * A school's status in a cycle, as only the coordinator changes it (docs/adr/0040):
 * <ul>
 *   <li><b>pause</b> (reason, until a date within the cycle): the school's {@code schoolSupport} instance and
 *   any instance it called are suspended with Camunda's suspension API, so their tasks and timers wait and
 *   the reminders skip them; a {@code schoolPause} instance watches the date;</li>
 *   <li><b>resume</b> (by the coordinator, or by that instance's timer on the pause's last date): the
 *   instances are activated, and the school's deadlines not yet passed when the pause began move by the
 *   pause's length ({@link DeadlineMoves}: its tasks and timers follow), and so do its other open tasks and
 *   timers;</li>
 *   <li><b>stop</b> (reason): the school leaves the cycle: its instance is deleted with the reason (its tasks,
 *   timers and candidate links go with it; the batch it belongs to goes on), its outcome becomes
 *   {@link SchoolOutcome#STOPPED}, which the next cycle's list formation reads.</li>
 * </ul>
 * Each change is kept ({@code ss_school_status_change}), audited ({@link AuditField#STATUS}: the watchers
 * are told by {@code WatchNews}) and mailed to the head ({@link SchoolStatusNotices}).
 */
@Service
public class SchoolStatusService {

  static final int MAX_REASON = 2000;
  static final String COORDINATORS_ONLY = "Приостановить, возобновить или вывести школу из проекта может только "
      + "муниципальный координатор.";

  private final CycleRepository cycles;
  private final CycleSchoolRepository cycleSchools;
  private final SchoolDeadlines schoolDeadlines;
  private final SchoolStatusRepository statuses;
  private final DeadlineMoves deadlineMoves;
  private final SchoolStatusNotices notices;
  private final SchoolAudit audit;
  private final WorkCalendar calendar;
  private final RuntimeService runtime;
  private final TaskService tasks;
  private final ManagementService management;
  private final IdentityService identity;

  public SchoolStatusService(CycleRepository cycles, CycleSchoolRepository cycleSchools,
      SchoolDeadlines schoolDeadlines, SchoolStatusRepository statuses, DeadlineMoves deadlineMoves,
      SchoolStatusNotices notices, SchoolAudit audit, WorkCalendar calendar, @Lazy RuntimeService runtime,
      @Lazy TaskService tasks, @Lazy ManagementService management, @Lazy IdentityService identity) {
    this.cycles = cycles;
    this.cycleSchools = cycleSchools;
    this.schoolDeadlines = schoolDeadlines;
    this.statuses = statuses;
    this.deadlineMoves = deadlineMoves;
    this.notices = notices;
    this.audit = audit;
    this.calendar = calendar;
    this.runtime = runtime;
    this.tasks = tasks;
    this.management = management;
    this.identity = identity;
  }

  /** A user who is no coordinator asked: 403. */
  public static class NotCoordinator extends RuntimeException {
    NotCoordinator() {
      super(COORDINATORS_ONLY);
    }
  }

  /** The school's status now: in progress when nothing was ever stored. */
  public SchoolStatusRepository.Current current(long cycleId, String schoolCode) {
    return statuses.find(cycleId, schoolCode).orElse(new SchoolStatusRepository.Current(cycleId, schoolCode,
        SchoolStatus.ACTIVE, null, null, null, null, null, calendar.now().toInstant()));
  }

  /** The coordinator pauses the school's work until a date (the school resumes on that day). */
  @Transactional
  public SchoolStatusRepository.Current pause(long cycleId, String schoolCode, String reason, LocalDate until) {
    requireCoordinator();
    Cycle cycle = runningCycle(cycleId);
    CycleSchool school = listed(cycle, schoolCode);
    SchoolStatusRepository.Current now = current(cycleId, school.schoolCode());
    List<String> problems = new ArrayList<>();
    switch (now.status()) {
      case PAUSED -> problems.add("работа школы уже приостановлена до "
          + CycleService.RUSSIAN_DATE.format(now.pausedUntil()) + ": сначала возобновите её");
      case STOPPED -> problems.add("школа выведена из проекта: её работу нельзя приостановить");
      default -> {
        // in progress: checked below
      }
    }
    String running = runningYearProblem(school);
    if (running != null && problems.isEmpty()) {
      problems.add(running + ": приостанавливать нечего");
    }
    String why = reason(reason, "причину приостановки", problems);
    LocalDate today = calendar.today();
    LocalDate lastDay = cycle.periodType().lastDay(cycle.startYear());
    if (until == null) {
      problems.add("Поле «До какого числа»: укажите дату, когда работа школы возобновится");
    } else if (!until.isAfter(today)) {
      problems.add("Поле «До какого числа»: дата " + CycleService.RUSSIAN_DATE.format(until)
          + " должна быть позже сегодняшнего дня (" + CycleService.RUSSIAN_DATE.format(today) + ")");
    } else if (until.isAfter(lastDay)) {
      problems.add("Поле «До какого числа»: дата " + CycleService.RUSSIAN_DATE.format(until)
          + " позже конца цикла «" + cycle.title() + "» (" + CycleService.RUSSIAN_DATE.format(lastDay) + ")");
    }
    if (!problems.isEmpty()) {
      throw new FormInputException(problems);
    }
    String by = CurrentUser.login(identity);
    String pauseInstance = asSystem(() -> {
      for (String instance : instanceAndCalled(school.processInstanceId())) {
        runtime.updateProcessInstanceSuspensionState().byProcessInstanceId(instance).suspend();
      }
      return runtime.createProcessInstanceByKey(SchoolPauseProcess.KEY)
          .businessKey(pauseKey(cycle, school, until))
          .setVariable(SchoolPauseProcess.CYCLE_ID, cycleId)
          .setVariable(SchoolPauseProcess.SCHOOL_CODE, school.schoolCode())
          .setVariable(SchoolPauseProcess.RESUME_AT, resumeAt(until))
          .execute().getId();
    });
    SchoolStatusRepository.Current paused = new SchoolStatusRepository.Current(cycleId, school.schoolCode(),
        SchoolStatus.PAUSED, why, today, until, pauseInstance, by, calendar.now().toInstant());
    statuses.set(paused, null);
    audit.record(cycleId, school.schoolCode(), AuditField.STATUS, stored(now), stored(paused), why);
    notices.tell(cycle, school, paused, null, null);
    return paused;
  }

  /** The coordinator resumes a paused school before its date: the pause's own instance ends. */
  @Transactional
  public Resumed resume(long cycleId, String schoolCode) {
    requireCoordinator();
    Cycle cycle = cycles.find(cycleId).orElseThrow(() -> new FormInputException("цикл не найден"));
    CycleSchool school = listed(cycle, schoolCode);
    SchoolStatusRepository.Current now = current(cycleId, school.schoolCode());
    if (now.status() != SchoolStatus.PAUSED) {
      throw new FormInputException(now.status() == SchoolStatus.STOPPED
          ? "школа выведена из проекта: возобновить её работу нельзя"
          : "работа школы не приостановлена: возобновлять нечего");
    }
    Resumed resumed = resumeNow(cycle, school, now, CurrentUser.login(identity));
    if (now.pauseInstanceId() != null) {
      endPauseInstance(now.pauseInstanceId());
    }
    return resumed;
  }

  /** The pause's timer: the school resumes on the pause's last date (the engine's doing, «система»). */
  @Transactional
  public void resumeOnItsDate(long cycleId, String schoolCode) {
    Cycle cycle = cycles.get(cycleId);
    CycleSchool school = cycleSchools.find(cycleId, schoolCode).orElseThrow(
        () -> new IllegalStateException("School " + schoolCode + " is not on cycle " + cycleId + "'s list"));
    SchoolStatusRepository.Current now = current(cycleId, schoolCode);
    if (now.status() == SchoolStatus.PAUSED) {
      resumeNow(cycle, school, now, null);
    }
  }

  /** What a resume did: the pause's length and how many deadlines, tasks and timers moved by it. */
  public record Resumed(SchoolStatusRepository.Current status, int days, int deadlinesMoved, int tasksMoved,
      int timersMoved) {
  }

  private Resumed resumeNow(Cycle cycle, CycleSchool school, SchoolStatusRepository.Current paused, String by) {
    LocalDate today = calendar.today();
    int days = paused.pausedOn() == null ? 0 : (int) Math.max(0, ChronoUnit.DAYS.between(paused.pausedOn(), today));
    String reason = "пауза с " + CycleService.RUSSIAN_DATE.format(paused.pausedOn()) + " по "
        + CycleService.RUSSIAN_DATE.format(today) + " (" + days + " дн.)"
        + (by == null ? ": наступила дата окончания паузы" : ": возобновлена координатором досрочно");
    List<String> instances = asSystem(() -> {
      List<String> all = school.processInstanceId() == null ? List.of() : instanceAndCalled(school.processInstanceId());
      for (String instance : all) {
        runtime.updateProcessInstanceSuspensionState().byProcessInstanceId(instance).activate();
      }
      return all;
    });
    int[] moved = days > 0 && cycle.status() == CycleStatus.RUNNING && !instances.isEmpty()
        ? moveByThePause(cycle, school.schoolCode(), instances, paused.pausedOn(), days,
            "Перенос на время приостановки работы школы, " + reason, by)
        : new int[] {0, 0, 0};
    SchoolStatusRepository.Current active = new SchoolStatusRepository.Current(cycle.id(), school.schoolCode(),
        SchoolStatus.ACTIVE, null, null, null, null, by, calendar.now().toInstant());
    statuses.set(active, days);
    audit.record(cycle.id(), school.schoolCode(), AuditField.STATUS, stored(paused), stored(active),
        "Возобновлена: " + reason + (moved[0] > 0 ? "; сроки школы перенесены на " + days + " дн." : ""));
    notices.tell(cycle, school, active, paused, days);
    return new Resumed(active, days, moved[0], moved[1], moved[2]);
  }

  /**
   * The school's deadlines not passed when the pause began move by its length (the tasks and timers they
   * govern follow, DeadlineMoves), within the cycle's period; then every other open task and timer of the
   * school falling due on or after that day moves by as many days.
   */
  private int[] moveByThePause(Cycle cycle, String schoolCode, List<String> instances, LocalDate pausedOn, int days,
      String reason, String by) {
    String[] ids = instances.toArray(String[]::new);
    Map<String, Date> taskDue = new HashMap<>();
    Map<String, Date> timerDue = new HashMap<>();
    asSystem(() -> {
      tasks.createTaskQuery().processInstanceIdIn(ids).list().forEach(t -> taskDue.put(t.getId(), t.getDueDate()));
      for (String instance : instances) {
        management.createJobQuery().processInstanceId(instance).timers().list()
            .forEach(j -> timerDue.put(j.getId(), j.getDuedate()));
      }
      return null;
    });
    LocalDate lastDay = cycle.periodType().lastDay(cycle.startYear());
    CycleDeadlines own = schoolDeadlines.of(cycle.id(), schoolCode);
    int deadlines = 0;
    for (DeadlineKind kind : List.of(DeadlineKind.DOCUMENTS, DeadlineKind.STAGE1, DeadlineKind.STAGE2,
        DeadlineKind.FINAL)) {
      LocalDate date = kind.of(own);
      if (date == null || date.isBefore(pausedOn)) {
        continue; // passed before the pause: what it governs was late already
      }
      LocalDate moved = date.plusDays(days).isAfter(lastDay) ? lastDay : date.plusDays(days);
      if (moved.isAfter(date) && !moved.isBefore(calendar.today())) {
        deadlineMoves.move(new DeadlineMoves.Request(cycle.id(), kind, schoolCode, moved, reason, by));
        deadlines++;
      }
    }
    Date from = Date.from(ZonedDateTime.of(pausedOn.atStartOfDay(), calendar.zone()).toInstant());
    int deadlinesMoved = deadlines;
    return asSystem(() -> {
      int taskCount = 0;
      for (Task task : tasks.createTaskQuery().processInstanceIdIn(ids).list()) {
        Date due = task.getDueDate();
        if (due != null && due.equals(taskDue.get(task.getId())) && !due.before(from)) {
          task.setDueDate(Date.from(due.toInstant().plus(days, ChronoUnit.DAYS)));
          tasks.saveTask(task);
          taskCount++;
        }
      }
      int timerCount = 0;
      for (String instance : instances) {
        for (Job job : management.createJobQuery().processInstanceId(instance).timers().list()) {
          Date due = job.getDuedate();
          if (due != null && due.equals(timerDue.get(job.getId())) && !due.before(from)) {
            management.setJobDuedate(job.getId(), Date.from(due.toInstant().plus(days, ChronoUnit.DAYS)));
            timerCount++;
          }
        }
      }
      return new int[] {deadlinesMoved, taskCount, timerCount};
    });
  }

  /**
   * The coordinator takes the school out of the project: its year's instance ends (deleted with the reason,
   * which its history keeps), its outcome is «выведена из проекта», and the next cycle's list sees it.
   */
  @Transactional
  public SchoolStatusRepository.Current stop(long cycleId, String schoolCode, String reason) {
    requireCoordinator();
    Cycle cycle = runningCycle(cycleId);
    CycleSchool school = listed(cycle, schoolCode);
    SchoolStatusRepository.Current now = current(cycleId, school.schoolCode());
    List<String> problems = new ArrayList<>();
    if (now.status() == SchoolStatus.STOPPED) {
      problems.add("школа уже выведена из проекта");
    } else {
      String running = runningYearProblem(school);
      if (running != null) {
        problems.add(running + ": выводить из проекта поздно или рано"
            + (school.processInstanceId() == null ? " (до начала года исключите школу из перечня)" : ""));
      }
    }
    String why = reason(reason, "причину, по которой школа выводится из проекта", problems);
    if (!problems.isEmpty()) {
      throw new FormInputException(problems);
    }
    String by = CurrentUser.login(identity);
    asSystem(() -> {
      if (now.status() == SchoolStatus.PAUSED && now.pauseInstanceId() != null) {
        endPauseInstance(now.pauseInstanceId());
      }
      // its tasks, timers and their candidate links go with it; the history keeps the reason; the
      // schoolBatch that called it goes on (the school's year is over), and the cycle with it
      runtime.deleteProcessInstance(school.processInstanceId(), "Школа выведена из проекта координатором: " + why,
          true, true);
      return null;
    });
    SchoolStatusRepository.Current stopped = new SchoolStatusRepository.Current(cycleId, school.schoolCode(),
        SchoolStatus.STOPPED, why, null, null, null, by, calendar.now().toInstant());
    statuses.set(stopped, null);
    cycleSchools.setOutcome(cycleId, school.schoolCode(), SchoolOutcome.STOPPED);
    audit.record(cycleId, school.schoolCode(), AuditField.STATUS, stored(now), stored(stopped), why);
    audit.record(cycleId, school.schoolCode(), AuditField.OUTCOME, school.outcome(), SchoolOutcome.STOPPED, why);
    notices.tell(cycle, school, stopped, now, null);
    return stopped;
  }

  /** «Приостановлена до 15.03.2027: смена директора». */
  public static String describe(SchoolStatusRepository.Current status) {
    return SchoolStatus.describe(status.status(), status.pausedUntil(), status.reason());
  }

  private static String stored(SchoolStatusRepository.Current status) {
    return SchoolStatus.stored(status.status(), status.pausedUntil());
  }

  /** Only the coordinator changes a school's status (403 otherwise), checked before anything else is. */
  public void requireCoordinator() {
    if (!CurrentUser.inAnyGroup(identity, List.of(Role.COORDINATOR.groupId()))) {
      throw new NotCoordinator();
    }
  }

  private Cycle runningCycle(long cycleId) {
    Cycle cycle = cycles.find(cycleId).orElseThrow(() -> new FormInputException("цикл не найден"));
    if (cycle.status() != CycleStatus.RUNNING) {
      throw new FormInputException("цикл «" + cycle.title() + "» завершён: статус его школ не меняется");
    }
    return cycle;
  }

  private CycleSchool listed(Cycle cycle, String schoolCode) {
    return cycleSchools.find(cycle.id(), schoolCode == null ? "" : schoolCode.strip()).filter(CycleSchool::included)
        .orElseThrow(() -> new FormInputException("школа " + schoolCode + " не входит в перечень цикла «"
            + cycle.title() + "»"));
  }

  /** Why the school's year cannot be paused or stopped now (not started, finished), or null. */
  private String runningYearProblem(CycleSchool school) {
    if (school.outcome() != null) {
      return "год школы завершён (итог: " + SchoolOutcome.titleOf(school.outcome()) + ")";
    }
    if (school.processInstanceId() == null) {
      return "год школы ещё не начат";
    }
    boolean running = asSystem(() -> runtime.createProcessInstanceQuery()
        .processInstanceId(school.processInstanceId()).count() > 0);
    return running ? null : "год школы завершён";
  }

  private static String reason(String reason, String what, List<String> problems) {
    if (reason == null || reason.isBlank()) {
      problems.add("Поле «Причина»: укажите " + what);
      return null;
    }
    if (reason.strip().length() > MAX_REASON) {
      problems.add("Поле «Причина»: не длиннее " + MAX_REASON + " знаков");
      return null;
    }
    return reason.strip();
  }

  /** The instance and every instance it called, and they called, … (call activities wait with it). */
  private List<String> instanceAndCalled(String instanceId) {
    List<String> all = new ArrayList<>();
    List<String> level = List.of(instanceId);
    while (!level.isEmpty()) {
      all.addAll(level);
      List<String> next = new ArrayList<>();
      for (String parent : level) {
        runtime.createProcessInstanceQuery().superProcessInstanceId(parent).list().stream()
            .map(ProcessInstance::getId).forEach(next::add);
      }
      level = next;
    }
    return all;
  }

  private void endPauseInstance(String pauseInstanceId) {
    asSystem(() -> {
      if (runtime.createProcessInstanceQuery().processInstanceId(pauseInstanceId).count() > 0) {
        runtime.createMessageCorrelation(SchoolPauseProcess.MESSAGE_PAUSE_ENDED).processInstanceId(pauseInstanceId)
            .correlateWithResult();
      }
      return null;
    });
  }

  /** The first moment of the pause's last date, in the municipality's time zone: the school resumes that morning. */
  Date resumeAt(LocalDate until) {
    return Date.from(ZonedDateTime.of(until.atStartOfDay(), calendar.zone()).toInstant());
  }

  /** «2026/27/sosh6 · МОБУ СОШ № 6 · Пауза до 15.03.2027», as Cockpit lists it. */
  private static String pauseKey(Cycle cycle, CycleSchool school, LocalDate until) {
    String key = cycle.businessKey() + "/" + school.schoolCode() + " · " + school.schoolName() + " · Пауза до "
        + CycleService.RUSSIAN_DATE.format(until);
    return key.length() <= 255 ? key : key.substring(0, 254) + "…";
  }

  /** Engine work the coordinator's own grants do not cover, done once the coordinator's right was checked. */
  private <T> T asSystem(Supplier<T> work) {
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
