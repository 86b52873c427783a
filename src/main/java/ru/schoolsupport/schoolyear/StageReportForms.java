package ru.schoolsupport.schoolyear;

import ru.schoolsupport.process.LongText;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.spin.json.SpinJsonNode;
import org.springframework.stereotype.Component;
import ru.schoolsupport.cycle.CycleDeadlines;
import ru.schoolsupport.cycle.CycleService;
import ru.schoolsupport.cycle.SchoolDeadlines;
import ru.schoolsupport.process.JsonValues;
import ru.schoolsupport.process.Markdown;
import ru.schoolsupport.process.RussianNumbers;

/**
 * What the report forms show: the school's plan with what it reported last (this stage's returned
 * version, or the previous stage), the curator's comment, and the report as the curator reads it;
 * and how a submitted form becomes a {@link StageReportSubmission}. Referenced from the model as
 * {@code ${stageReportForms.…}}.
 */
@Component("stageReportForms")
public class StageReportForms {

  private final StageReportService reports;
  private final RegisteredEvents register;
  private final SchoolDeadlines deadlines;

  public StageReportForms(StageReportService reports, RegisteredEvents register, SchoolDeadlines deadlines) {
    this.reports = reports;
    this.register = register;
    this.deadlines = deadlines;
  }

  /** The report's title: «Отчёт за I этап» or «Итоговый отчёт». */
  public String title(Integer stage) {
    return switch (stage) {
      case 1 -> "Отчёт за I этап";
      case 2 -> "Отчёт за II этап";
      default -> "Итоговый отчёт за год";
    };
  }

  /** Each measure of the accepted roadmap with its last reported status. */
  public SpinJsonNode measures(Long cycleId, String schoolCode, Integer stage) {
    StageReport.Plan plan = reports.plan(cycleId, schoolCode);
    Map<Long, StageReport.MeasureStatus> last = new HashMap<>();
    startingPoint(cycleId, schoolCode, stage).ifPresent(r -> r.measures().forEach(m -> last.put(m.measureId(), m)));
    List<Map<String, Object>> rows = new ArrayList<>();
    for (StageReport.Measure m : plan.measures()) {
      StageReport.MeasureStatus reported = last.get(m.id());
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("ref", m.ref());
      row.put("measure", m.programme() + ": " + m.what() + " (срок " + CycleService.RUSSIAN_DATE.format(m.deadline())
          + "; " + m.responsible() + ")");
      row.put("status", reported == null ? StageReport.MeasureProgress.NOT_STARTED.name() : reported.progress().name());
      row.put("comment", reported == null || reported.comment() == null ? "" : reported.comment());
      rows.add(row);
    }
    return JsonValues.json(rows);
  }

