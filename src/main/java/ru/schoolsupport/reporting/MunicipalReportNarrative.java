package ru.schoolsupport.reporting;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Component;
import ru.schoolsupport.schoolyear.StageReport;

/**
 * The report's first text, written from the data in the shape of seed 004 («Слушали… Постановили…»):
 * the introduction with the figures, the key problems the schools named, and the decisions proposed.
 * The coordinator edits it; each part stays within {@link MunicipalReportProcess#MAX_TEXT} characters.
 */
@Component
public class MunicipalReportNarrative {

  static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
  /** How much of one school's problems the text quotes; the workbook has them in full. */
  static final int PROBLEMS_PER_SCHOOL = 400;
  /** How many schools a list in the text names before «и ещё …». */
  static final int NAMES_LISTED = 15;

  /**
   * @param sendBy the date the report is to reach the regional institute by
   */
  public MunicipalReport.Narrative draft(MunicipalReportData data, LocalDate sendBy) {
    return new MunicipalReport.Narrative(fit(intro(data)), fit(problems(data)), fit(decisions(data, sendBy)));
  }

  String intro(MunicipalReportData data) {
    int n = data.schools().size();
    StringBuilder text = new StringBuilder();
    text.append("В ").append(data.periodLabel()).append(" году в перечень общеобразовательных организаций, ")
        .append("получающих адресную методическую помощь (школы с низкими образовательными результатами и школы, ")
        .append("функционирующие в неблагоприятных социальных условиях), включено ")
        .append(RussianCount.schools(n));
    Map<String, Integer> byCategory = new LinkedHashMap<>();
    data.schools().forEach(s -> byCategory.merge(s.category(), 1, Integer::sum));
    if (!byCategory.isEmpty()) {
      List<String> parts = new ArrayList<>();
      byCategory.forEach((category, count) -> parts.add(category + " — " + count));
      text.append(" (").append(String.join(", ", parts)).append(")");
    }
    text.append(". За каждой школой закреплены школа-наставник и куратор");
    if (data.orderNumber() != null && data.orderDate() != null) {
      text.append(" (приказ № ").append(data.orderNumber()).append(" от ").append(DATE.format(data.orderDate()))
          .append(")");
    }
    text.append(".\n\n");
    if (n == 0) {
      return text.toString().strip();
    }

    String what = data.stage() == 0 ? "итоговые отчёты о реализации дорожных карт и антирисковых программ"
        : "отчёты о реализации " + (data.stage() == 1 ? "I" : "II") + " этапа дорожных карт";
    text.append("По состоянию на ").append(DATE.format(data.stageDeadline())).append(' ').append(what)
        .append(" представили ").append(data.reportedCount()).append(' ').append(RussianCount.ofSchools(n));
    List<MunicipalReportData.SchoolRow> late = data.reportedLate();
    if (!late.isEmpty()) {
      text.append(", из них с опозданием — ").append(late.size()).append(" (").append(names(late)).append(")");
    }
    List<MunicipalReportData.SchoolRow> missing = data.notReported();
    if (!missing.isEmpty()) {
      text.append("; не представили отчёт: ").append(names(missing));
    }
    text.append(".\n\n");

    BigDecimal average = data.averageShare();
    if (average != null) {
      text.append("Средняя доля выполненных мероприятий дорожных карт школ составляет ")
          .append(MunicipalReportData.percent(average));
      List<MunicipalReportData.SchoolRow> withShare = data.schools().stream()
          .filter(s -> s.roadmapDoneShare() != null)
          .sorted(Comparator.comparing(MunicipalReportData.SchoolRow::roadmapDoneShare)).toList();
      if (withShare.size() > 1) {
        MunicipalReportData.SchoolRow min = withShare.get(0);
        MunicipalReportData.SchoolRow max = withShare.get(withShare.size() - 1);
        text.append(" (от ").append(MunicipalReportData.percent(min.roadmapDoneShare())).append(" — ")
            .append(min.name()).append(", до ").append(MunicipalReportData.percent(max.roadmapDoneShare()))
            .append(" — ").append(max.name()).append(")");
      }
      text.append(".\n\n");
    }

    text.append("Проведено ").append(events(data)).append(" — всего ")
        .append(RussianCount.of(data.eventsHeld(), "мероприятие", "мероприятия", "мероприятий")).append(".");
    int green = data.total(MunicipalReportData.SchoolRow::greenProgrammes);
    int amber = data.total(MunicipalReportData.SchoolRow::amberProgrammes);
    int red = data.total(MunicipalReportData.SchoolRow::redProgrammes);
    if (green + amber + red > 0) {
      text.append("\n\nАнтирисковые программы школ: в зелёной зоне (идут по плану) — ").append(green)
          .append(", в жёлтой (есть риски) — ").append(amber).append(", в красной (отставание) — ").append(red)
          .append(".");
    }
    return text.toString().strip();
  }

  /** «8 консультаций, 3 семинара, 2 выезда в школы, 1 круглый стол и 0 других мероприятий». */
  static String events(MunicipalReportData data) {
    return RussianCount.consultations(data.consultations()) + ", " + RussianCount.seminars(data.seminars()) + ", "
        + RussianCount.visits(data.visits()) + ", " + RussianCount.roundTables(data.roundTables()) + " и "
        + RussianCount.otherEvents(data.otherEvents());
  }

