package ru.schoolsupport.schoolyear;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import ru.schoolsupport.audit.AuditField;
import ru.schoolsupport.audit.SchoolAudit;
import ru.schoolsupport.process.ApprovalDecision;
import ru.schoolsupport.process.FormInputException;
import ru.schoolsupport.process.WorkCalendar;

/**
 * Stage and final reports of a school: checks what the school reports against its accepted plan
 * and keeps every submission as a version; the curator's confirmation or return; the late mark of
 * a report not sent by its deadline.
 */
@Service
public class StageReportService {
  private static final int MAX_EVENTS = 10_000;

  private final StageReportRepository reports;
  private final WorkCalendar calendar;
  private final SchoolAudit audit;

  public StageReportService(StageReportRepository reports, WorkCalendar calendar, SchoolAudit audit) {
    this.audit = audit;
    this.reports = reports;
    this.calendar = calendar;
  }

  public StageReport.Plan plan(long cycleId, String schoolCode) {
    return reports.plan(cycleId, schoolCode);
  }

  /** Checks the report and keeps it as a new version of the stage's report; returns the version's number. */
  public int submit(long cycleId, String schoolCode, int stage, String submittedBy, StageReportSubmission s) {
    StageReport.Plan plan = reports.plan(cycleId, schoolCode);
    List<String> problems = new ArrayList<>();
    int consultations = count(s.consultations(), "консультаций", problems);
    int seminars = count(s.seminars(), "семинаров", problems);
    int visits = count(s.visits(), "выездов и посещений", problems);
    int roundTables = count(s.roundTables(), "круглых столов", problems);
    int otherEvents = count(s.otherEvents(), "других мероприятий", problems);

    Map<String, StageReportSubmission.Row> measureRows = byRef(s.measures(), "мероприятие", problems);
    List<StageReport.MeasureStatus> measures = new ArrayList<>();
    for (StageReport.Measure m : plan.measures()) {
      StageReportSubmission.Row row = measureRows.remove(m.ref());
      String where = "мероприятие " + m.ref() + " «" + m.what() + "»";
      StageReport.MeasureProgress progress = row == null ? null : parse(StageReport.MeasureProgress.class, row.value());
      if (progress == null) {
        problems.add(where + ": укажите статус (выполнено, выполняется, не начато, отменено)");
      } else {
        measures.add(new StageReport.MeasureStatus(m.id(), m.ref(), progress, trim(row.comment())));
      }
    }
    measureRows.keySet().forEach(ref -> problems.add("мероприятия " + ref + " нет в принятых документах школы"));

    Map<String, StageReportSubmission.Row> indicatorRows = byRef(s.indicators(), "показатель", problems);
    List<StageReport.IndicatorValue> indicators = new ArrayList<>();
    for (StageReport.Indicator i : plan.indicators()) {
      StageReportSubmission.Row row = indicatorRows.remove(i.ref());
      String where = "показатель " + i.ref() + " «" + i.name() + "»";
      BigDecimal value = null;
      try {
        value = row == null ? null : SchoolDocumentService.number(row.value());
      } catch (FormInputException e) {
        problems.add(where + ": " + e.problems().get(0));
        continue;
      }
      if (value == null || value.signum() < 0) {
        problems.add(where + ": значение должно быть числом не меньше нуля");
      } else {
        indicators.add(new StageReport.IndicatorValue(i.id(), i.ref(), value));
      }
    }
    indicatorRows.keySet().forEach(ref -> problems.add("показателя " + ref + " нет в принятых документах школы"));

    Map<String, StageReportSubmission.Row> programmeRows = byRef(s.programmes(), "программа", problems);
    List<StageReport.ProgrammeStatus> programmes = new ArrayList<>();
    boolean atRisk = false;
    for (StageReport.Programme p : plan.programmes()) {
      StageReportSubmission.Row row = programmeRows.remove(p.ref());
      StageReport.Rag rag = row == null ? null : parse(StageReport.Rag.class, row.value());
      if (rag == null) {
        problems.add("программа «" + p.title() + "»: выберите статус (зелёный, жёлтый, красный)");
      } else {
        atRisk |= rag != StageReport.Rag.GREEN;
        programmes.add(new StageReport.ProgrammeStatus(p.factorCode(), p.ref(), rag, trim(row.comment())));
      }
    }
    programmeRows.keySet().forEach(ref -> problems.add("программы " + ref + " нет в принятых документах школы"));
    if (atRisk && blank(s.problems())) {
      problems.add("опишите проблемы: есть программы в жёлтой или красной зоне");
    }
    if (stage == SchoolSupportProcess.FINAL_REPORT && blank(s.summary())) {
      problems.add("напишите итоги года");
    }
    if (!problems.isEmpty()) {
      throw new FormInputException(problems);
    }
    BigDecimal share = doneShare(measures);
    String before = reports.latest(cycleId, schoolCode, stage).map(StageReportService::state).orElse(null);
    boolean late = reports.isOverdue(cycleId, schoolCode, stage);
    int version = reports.save(cycleId, schoolCode, stage,
        new StageReport.Figures(share, consultations, seminars, visits, roundTables, otherEvents), trim(s.problems()),
        trim(s.summary()), measures, indicators, programmes, submittedBy, calendar.now().toInstant(), late);
    audit.record(cycleId, schoolCode, field(stage), before == null && late ? NOT_ON_TIME : before,
        stageName(stage) + "версия " + version + ": на проверке куратора" + (late ? " (с опозданием)" : "")
            + redZone(programmes));
    return version;
  }

