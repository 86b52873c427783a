package ru.schoolsupport.monitoring;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import ru.schoolsupport.cycle.Cycle;
import ru.schoolsupport.cycle.CycleRepository;
import ru.schoolsupport.cycle.CycleStatus;
import ru.schoolsupport.cycle.SchoolStatus;
import ru.schoolsupport.listformation.Category;
import ru.schoolsupport.process.WorkCalendar;
import ru.schoolsupport.schoolyear.SchoolDocumentService;
import ru.schoolsupport.schoolyear.SchoolOutcome;
import ru.schoolsupport.schoolyear.StageReport;
import ru.schoolsupport.schoolyear.YearStage;

/**
 * Every school of a cycle side by side, for the managers' monitoring page: where its year stands,
 * its documents, the latest report's roadmap share and red/amber/green, its overdue tasks, its curator
 * and mentor school and its outcome; and the figures of the page's charts. Read-only.
 */
@Service
public class MonitoringService {

  static final String COCKPIT_INSTANCE = "/camunda/app/cockpit/default/#/process-instance/";
  private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");
  private static final List<String> RAG_ORDER = List.of("GREEN", "AMBER", "RED");

  private final CycleRepository cycles;
  private final MonitoringRepository monitoring;
  private final TaskService tasks;
  private final IdentityService identity;
  private final WorkCalendar calendar;

  public MonitoringService(CycleRepository cycles, MonitoringRepository monitoring, TaskService tasks,
      IdentityService identity, WorkCalendar calendar) {
    this.cycles = cycles;
    this.monitoring = monitoring;
    this.tasks = tasks;
    this.identity = identity;
    this.calendar = calendar;
  }

  /** The running cycle (the newest, if several run), if any. */
  public Optional<Long> runningCycleId() {
    return cycles.findAll().stream().filter(c -> c.status() == CycleStatus.RUNNING).findFirst().map(Cycle::id);
  }

  public Optional<MonitoringView> view(long cycleId) {
    List<Cycle> all = cycles.findAll();
    Optional<Cycle> found = all.stream().filter(c -> c.id() == cycleId).findFirst();
    if (found.isEmpty()) {
      return Optional.empty();
    }
    List<MonitoringRepository.ListedSchool> listed = monitoring.schools(cycleId);
    List<MonitoringRepository.ReportHead> reports = monitoring.reports(cycleId);
    Map<String, MonitoringRepository.ReportHead> latest = new HashMap<>();
    Comparator<MonitoringRepository.ReportHead> order = Comparator
        .comparingInt((MonitoringRepository.ReportHead r) -> r.stage() == 0 ? 99 : r.stage())
        .thenComparingInt(MonitoringRepository.ReportHead::version);
    for (MonitoringRepository.ReportHead report : reports) {
      latest.merge(report.schoolCode(), report, (a, b) -> order.compare(a, b) >= 0 ? a : b);
    }
    Map<Long, String> worstRag = new HashMap<>();
    for (MonitoringRepository.ProgrammeRag rag : monitoring.programmeRags(cycleId)) {
      worstRag.merge(rag.reportId(), rag.rag(), (a, b) -> RAG_ORDER.indexOf(a) >= RAG_ORDER.indexOf(b) ? a : b);
    }
    Map<String, Long> overdue = overdueTasksByInstance(listed.stream()
        .map(MonitoringRepository.ListedSchool::processInstanceId).filter(Objects::nonNull).toList());
    Set<String> lateSchools = new HashSet<>();
    reports.stream().filter(MonitoringRepository.ReportHead::late).forEach(r -> lateSchools.add(r.schoolCode()));
    List<MonitoringRepository.OverdueMark> marks = monitoring.overdueMarks(cycleId);
    marks.forEach(m -> lateSchools.add(m.schoolCode()));

    List<MonitoringView.SchoolRow> rows = new ArrayList<>();
    for (MonitoringRepository.ListedSchool school : listed) {
      MonitoringRepository.ReportHead report = latest.get(school.code());
      String rag = report == null ? null : worstRag.get(report.id());
      rows.add(new MonitoringView.SchoolRow(school.code(), school.name(), school.category(),
          categoryTitle(school.category()), school.project(), school.yearStage(), stageTitle(school.yearStage()),
          school.documentsStatus(), documentsTitle(school.documentsStatus()), reportTitle(report),
          report == null ? null : report.roadmapDoneShare(), rag, ragTitle(rag), lateSchools.contains(school.code()),
          school.processInstanceId() == null ? 0 : overdue.getOrDefault(school.processInstanceId(), 0L),
          school.curatorLogin(), school.curatorName(), school.mentorCode(), school.mentorName(), school.outcome(),
          outcomeTitle(school.outcome()), school.processInstanceId(),
          school.processInstanceId() == null ? null : COCKPIT_INSTANCE + school.processInstanceId(),
          SchoolStatus.parse(school.status()).name(), statusTitle(school)));
    }
    Set<String> onList = listed.stream().map(MonitoringRepository.ListedSchool::code).collect(Collectors.toSet());
    List<MonitoringView.StageTimeliness> timeliness = new ArrayList<>();
    for (int stage : List.of(1, 2, 0)) {
      Set<String> reported = reports.stream().filter(r -> r.stage() == stage).map(MonitoringRepository.ReportHead::schoolCode)
          .filter(onList::contains).collect(Collectors.toSet());
      Set<String> late = new HashSet<>();
      reports.stream().filter(r -> r.stage() == stage && r.late()).forEach(r -> late.add(r.schoolCode()));
      marks.stream().filter(m -> m.stage() == stage).forEach(m -> late.add(m.schoolCode()));
      late.retainAll(onList);
      long onTime = reported.stream().filter(code -> !late.contains(code)).count();
      timeliness.add(new MonitoringView.StageTimeliness(stage, stageReportTitle(stage), onTime, late.size(),
          onList.size() - onTime - late.size()));
    }
    Function<Cycle, MonitoringView.CycleInfo> info = c -> new MonitoringView.CycleInfo(c.id(), c.title(),
        c.businessKey(), c.status().name(), c.status() == CycleStatus.RUNNING ? "идёт" : "завершён");
    return Optional.of(new MonitoringView(info.apply(found.get()), all.stream().map(info).toList(), rows,
        monitoring.priorityRisks(cycleId), timeliness,
        STAMP.format(calendar.now().toInstant().atZone(calendar.zone()))));
  }

