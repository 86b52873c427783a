package ru.schoolsupport.schoolyear;

import ru.schoolsupport.process.LongText;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.spin.json.SpinJsonNode;
import org.springframework.stereotype.Component;
import ru.schoolsupport.cycle.CycleService;
import ru.schoolsupport.process.FormInputException;
import ru.schoolsupport.process.JsonValues;
import ru.schoolsupport.process.Markdown;
import ru.schoolsupport.process.WorkCalendar;
import ru.schoolsupport.process.RussianNumbers;

/**
 * What the documents and review forms show (the school's last version filled in, the curator's
 * comments, the history of rounds) and how a submitted form becomes a {@link DocumentSubmission}.
 * Referenced from the model as {@code ${documentForms.…}}.
 */
@Component("documentForms")
public class DocumentForms {

  private final SchoolDocumentService documents;
  private final WorkCalendar calendar;

  public DocumentForms(SchoolDocumentService documents, WorkCalendar calendar) {
    this.calendar = calendar;
    this.documents = documents;
  }

  public String conceptLink(Long cycleId, String schoolCode) {
    return documents.latest(cycleId, schoolCode).map(v -> v.documents().conceptLink()).orElse("");
  }

  public String conceptSummary(Long cycleId, String schoolCode) {
    return documents.latest(cycleId, schoolCode).map(v -> nullToEmpty(v.documents().conceptSummary())).orElse("");
  }

  public String roadmapLink(Long cycleId, String schoolCode) {
    return documents.latest(cycleId, schoolCode).map(v -> v.documents().roadmapLink()).orElse("");
  }