  /**
   * The share of the roadmap done, in per cent to one decimal: the measures done among those not
   * cancelled (a cancelled measure is no longer part of the plan); 0 when none is left.
   */
  public static BigDecimal doneShare(List<StageReport.MeasureStatus> measures) {
    long planned = measures.stream().filter(m -> m.progress() != StageReport.MeasureProgress.CANCELLED).count();
    long done = measures.stream().filter(m -> m.progress() == StageReport.MeasureProgress.DONE).count();
    if (planned == 0) {
      return BigDecimal.ZERO.setScale(1);
    }
    return BigDecimal.valueOf(done * 100).divide(BigDecimal.valueOf(planned), 1, java.math.RoundingMode.HALF_UP);
  }

  /** The curator confirms the stage's latest report or returns it with a comment; true when confirmed. */
  public boolean review(long cycleId, String schoolCode, int stage, String reviewer, String decision, String comment) {
    boolean confirmed = ApprovalDecision.isApproved(decision);
    if (!confirmed && !ApprovalDecision.isReturned(decision)) {
      throw new FormInputException("выберите решение: «Подтвердить отчёт» или «Вернуть на доработку»");
    }
    if (!confirmed && blank(comment)) {
      throw new FormInputException("при возврате отчёта напишите, что исправить");
    }
    StageReport report = reports.latest(cycleId, schoolCode, stage)
        .orElseThrow(() -> new IllegalStateException("No report " + stage + " of " + schoolCode));
    reports.review(report.id(), confirmed ? StageReport.Status.CONFIRMED : StageReport.Status.RETURNED, reviewer,
        trim(comment), calendar.now().toInstant());
    audit.record(cycleId, schoolCode, field(stage), state(report), stageName(stage) + "версия " + report.version() + ": "
        + (confirmed ? "подтверждён куратором" : "возвращён на доработку"), trim(comment));
    return confirmed;
  }

  /**
   * The deadline passed: a school that has sent nothing for the stage shows as late (and its report,
   * when it comes, is marked late). Returns whether the school was marked.
   */
  public boolean markLate(long cycleId, String schoolCode, int stage) {
    if (reports.latest(cycleId, schoolCode, stage).isPresent()) {
      return false;
    }
    boolean marked = reports.markOverdue(cycleId, schoolCode, stage, calendar.now().toInstant());
    if (marked) {
      audit.record(cycleId, schoolCode, field(stage), null, stageName(stage) + NOT_ON_TIME);
    }
    return marked;
  }

  private static final String NOT_ON_TIME = "не сдан в срок";
  /** What the audit says of a report with programmes in the red zone (watchers are told of it). */
  public static final String RED_ZONE = "в красной зоне";

  private static String redZone(List<StageReport.ProgrammeStatus> programmes) {
    long red = programmes.stream().filter(p -> p.rag() == StageReport.Rag.RED).count();
    return red == 0 ? "" : "; программ " + RED_ZONE + ": " + red;
  }

  private static AuditField field(int stage) {
    return stage == SchoolSupportProcess.FINAL_REPORT ? AuditField.FINAL_REPORT : AuditField.STAGE_REPORT;
  }

  private static String stageName(int stage) {
    return stage == SchoolSupportProcess.FINAL_REPORT ? "" : (stage == 1 ? "I" : "II") + " этап, ";
  }

  private static String state(StageReport report) {
    return stageName(report.stage()) + "версия " + report.version() + ": " + switch (report.status()) {
      case CONFIRMED -> "подтверждён куратором";
      case RETURNED -> "возвращён на доработку";
      default -> "на проверке куратора";
    };
  }

  public Optional<StageReport> latest(long cycleId, String schoolCode, int stage) {
    return reports.latest(cycleId, schoolCode, stage);
  }

  public Optional<StageReport> latestOfAnyStage(long cycleId, String schoolCode) {
    return reports.latestOfAnyStage(cycleId, schoolCode);
  }

  public boolean isLate(long cycleId, String schoolCode, int stage) {
    return reports.isOverdue(cycleId, schoolCode, stage);
  }

  private static Map<String, StageReportSubmission.Row> byRef(List<StageReportSubmission.Row> rows, String what,
      List<String> problems) {
    Map<String, StageReportSubmission.Row> byRef = new HashMap<>();
    Set<String> seen = new HashSet<>();
    for (StageReportSubmission.Row row : rows) {
      if (blank(row.ref())) {
        problems.add(what + " без номера: не изменяйте список, форма заполняет его сама");
      } else if (!seen.add(row.ref())) {
        problems.add(what + " " + row.ref() + " указан дважды");
      } else {
        byRef.put(row.ref(), row);
      }
    }
    return byRef;
  }

  private static int count(Integer value, String what, List<String> problems) {
    if (value == null || value < 0 || value > MAX_EVENTS) {
      problems.add("число " + what + " должно быть целым от 0 до " + MAX_EVENTS);
      return 0;
    }
    return value;
  }

  private static <E extends Enum<E>> E parse(Class<E> type, String value) {
    if (blank(value)) {
      return null;
    }
    try {
      return Enum.valueOf(type, value.strip());
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }

  private static String trim(String text) {
    return blank(text) ? null : text.strip();
  }
}