  /**
   * Open tasks past their due date, per process instance, in one query for all the schools. The
   * count is the municipality's fact, not what the reader may open: it is read without the reader's
   * task authorizations (the page itself is for managers only).
   */
  Map<String, Long> overdueTasksByInstance(List<String> processInstanceIds) {
    if (processInstanceIds.isEmpty()) {
      return Map.of();
    }
    Authentication reader = identity.getCurrentAuthentication();
    identity.clearAuthentication();
    try {
      // a paused school's tasks wait (suspended): not overdue while they may not be done; they move when it resumes
      return tasks.createTaskQuery().processInstanceIdIn(processInstanceIds.toArray(String[]::new))
          .dueBefore(calendar.now()).active().list().stream()
          .collect(Collectors.groupingBy(Task::getProcessInstanceId, Collectors.counting()));
    } finally {
      if (reader != null) {
        identity.setAuthentication(reader);
      }
    }
  }

  static String categoryTitle(String category) {
    try {
      return category == null ? null : Category.valueOf(category).title();
    } catch (IllegalArgumentException e) {
      return category;
    }
  }

  static String stageTitle(String stage) {
    return YearStage.titleOf(stage, "Не начат");
  }

  static String documentsTitle(String status) {
    return SchoolDocumentService.statusTitle(status);
  }

  static String ragTitle(String rag) {
    if (rag == null) {
      return "Нет отчёта";
    }
    try {
      String title = StageReport.Rag.valueOf(rag).title();
      return Character.toUpperCase(title.charAt(0)) + title.substring(1);
    } catch (IllegalArgumentException e) {
      return rag;
    }
  }

  /** «Приостановлена до 15.03.2027: смена директора», «Выведена из проекта: …», «В работе». */
  static String statusTitle(MonitoringRepository.ListedSchool school) {
    SchoolStatus status = SchoolStatus.parse(school.status());
    return SchoolStatus.describe(status, school.pausedUntil(), school.statusReason());
  }

  static String outcomeTitle(String outcome) {
    return outcome == null ? null : SchoolOutcome.titleOf(outcome);
  }

  static String stageReportTitle(int stage) {
    return switch (stage) {
      case 1 -> "Отчёт за I этап";
      case 2 -> "Отчёт за II этап";
      default -> "Итоговый отчёт";
    };
  }

  private static String reportTitle(MonitoringRepository.ReportHead report) {
    if (report == null) {
      return "Отчётов нет";
    }
    String status = switch (report.status()) {
      case "CONFIRMED" -> "подтверждён куратором";
      case "RETURNED" -> "возвращён на доработку";
      default -> "на проверке куратора";
    };
    return stageReportTitle(report.stage()) + ", версия " + report.version() + ": " + status;
  }
}