  String problems(MunicipalReportData data) {
    StringBuilder text = new StringBuilder();
    List<MunicipalReportData.SchoolRow> red = data.inRed();
    if (!red.isEmpty()) {
      text.append("Отстают от плана (антирисковые программы в красной зоне): ").append(names(red)).append(".\n\n");
    }
    List<MunicipalReportData.SchoolRow> missing = data.notReported();
    if (!missing.isEmpty()) {
      text.append("Не представили отчёт: ").append(names(missing)).append(".\n\n");
    }
    // the schools at risk first, then the others, each with what it named
    List<MunicipalReportData.SchoolRow> withProblems = data.schools().stream()
        .filter(s -> s.problems() != null && !s.problems().isBlank())
        .sorted(Comparator.comparing((MunicipalReportData.SchoolRow s) -> riskOrder(s.rag()))
            .thenComparing(MunicipalReportData.SchoolRow::name))
        .toList();
    if (withProblems.isEmpty()) {
      text.append("Школы не сообщили о проблемах, препятствующих реализации дорожных карт.");
      return text.toString().strip();
    }
    text.append("Школы назвали следующие проблемы:\n");
    int budget = MunicipalReportProcess.MAX_TEXT - 200;
    for (int i = 0; i < withProblems.size(); i++) {
      MunicipalReportData.SchoolRow s = withProblems.get(i);
      String line = "— " + s.name() + ": " + shorten(s.problems().strip().replaceAll("\\s+", " "), PROBLEMS_PER_SCHOOL)
          + "\n";
      if (text.length() + line.length() > budget) {
        text.append("… и ещё ").append(RussianCount.schools(withProblems.size() - i))
            .append(" (полностью — в таблице XLSX, столбец «Проблемы»).");
        break;
      }
      text.append(line);
    }
    return text.toString().strip();
  }

  String decisions(MunicipalReportData data, LocalDate sendBy) {
    String stage = (data.stage() == 1 ? "I" : "II") + " этапа";
    String roadmap = "муниципальной «дорожной карты» адресной методической помощи школам с низкими образовательными "
        + "результатами и школам, функционирующим в неблагоприятных социальных условиях";
    List<String> items = new ArrayList<>();
    items.add((data.stage() == 0 ? "Информацию об итогах реализации " + roadmap + " за год"
        : "Информацию о выполнении " + stage + " " + roadmap) + " принять к сведению.");
    items.add("Разместить отчёт на сайте управления образования.");
    items.add("Направить " + (data.stage() == 0 ? "итоговый отчёт" : "отчёт о реализации " + stage)
        + " в региональный институт развития образования"
        + (data.regionalInstituteEmail() == null || data.regionalInstituteEmail().isBlank() ? ""
        : " на электронный адрес " + data.regionalInstituteEmail())
        + " в срок до " + DATE.format(sendBy) + ".");
    List<MunicipalReportData.SchoolRow> lateOrMissing = data.schools().stream().filter(s -> s.late() || !s.reported())
        .toList();
    if (!lateOrMissing.isEmpty()) {
      items.add("Кураторам школ " + names(lateOrMissing) + " обеспечить своевременное представление отчётов.");
    }
    List<MunicipalReportData.SchoolRow> red = data.inRed();
    if (!red.isEmpty()) {
      items.add("Рассмотреть на заседании коллегии вопрос об оказании дополнительной помощи школам: " + names(red)
          + ".");
    }
    if (data.stage() == 0) {
      items.add("Рассмотреть итоги года на заседании коллегии и принять решение по каждой школе: выход из перечня, "
          + "продолжение сопровождения или дополнительная помощь.");
    }
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < items.size(); i++) {
      text.append(i + 1).append(". ").append(items.get(i)).append('\n');
    }
    return text.toString().strip();
  }

  private static int riskOrder(StageReport.Rag rag) {
    return rag == null ? 3 : switch (rag) {
      case RED -> 0;
      case AMBER -> 1;
      case GREEN -> 2;
    };
  }

  /** The schools' names, the first {@link #NAMES_LISTED} of them: a region's list would not fit in the text. */
  private static String names(List<MunicipalReportData.SchoolRow> schools) {
    List<String> names = schools.stream().map(MunicipalReportData.SchoolRow::name).filter(Objects::nonNull).toList();
    if (names.size() <= NAMES_LISTED) {
      return String.join(", ", names);
    }
    return String.join(", ", names.subList(0, NAMES_LISTED)) + " и ещё " + RussianCount.of(names.size() - NAMES_LISTED,
        "школа", "школы", "школ") + " (см. таблицу XLSX)";
  }

  static String shorten(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max - 1).strip() + "…";
  }

  /** A part of the narrative as the form takes it: at most {@link MunicipalReportProcess#MAX_TEXT} characters. */
  static String fit(String text) {
    return shorten(text, MunicipalReportProcess.MAX_TEXT);
  }
}
