package ru.schoolsupport.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import ru.schoolsupport.SchoolSupportTest;
import ru.schoolsupport.cycle.Cycle;
import ru.schoolsupport.cycle.CycleService;
import ru.schoolsupport.listformation.CycleSchoolRepository;
import ru.schoolsupport.schoolyear.StageReport;
import ru.schoolsupport.schoolyear.StageReportRepository;

/**
 * The generated files, opened as the regional institute opens them: the workbook's row per school
 * with its values and its native chart, and the document's tables and narrative.
 */
@SchoolSupportTest
class MunicipalReportFilesTest {

  @Autowired CycleService cycles;
  @Autowired CycleSchoolRepository cycleSchools;
  @Autowired StageReportRepository stageReports;
  @Autowired MunicipalReportService reports;

  Cycle cycle;
  MunicipalReport report;

  @BeforeEach
  void generated() {
    cycle = ReportingFixtures.cycleWithStageOneReports(cycles, cycleSchools, stageReports);
    report = reports.generate(cycle.id(), 1, null);
  }

  @Test
  void theWorkbookHasARowPerSchoolWithItsFiguresAndANativeBarChart() throws Exception {
    MunicipalReport.File file = reports.workbook(cycle.id(), 1).orElseThrow();
    assertThat(file.fileName()).isEqualTo("Муниципальный отчёт за I этап, " + cycle.startYear() + ".xlsx");
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file.content()))) {
      XSSFSheet sheet = workbook.getSheet(MunicipalReportWorkbook.SCHOOLS_SHEET);
      Row header = sheet.getRow(MunicipalReportWorkbook.HEADER_ROW);
      assertThat(header.getCell(MunicipalReportWorkbook.COL_SHARE).getStringCellValue())
          .isEqualTo("Выполнено дорожной карты, %");

      Row sosh6 = row(sheet, "МОБУ СОШ № 6");
      assertThat(sosh6.getCell(MunicipalReportWorkbook.COL_SHARE).getNumericCellValue()).isEqualTo(70.0);
      assertThat(sosh6.getCell(MunicipalReportWorkbook.COL_RAG).getStringCellValue()).isEqualTo("зелёный");
      assertThat(sosh6.getCell(MunicipalReportWorkbook.COL_EVENTS).getNumericCellValue()).isEqualTo(13.0);
      assertThat(sosh6.getCell(MunicipalReportWorkbook.COL_TIMELINESS).getStringCellValue()).isEqualTo("в срок");
      assertThat(sosh6.getCell(MunicipalReportWorkbook.COL_CURATOR).getStringCellValue()).isEqualTo("Кузнецова О.Н.");
      assertThat(sosh6.getCell(MunicipalReportWorkbook.COL_MENTOR).getStringCellValue()).isEqualTo("МОБУ лицей № 7");

      Row sosh12 = row(sheet, "МАОУ СОШ № 12");
      assertThat(sosh12.getCell(MunicipalReportWorkbook.COL_SHARE).getNumericCellValue())
          .as("the latest version counts").isEqualTo(40.0);
      assertThat(sosh12.getCell(MunicipalReportWorkbook.COL_RAG).getStringCellValue()).isEqualTo("красный");
      assertThat(sosh12.getCell(MunicipalReportWorkbook.COL_TIMELINESS).getStringCellValue()).isEqualTo("с опозданием");
      assertThat(sosh12.getCell(MunicipalReportWorkbook.HEADERS.indexOf("Проблемы")).getStringCellValue())
          .isEqualTo(ReportingFixtures.SOSH12_PROBLEMS);

      Row sosh20 = row(sheet, "МОБУ СОШ № 20");
      assertThat(sosh20.getCell(MunicipalReportWorkbook.COL_TIMELINESS).getStringCellValue()).isEqualTo("не представлен");
      assertThat(sosh20.getCell(MunicipalReportWorkbook.COL_EVENTS).getNumericCellValue()).isZero();

      Row totals = row(sheet, "Итого");
      assertThat(totals.getCell(MunicipalReportWorkbook.COL_SHARE).getNumericCellValue()).isEqualTo(55.0);
      assertThat(totals.getCell(MunicipalReportWorkbook.COL_EVENTS).getNumericCellValue()).isEqualTo(18.0);

      XSSFDrawing drawing = sheet.getDrawingPatriarch();
      assertThat(drawing).as("the sheet has a drawing").isNotNull();
      List<XSSFChart> charts = drawing.getCharts();
      assertThat(charts).hasSize(1);
      XSSFChart chart = charts.get(0);
      assertThat(chart.getTitleText().getString()).startsWith("Выполнение дорожных карт школ");
      List<XDDFChartData> data = chart.getChartSeries();
      assertThat(data).hasSize(1).first().isInstanceOf(XDDFBarChartData.class);
      XDDFChartData.Series series = data.get(0).getSeries(0);
      assertThat(series.getCategoryData().getPointCount()).isEqualTo(3);
      assertThat(series.getValuesData().getDataRangeReference()).contains("$J$5:$J$7");

      XSSFSheet events = workbook.getSheet(MunicipalReportWorkbook.EVENTS_SHEET);
      assertThat(row(events, "Консультации").getCell(1).getNumericCellValue()).isEqualTo(10.0);
      assertThat(row(events, "Всего").getCell(1).getNumericCellValue()).isEqualTo(18.0);
    }
  }

  @Test
  void theDocumentHasTheNarrativeTheSchoolsTableAndTheEventsHeld() throws Exception {
    MunicipalReport.File file = reports.document(cycle.id(), 1).orElseThrow();
    try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(file.content()))) {
      List<String> paragraphs = docx.getParagraphs().stream().map(XWPFParagraph::getText).toList();
      assertThat(paragraphs).anyMatch(p -> p.startsWith("Отчёт о выполнении I этапа муниципальной «дорожной карты»"));
      assertThat(paragraphs).anyMatch(p -> p.contains("включено 3 школы"));
      assertThat(paragraphs).anyMatch(p -> p.contains("представили 2 из 3 школ, из них с опозданием — 1 (МАОУ СОШ № 12)"));
      assertThat(paragraphs).anyMatch(p -> p.contains("Проведено 10 консультаций, 4 семинара, 2 выезда в школы"));
      assertThat(paragraphs).anyMatch(p -> p.contains("МАОУ СОШ № 12: " + ReportingFixtures.SOSH12_PROBLEMS));
      assertThat(paragraphs).anyMatch(p -> p.contains("cokio@iro.example.ru"));

      List<XWPFTable> tables = docx.getTables();
      assertThat(tables).hasSize(2);
      XWPFTable schools = tables.get(0);
      assertThat(texts(schools.getRow(0))).containsExactly(MunicipalReportDocument.SCHOOL_COLUMNS);
      XWPFTableRow sosh6 = schools.getRows().stream().filter(r -> r.getCell(1).getText().equals("МОБУ СОШ № 6"))
          .findFirst().orElseThrow();
      assertThat(texts(sosh6).subList(1, 8)).containsExactly("МОБУ СОШ № 6", "МОБУ лицей № 7", "Кузнецова О.Н.",
          "70 %", "зелёный", "13", "в срок");
      assertThat(schools.getRows()).hasSize(5);
      assertThat(texts(schools.getRow(4))).contains("55 %", "18", "представили 2 из 3");
      XWPFTable events = tables.get(1);
      assertThat(texts(events.getRow(1))).containsExactly("Консультации", "10");
      assertThat(texts(events.getRow(6))).containsExactly("Всего", "18");
    }
  }

  @Test
  void theFirstNarrativeIsWrittenFromTheData() {
    MunicipalReport.Narrative text = reports.get(report.id()).narrative();
    assertThat(text.intro()).contains("В " + cycle.startYear() + " году").contains("включено 3 школы")
        .contains("ШНОР — 1").contains("не представили отчёт: МОБУ СОШ № 20")
        .contains("Средняя доля выполненных мероприятий дорожных карт школ составляет 55 %")
        .contains("в красной (отставание) — 1");
    assertThat(text.problems()).startsWith("Отстают от плана (антирисковые программы в красной зоне): МАОУ СОШ № 12")
        .contains("МАОУ СОШ № 12: " + ReportingFixtures.SOSH12_PROBLEMS);
    assertThat(text.decisions()).contains("1. Информацию о выполнении I этапа")
        .contains("на электронный адрес cokio@iro.example.ru в срок до 31.05." + cycle.startYear())
        .contains("Рассмотреть на заседании коллегии вопрос об оказании дополнительной помощи школам: МАОУ СОШ № 12");
    assertThat(reports.get(report.id()).status()).isEqualTo(MunicipalReportStatus.DRAFT);
  }

  @Test
  void whatASchoolTypedIsTextInBothFilesNeverAFormulaOrMarkup() throws Exception {
    String typed = "=HYPERLINK(\"http://evil.example\",\"x\") <w:t>вставка</w:t> & <b>жирный</b>";
    stageReports.save(cycle.id(), "sosh20", 1, new StageReport.Figures(new BigDecimal("5"), 0, 0, 0, 0, 0), typed,
        null, List.of(), List.of(), List.of(), "director.sosh20", Instant.now(), false);
    reports.generate(cycle.id(), 1, null);

    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(
        reports.workbook(cycle.id(), 1).orElseThrow().content()))) {
      Cell problems = row(workbook.getSheet(MunicipalReportWorkbook.SCHOOLS_SHEET), "МОБУ СОШ № 20")
          .getCell(MunicipalReportWorkbook.HEADERS.indexOf("Проблемы"));
      assertThat(problems.getCellType()).isEqualTo(CellType.STRING);
      assertThat(problems.getStringCellValue()).isEqualTo(typed);
    }
    try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(
        reports.document(cycle.id(), 1).orElseThrow().content()))) {
      StringBuilder text = new StringBuilder();
      document.getParagraphs().forEach(p -> text.append(p.getText()).append('\n'));
      document.getTables().forEach(t -> text.append(t.getText()).append('\n'));
      assertThat(text.toString()).contains(typed);
    }
  }

  private static Row row(XSSFSheet sheet, String label) {
    for (Row row : sheet) {
      for (int column : new int[] {0, 1}) {
        if (row.getCell(column) != null && row.getCell(column).getCellType() == org.apache.poi.ss.usermodel.CellType.STRING
            && label.equals(row.getCell(column).getStringCellValue())) {
          return row;
        }
      }
    }
    throw new AssertionError("No row " + label);
  }

  private static List<String> texts(XWPFTableRow row) {
    List<String> texts = new ArrayList<>();
    for (XWPFTableCell cell : row.getTableCells()) {
      texts.add(cell.getText());
    }
    return texts;
  }
}