  /** One entry per priority risk, with the last version's goal, tasks, measures and indicators. */
  public SpinJsonNode programmes(Long cycleId, String schoolCode) {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (DocumentSubmission.Programme p : documents.programmesToWrite(cycleId, schoolCode)) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("riskTitle", p.factorTitle());
      row.put("goal", p.goal());
      row.put("tasks", p.tasks());
      row.put("link", nullToEmpty(p.link()));
      // a new programme starts with one empty measure and one empty indicator, so the school sees their fields
      row.put("measures", p.measures().isEmpty() ? List.of(Map.of("what", "", "responsible", ""))
          : p.measures().stream().map(m -> Map.of("what", m.what(), "deadline", m.deadline().toString(),
              "responsible", m.responsible())).toList());
      row.put("indicators", p.indicators().isEmpty() ? List.of(Map.of("name", ""))
          : p.indicators().stream().map(i -> Map.of("name", i.name(), "baseline", i.baseline().doubleValue(),
              "target", i.target().doubleValue())).toList());
      rows.add(row);
    }
    return JsonValues.json(rows);
  }

  /** The curator's last comments, for a school whose documents came back (Markdown; empty if none). */
  public String lastComments(Long cycleId, String schoolCode) {
    List<DocumentReview> reviews = documents.reviews(cycleId, schoolCode);
    if (reviews.isEmpty() || reviews.get(reviews.size() - 1).accepted()) {
      return "";
    }
    return comments(reviews.get(reviews.size() - 1));
  }

  /** The latest version as the curator reads it (Markdown). */
  public SpinJsonNode summary(Long cycleId, String schoolCode) {
    return LongText.of(summaryText(cycleId, schoolCode));
  }

  String summaryText(Long cycleId, String schoolCode) {
    return documents.latest(cycleId, schoolCode).map(v -> {
      DocumentSubmission d = v.documents();
      StringBuilder text = new StringBuilder("**Версия " + v.number() + "**\n\n");
      text.append("**Концепция развития:** ").append(cell(d.conceptLink())).append("\n\n");
      if (d.conceptSummary() != null) {
        text.append(Markdown.text(d.conceptSummary())).append("\n\n");
      }
      text.append("**Дорожная карта:** ").append(cell(d.roadmapLink())).append("\n\n");
      for (DocumentSubmission.Programme p : d.programmes()) {
        text.append("#### Антирисковая программа «").append(cell(p.factorTitle())).append("»\n\n");
        text.append("**Цель:** ").append(Markdown.text(p.goal())).append("\n\n**Задачи:** ")
            .append(Markdown.text(p.tasks())).append("\n\n");
        if (p.link() != null) {
          text.append("**Ссылка:** ").append(cell(p.link())).append("\n\n");
        }
        text.append("| Мероприятие | Срок | Ответственный |\n|---|---|---|\n");
        p.measures().forEach(m -> text.append("| ").append(cell(m.what())).append(" | ")
            .append(CycleService.RUSSIAN_DATE.format(m.deadline())).append(" | ").append(cell(m.responsible()))
            .append(" |\n"));
        text.append("\n| Показатель | Базовое значение | Целевое значение |\n|---|---|---|\n");
        p.indicators().forEach(i -> text.append("| ").append(cell(i.name())).append(" | ")
            .append(RussianNumbers.decimal(i.baseline())).append(" | ")
            .append(RussianNumbers.decimal(i.target())).append(" |\n"));
        text.append("\n");
      }
      return text.toString();
    }).orElse("Документы ещё не представлены.");
  }

  /** Every review round so far (Markdown), for the curator and the coordinator. */
  public SpinJsonNode history(Long cycleId, String schoolCode) {
    return LongText.of(historyText(cycleId, schoolCode));
  }

  private String historyText(Long cycleId, String schoolCode) {
    List<DocumentReview> reviews = documents.reviews(cycleId, schoolCode);
    if (reviews.isEmpty()) {
      return "Проверок ещё не было.";
    }
    StringBuilder text = new StringBuilder();
    for (DocumentReview r : reviews) {
      text.append("**Раунд ").append(r.round()).append(" (версия ").append(r.version()).append(", ")
          .append(CycleService.RUSSIAN_DATE.format(LocalDate.ofInstant(r.reviewedAt(), calendar.zone())))
          .append(", ").append(cell(r.reviewer())).append("): ")
          .append(r.accepted() ? "принято" : "возвращено на доработку").append("**\n\n");
      if (!r.accepted()) {
        text.append(comments(r)).append("\n");
      }
    }
    return text.toString();
  }

  public long maxReviewRounds() {
    return documents.maxReviewRounds();
  }

  /** Reads the submitted form: links, summary and the programmes' list with their nested lists. */
  static DocumentSubmission submission(Object conceptLink, Object conceptSummary, Object roadmapLink,
      Object programmes, Map<String, String> factorCodesByTitle) {
    List<DocumentSubmission.Programme> result = new ArrayList<>();
    for (SpinJsonNode p : JsonValues.rows(programmes, "программы")) {
      String title = text(p, "riskTitle");
      String code = factorCodesByTitle.getOrDefault(title, title);
      List<DocumentSubmission.Measure> measures = new ArrayList<>();
      for (SpinJsonNode m : JsonValues.rows(p, "measures")) {
        measures.add(new DocumentSubmission.Measure(text(m, "what"), JsonValues.date(m, "deadline", "срок мероприятия"),
            text(m, "responsible")));
      }
      List<DocumentSubmission.Indicator> indicators = new ArrayList<>();
      for (SpinJsonNode i : JsonValues.rows(p, "indicators")) {
        indicators.add(new DocumentSubmission.Indicator(text(i, "name"), SchoolDocumentService.number(text(i, "baseline")),
            SchoolDocumentService.number(text(i, "target"))));
      }
      result.add(new DocumentSubmission.Programme(code, title, text(p, "goal"), text(p, "tasks"), text(p, "link"),
          measures, indicators));
    }
    return new DocumentSubmission(str(conceptLink), str(conceptSummary), str(roadmapLink), result);
  }

  private static String text(SpinJsonNode node, String field) {
    return JsonValues.text(node, field);
  }

  private static String str(Object value) {
    return value == null || value.toString().isBlank() ? null : value.toString().strip();
  }

  private static String comments(DocumentReview r) {
    StringBuilder text = new StringBuilder();
    if (r.conceptComment() != null) {
      text.append("- **Концепция:** ").append(Markdown.listItem(r.conceptComment())).append("\n");
    }
    if (r.roadmapComment() != null) {
      text.append("- **Дорожная карта:** ").append(Markdown.listItem(r.roadmapComment())).append("\n");
    }
    if (r.programmesComment() != null) {
      text.append("- **Антирисковые программы:** ").append(Markdown.listItem(r.programmesComment())).append("\n");
    }
    return text.toString();
  }

  /** What a user typed, within a line or a table cell. */
  private static String cell(String text) {
    return Markdown.inline(text);
  }

  private static String nullToEmpty(String text) {
    return text == null ? "" : text;
  }
}