  /** Each indicator with its baseline and target, and the last reported value (the baseline at first). */
  public SpinJsonNode indicators(Long cycleId, String schoolCode, Integer stage) {
    StageReport.Plan plan = reports.plan(cycleId, schoolCode);
    Map<Long, BigDecimal> last = new HashMap<>();
    startingPoint(cycleId, schoolCode, stage).ifPresent(r -> r.indicators().forEach(i -> last.put(i.indicatorId(), i.value())));
    List<Map<String, Object>> rows = new ArrayList<>();
    for (StageReport.Indicator i : plan.indicators()) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("ref", i.ref());
      row.put("indicator", i.programme() + ": " + i.name() + " (база " + plain(i.baseline()) + ", цель "
          + plain(i.target()) + ")");
      row.put("value", last.getOrDefault(i.id(), i.baseline()).doubleValue());
      rows.add(row);
    }
    return JsonValues.json(rows);
  }

  /** Each programme with its last red/amber/green status (green at first). */
  public SpinJsonNode programmes(Long cycleId, String schoolCode, Integer stage) {
    StageReport.Plan plan = reports.plan(cycleId, schoolCode);
    Map<String, StageReport.ProgrammeStatus> last = new HashMap<>();
    startingPoint(cycleId, schoolCode, stage).ifPresent(r -> r.programmes().forEach(p -> last.put(p.factorCode(), p)));
    List<Map<String, Object>> rows = new ArrayList<>();
    for (StageReport.Programme p : plan.programmes()) {
      StageReport.ProgrammeStatus reported = last.get(p.factorCode());
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("ref", p.ref());
      row.put("programme", p.title());
      row.put("rag", reported == null ? StageReport.Rag.GREEN.name() : reported.rag().name());
      row.put("comment", reported == null || reported.comment() == null ? "" : reported.comment());
      rows.add(row);
    }
    return JsonValues.json(rows);
  }

  /**
   * The number of events of a kind since the year began: as this stage's last version reported it, or at
   * first as the cycle's register counts those the school took part in up to the stage's deadline.
   */
  public long events(Long cycleId, String schoolCode, Integer stage, String kind) {
    return reports.latest(cycleId, schoolCode, stage).map(r -> (long) switch (kind) {
      case "consultations" -> r.figures().consultations();
      case "seminars" -> r.figures().seminars();
      case "visits" -> r.figures().visits();
      case "roundTables" -> r.figures().roundTables();
      default -> r.figures().otherEvents();
    }).orElseGet(() -> attended(cycleId, schoolCode, stage).stream().filter(a -> a.reportKind().equals(kind)).count());
  }

  /** The register's events the school took part in up to the stage's deadline, as a list (Markdown). */
  public String registeredEvents(Long cycleId, String schoolCode, Integer stage) {
    List<RegisteredEvents.Attended> attended = attended(cycleId, schoolCode, stage);
    if (attended.isEmpty()) {
      return "В реестре мероприятий муниципалитета пока нет мероприятий с участием школы: укажите проведённые "
          + "ниже сами.";
    }
    StringBuilder text = new StringBuilder("По реестру мероприятий муниципалитета школа участвовала в "
        + "следующих (числа ниже начинаются с них; добавьте мероприятия, которых в реестре нет):\n\n");
    for (RegisteredEvents.Attended a : attended) {
      text.append("- ").append(CycleService.RUSSIAN_DATE.format(a.heldOn())).append(" — ")
          .append(Markdown.inline(a.kindTitle())).append(" «").append(Markdown.inline(a.topic())).append("»");
      if (a.host() != null && !a.host().isBlank()) {
        text.append(" (").append(Markdown.inline(a.host())).append(")");
      }
      text.append("\n");
    }
    return text.toString();
  }

  private List<RegisteredEvents.Attended> attended(Long cycleId, String schoolCode, Integer stage) {
    CycleDeadlines due = deadlines.of(cycleId, schoolCode);
    LocalDate upTo = switch (stage) {
      case 1 -> due.stage1Due();
      case 2 -> due.stage2Due();
      default -> due.finalDue();
    };
    return register.attendedBy(cycleId, schoolCode, null, upTo);
  }

  public String problems(Long cycleId, String schoolCode, Integer stage) {
    return reports.latest(cycleId, schoolCode, stage).map(r -> r.problems() == null ? "" : r.problems()).orElse("");
  }

  public String schoolSummary(Long cycleId, String schoolCode, Integer stage) {
    return reports.latest(cycleId, schoolCode, stage).map(r -> r.summary() == null ? "" : r.summary()).orElse("");
  }

  /** The curator's comment when this stage's report came back (Markdown; empty otherwise). */
  public String curatorComment(Long cycleId, String schoolCode, Integer stage) {
    return reports.latest(cycleId, schoolCode, stage).filter(r -> r.status() == StageReport.Status.RETURNED)
        .map(r -> Markdown.text(r.curatorComment())).orElse("");
  }

  /** The stage's latest report as the curator reads it (Markdown). */
  public SpinJsonNode summary(Long cycleId, String schoolCode, Integer stage) {
    return LongText.of(summaryText(cycleId, schoolCode, stage));
  }

  private String summaryText(Long cycleId, String schoolCode, Integer stage) {
    Optional<StageReport> latest = reports.latest(cycleId, schoolCode, stage);
    if (latest.isEmpty()) {
      return "Отчёт ещё не представлен.";
    }
    StageReport r = latest.get();
    StageReport.Plan plan = reports.plan(cycleId, schoolCode);
    StringBuilder text = new StringBuilder("**" + title(stage) + ", версия " + r.version() + "**"
        + (r.late() ? " — **представлен с опозданием**" : "") + "\n\n");
    text.append("- Выполнено пунктов дорожной карты: **").append(RussianNumbers.percent(r.figures().roadmapDoneShare()))
        .append("**\n");
    text.append("- Проведено мероприятий: ").append(r.figures().eventsHeld()).append(" (консультаций — ")
        .append(r.figures().consultations()).append(", семинаров — ").append(r.figures().seminars())
        .append(", выездов и посещений — ").append(r.figures().visits()).append(", круглых столов — ")
        .append(r.figures().roundTables()).append(", других — ").append(r.figures().otherEvents()).append(")\n\n");
    if (r.summary() != null) {
      text.append("**Итоги:** ").append(Markdown.text(r.summary())).append("\n\n");
    }
    if (r.problems() != null) {
      text.append("**Проблемы:** ").append(Markdown.text(r.problems())).append("\n\n");
    }
    Map<String, String> titles = new HashMap<>();
    plan.programmes().forEach(p -> titles.put(p.factorCode(), p.title()));
    text.append("| Программа | Статус | Комментарий |\n|---|---|---|\n");
    r.programmes().forEach(p -> text.append("| ").append(JointPlanForms.cell(titles.getOrDefault(p.factorCode(),
        p.factorCode()))).append(" | ").append(p.rag().title()).append(" | ").append(JointPlanForms.cell(p.comment()))
        .append(" |\n"));
    Map<Long, StageReport.Measure> measures = new HashMap<>();
    plan.measures().forEach(m -> measures.put(m.id(), m));
    text.append("\n| № | Мероприятие | Статус | Комментарий |\n|---|---|---|---|\n");
    r.measures().forEach(m -> {
      StageReport.Measure planned = measures.get(m.measureId());
      text.append("| ").append(planned == null ? "" : JointPlanForms.cell(planned.ref())).append(" | ")
          .append(planned == null ? "" : JointPlanForms.cell(planned.what())).append(" | ").append(m.progress().title())
          .append(" | ").append(JointPlanForms.cell(m.comment())).append(" |\n");
    });
    Map<Long, StageReport.Indicator> indicators = new HashMap<>();
    plan.indicators().forEach(i -> indicators.put(i.id(), i));
    text.append("\n| № | Показатель | База | Цель | Значение |\n|---|---|---|---|---|\n");
    r.indicators().forEach(i -> {
      StageReport.Indicator planned = indicators.get(i.indicatorId());
      text.append("| ").append(planned == null ? "" : JointPlanForms.cell(planned.ref())).append(" | ")
          .append(planned == null ? "" : JointPlanForms.cell(planned.name())).append(" | ")
          .append(planned == null ? "" : plain(planned.baseline())).append(" | ")
          .append(planned == null ? "" : plain(planned.target())).append(" | ").append(plain(i.value())).append(" |\n");
    });
    return text.toString();
  }

  /** What a new version starts from: this stage's last version, else the last report of any stage. */
  private Optional<StageReport> startingPoint(Long cycleId, String schoolCode, Integer stage) {
    Optional<StageReport> own = reports.latest(cycleId, schoolCode, stage);
    return own.isPresent() ? own : reports.latestOfAnyStage(cycleId, schoolCode);
  }

  /** A number as the forms show it: «42,5». */
  static String plain(BigDecimal value) {
    return RussianNumbers.decimal(value);
  }

  /** Reads a submitted report form. */
  static StageReportSubmission submission(Integer consultations, Integer seminars, Integer visits,
      Integer roundTables, Integer otherEvents, String problems, String summary, Object measures, Object indicators,
      Object programmes) {
    return new StageReportSubmission(consultations, seminars, visits, roundTables,
        otherEvents, problems, summary, rows(measures, "мероприятия", "status"), rows(indicators, "показатели", "value"),
        rows(programmes, "программы", "rag"));
  }

  private static List<StageReportSubmission.Row> rows(Object submitted, String what, String valueField) {
    List<StageReportSubmission.Row> rows = new ArrayList<>();
    for (SpinJsonNode row : JsonValues.rows(submitted, what)) {
      rows.add(new StageReportSubmission.Row(JsonValues.text(row, "ref"), JsonValues.text(row, valueField),
          JsonValues.text(row, "comment")));
    }
    return rows;
  }
}
