package ru.schoolsupport.reporting;

import java.util.List;
import org.camunda.spin.json.SpinJsonNode;
import org.springframework.stereotype.Component;
import ru.schoolsupport.process.LongText;
import ru.schoolsupport.process.Markdown;

/**
 * What the municipal report's forms show, computed when the task is created: the summary figures,
 * the narrative to edit, the head's comment on a return. Referenced from the model as
 * {@code ${municipalReportForms.…(reportId)}}.
 */
@Component("municipalReportForms")
public class MunicipalReportForms {

  private final MunicipalReportService reports;

  public MunicipalReportForms(MunicipalReportService reports) {
    this.reports = reports;
  }

  public String intro(Long reportId) {
    return orEmpty(reports.get(reportId).narrative().intro());
  }

  public String problems(Long reportId) {
    return orEmpty(reports.get(reportId).narrative().problems());
  }

  public String decisions(Long reportId) {
    return orEmpty(reports.get(reportId).narrative().decisions());
  }

  /** The head's comment on the last return (Markdown); empty before any. */
  public String headComment(Long reportId) {
    return Markdown.text(reports.get(reportId).headComment());
  }

  /** How many times the report has gone to the head (0 before the first submission). */
  public long round(Long reportId) {
    return reports.get(reportId).round();
  }

  /** Links to download the report's files (Markdown). */
  public String files(Long reportId) {
    MunicipalReport report = reports.get(reportId);
    String base = MunicipalReportForms.downloadPath(report.cycleId(), report.stage());
    return "[Скачать таблицу по школам с диаграммой (XLSX)](" + base + ".xlsx) · [Скачать текст отчёта (DOCX)](" + base
        + ".docx)";
  }

  /** Where a report's files are downloaded from (without the extension). */
  public static String downloadPath(long cycleId, int stage) {
    return "/app/cycles/" + cycleId + "/municipal-reports/" + stage;
  }

  /** The narrative as the coordinator submitted it, for the head to read (Markdown). */
  public SpinJsonNode text(Long reportId) {
    MunicipalReport.Narrative n = reports.get(reportId).narrative();
    return LongText.of("#### 1. Общие сведения\n\n" + markdown(n.intro()) + "\n\n#### 4. Ключевые проблемы\n\n"
        + markdown(n.problems()) + "\n\n#### 5. Предлагаемые решения\n\n" + markdown(n.decisions()));
  }

  /** The coordinator's text as typed, each line its own paragraph; a dash for none. */
  private static String markdown(String text) {
    String markdown = Markdown.text(text);
    return markdown.isEmpty() ? "—" : markdown;
  }

  /** The figures and the schools side by side (Markdown); grows with the list, hence a {@link LongText}. */
  public SpinJsonNode summary(Long reportId) {
    return LongText.of(summaryText(reportId));
  }

  String summaryText(Long reportId) {
    MunicipalReport report = reports.get(reportId);
    MunicipalReportData data = reports.data(report);
    StringBuilder text = new StringBuilder();
    text.append("**Школ в перечне:** ").append(data.schools().size())
        .append("; **отчёт представили:** ").append(data.reportedCount());
    List<MunicipalReportData.SchoolRow> late = data.reportedLate();
    if (!late.isEmpty()) {
      text.append(" (с опозданием — ").append(late.size()).append(")");
    }
    List<MunicipalReportData.SchoolRow> missing = data.notReported();
    if (!missing.isEmpty()) {
      text.append("; **не представили:** ").append(missing.size());
    }
    text.append(".\n\n**Средняя доля выполнения дорожных карт:** ")
        .append(MunicipalReportData.percent(data.averageShare())).append(".\n\n")
        .append("**Мероприятия:** ").append(MunicipalReportNarrative.events(data)).append(" — всего ")
        .append(data.eventsHeld()).append(".\n\n");
    for (MunicipalReportData.SchoolRow s : data.schools()) {
      text.append("- **").append(Markdown.inline(s.name())).append("** — ").append(MunicipalReportData.percent(s.roadmapDoneShare()))
          .append(", ").append(MunicipalReportWorkbook.ragTitle(s.rag())).append(", мероприятий: ")
          .append(s.eventsHeld()).append(", отчёт ").append(s.timeliness()).append(" (куратор ").append(Markdown.inline(s.curator()))
          .append(", наставник ").append(Markdown.inline(s.mentor())).append(")\n");
    }
    if (report.round() > 0) {
      text.append("\n\nОтчёт направлялся начальнику: ").append(RussianCount.of(report.round(), "раз", "раза", "раз"))
          .append(".");
    }
    return text.toString().strip();
  }

  private static String orEmpty(String text) {
    return text == null ? "" : text;
  }
}
