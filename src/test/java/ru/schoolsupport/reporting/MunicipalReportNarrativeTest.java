package ru.schoolsupport.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import ru.schoolsupport.schoolyear.StageReport;

/** The first narrative without an engine: Russian counts, and a region's worth of schools within the form's limits. */
class MunicipalReportNarrativeTest {

  final MunicipalReportNarrative narrative = new MunicipalReportNarrative();

  @Test
  void countsTakeTheFormTheNumberAsksFor() {
    assertThat(RussianCount.consultations(1)).isEqualTo("1 консультация");
    assertThat(RussianCount.consultations(3)).isEqualTo("3 консультации");
    assertThat(RussianCount.consultations(8)).isEqualTo("8 консультаций");
    assertThat(RussianCount.seminars(11)).isEqualTo("11 семинаров");
    assertThat(RussianCount.seminars(22)).isEqualTo("22 семинара");
    assertThat(RussianCount.roundTables(21)).isEqualTo("21 круглый стол");
    assertThat(RussianCount.ofSchools(3)).isEqualTo("из 3 школ");
    assertThat(RussianCount.ofSchools(21)).isEqualTo("из 21 школы");
    assertThat(RussianCount.ofSchools(11)).isEqualTo("из 11 школ");
  }

  @Test
  void aThousandSchoolsWithLongProblemsStayWithinFourThousandCharactersPerPart() {
    List<MunicipalReportData.SchoolRow> rows = new ArrayList<>();
    for (int i = 1; i <= 1000; i++) {
      boolean reported = i % 10 != 0;
      rows.add(new MunicipalReportData.SchoolRow("s" + i, "МОБУ СОШ № " + i, "Школа " + i, "ШНОР", "500+", "МОБУ лицей № 7",
          "Кузнецова О.Н.", "Реализация программ", "приняты",
          reported ? MunicipalReportData.ReportState.CONFIRMED : MunicipalReportData.ReportState.NONE,
          reported ? BigDecimal.valueOf(i % 100) : null, i % 7 == 0 ? StageReport.Rag.RED : StageReport.Rag.GREEN, 1, 0,
          i % 7 == 0 ? 1 : 0, 2, 1, 1, 0, 0, 3, 5, i % 9 == 0, reported ? "Проблема школы " + i + ": " + "нет учителей. ".repeat(100)
          : null, null));
    }
    MunicipalReportData data = new MunicipalReportData(1, 2, "Управление", "Цикл 2030", "2030", LocalDate.of(2030, 11, 30),
        "208", LocalDate.of(2030, 2, 1), "iro@example.ru", rows);

    MunicipalReport.Narrative text = narrative.draft(data, LocalDate.of(2030, 12, 7));

    assertThat(text.intro()).hasSizeLessThanOrEqualTo(MunicipalReportProcess.MAX_TEXT).startsWith("В 2030 году")
        .contains("включено 1000 школ").contains("приказ № 208 от 01.02.2030");
    assertThat(text.problems()).hasSizeLessThanOrEqualTo(MunicipalReportProcess.MAX_TEXT)
        .contains("полностью — в таблице XLSX");
    assertThat(text.decisions()).hasSizeLessThanOrEqualTo(MunicipalReportProcess.MAX_TEXT)
        .startsWith("1. Информацию о выполнении II этапа");
    assertThat(new MunicipalReportWorkbook().render(data)).isNotEmpty();
  }

  @Test
  void theFinalReportAsksTheCollegiumForADecisionPerSchool() {
    MunicipalReportData data = new MunicipalReportData(1, 0, "Управление", "Цикл 2030", "2030", LocalDate.of(2030, 12, 15),
        null, null, "iro@example.ru", List.of());
    MunicipalReport.Narrative text = narrative.draft(data, LocalDate.of(2030, 12, 22));
    assertThat(text.intro()).contains("включено 0 школ");
    assertThat(text.problems()).isEqualTo("Школы не сообщили о проблемах, препятствующих реализации дорожных карт.");
    assertThat(text.decisions()).contains("Информацию об итогах реализации").contains("Направить итоговый отчёт").contains("в срок до 22.12.2030")
        .contains("принять решение по каждой школе");
    assertThat(MunicipalReportData.title(0, "2030/31")).isEqualTo("Итоговый муниципальный отчёт, 2030/31");
  }
}
