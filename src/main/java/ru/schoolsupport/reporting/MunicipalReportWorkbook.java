package ru.schoolsupport.reporting;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Component;
import ru.schoolsupport.schoolyear.StageReport;

/**
 * The report as a workbook (XLSX): a row per school with the share of the roadmap done, the
 * red/amber/green status, the events held, late or not, the curator and the mentor school, a row of
 * totals, and a native Excel bar chart of roadmap completion per school; a second sheet with the
 * events by kind.
 */
@Component
public class MunicipalReportWorkbook {

  public static final String SCHOOLS_SHEET = "Школы";
  public static final String EVENTS_SHEET = "Мероприятия";
  /** The columns of the schools' sheet, in order. */
  public static final List<String> HEADERS = List.of("№", "Школа", "Категория", "Проект", "Школа-наставник", "Куратор",
      "Этап года", "Документы", "Отчёт школы", "Выполнено дорожной карты, %", "Статус (RAG)",
      "Мероприятий выполнено / всего", "Консультации", "Семинары", "Выезды и посещения", "Круглые столы", "Другие",
      "Всего мероприятий", "Срок", "Проблемы");
  public static final int COL_SCHOOL = 1;
  public static final int COL_CURATOR = 5;
  public static final int COL_MENTOR = 4;
  public static final int COL_SHARE = 9;
  public static final int COL_RAG = 10;
  public static final int COL_EVENTS = 17;
  public static final int COL_TIMELINESS = 18;
  /** The header row's index (0-based): the title and the date come first. */
  public static final int HEADER_ROW = 3;

  public byte[] render(MunicipalReportData data) {
    try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Styles styles = new Styles(workbook);
      XSSFSheet sheet = workbook.createSheet(SCHOOLS_SHEET);
      text(sheet.createRow(0), 0, data.municipalityName(), styles.bold);
      text(sheet.createRow(1), 0, data.title(), styles.title);
      text(sheet.createRow(2), 0, "По состоянию на " + MunicipalReportNarrative.DATE.format(data.stageDeadline())
          + "; школ в перечне: " + data.schools().size() + ", отчёт представили: " + data.reportedCount(), null);

      XSSFRow header = sheet.createRow(HEADER_ROW);
      for (int i = 0; i < HEADERS.size(); i++) {
        text(header, i, HEADERS.get(i), styles.header);
      }
      int r = HEADER_ROW + 1;
      int n = 1;
      for (MunicipalReportData.SchoolRow s : data.schools()) {
        XSSFRow row = sheet.createRow(r++);
        number(row, 0, n++, styles.cell);
        text(row, 1, s.name(), styles.cell);
        text(row, 2, s.category(), styles.cell);
        text(row, 3, s.project(), styles.cell);
        text(row, 4, s.mentor(), styles.cell);
        text(row, 5, s.curator(), styles.cell);
        text(row, 6, s.yearStage(), styles.cell);
        text(row, 7, s.documentsStatus(), styles.cell);
        text(row, 8, s.reportState().title(), styles.cell);
        if (s.roadmapDoneShare() != null) {
          number(row, COL_SHARE, s.roadmapDoneShare().doubleValue(), styles.share);
        } else {
          text(row, COL_SHARE, "", styles.cell);
        }
        text(row, COL_RAG, ragTitle(s.rag()), styles.rag(s.rag()));
        text(row, 11, s.reported() ? s.measuresDone() + " / " + s.measuresTotal() : "", styles.cell);
        number(row, 12, s.consultations(), styles.cell);
        number(row, 13, s.seminars(), styles.cell);
        number(row, 14, s.visits(), styles.cell);
        number(row, 15, s.roundTables(), styles.cell);
        number(row, 16, s.otherEvents(), styles.cell);
        number(row, COL_EVENTS, s.eventsHeld(), styles.cell);
        text(row, COL_TIMELINESS, s.timeliness(), s.late() ? styles.late : styles.cell);
        text(row, 19, s.problems() == null ? "" : s.problems(), styles.wrapped);
      }
      int firstDataRow = HEADER_ROW + 1;
      int lastDataRow = r - 1;
      XSSFRow totals = sheet.createRow(r++);
      text(totals, 1, "Итого", styles.header);
      if (data.averageShare() != null) {
        number(totals, COL_SHARE, data.averageShare().doubleValue(), styles.shareBold);
        text(totals, COL_RAG, "в среднем", styles.header);
      }
      number(totals, 12, data.consultations(), styles.header);
      number(totals, 13, data.seminars(), styles.header);
      number(totals, 14, data.visits(), styles.header);
      number(totals, 15, data.roundTables(), styles.header);
      number(totals, 16, data.otherEvents(), styles.header);
      number(totals, COL_EVENTS, data.eventsHeld(), styles.header);
      text(totals, COL_TIMELINESS, "с опозданием или без отчёта: "
          + data.schools().stream().filter(MunicipalReportData.SchoolRow::late).count(), styles.header);

      int[] widths = {5, 28, 14, 16, 24, 20, 24, 18, 20, 14, 16, 14, 12, 10, 12, 10, 9, 12, 22, 60};
      for (int i = 0; i < widths.length; i++) {
        sheet.setColumnWidth(i, widths[i] * 256);
      }
      sheet.createFreezePane(2, HEADER_ROW + 1);

      if (!data.schools().isEmpty()) {
        completionChart(sheet, firstDataRow, lastDataRow, r + 1, data);
      }
      eventsSheet(workbook, styles, data);
      workbook.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A native bar chart: one bar per school, the share of its roadmap done (0–100 %). */
  private static void completionChart(XSSFSheet sheet, int firstRow, int lastRow, int anchorRow,
      MunicipalReportData data) {
    XSSFDrawing drawing = sheet.createDrawingPatriarch();
    int height = Math.max(16, Math.min(60, (lastRow - firstRow + 1) + 10));
    XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, 1, anchorRow, 12, anchorRow + height);
    XSSFChart chart = drawing.createChart(anchor);
    chart.setTitleText("Выполнение дорожных карт школ, % (" + MunicipalReportData.stageTitle(data.stage()) + ")");
    chart.setTitleOverlay(false);
    XDDFCategoryAxis schools = chart.createCategoryAxis(AxisPosition.LEFT);
    schools.setTitle("Школа");
    XDDFValueAxis share = chart.createValueAxis(AxisPosition.BOTTOM);
    share.setTitle("Выполнено, %");
    share.setMinimum(0);
    share.setMaximum(100);
    share.setCrosses(AxisCrosses.AUTO_ZERO);
    XDDFCategoryDataSource names = XDDFDataSourcesFactory.fromStringCellRange(sheet,
        new CellRangeAddress(firstRow, lastRow, COL_SCHOOL, COL_SCHOOL));
    XDDFNumericalDataSource<Double> values = XDDFDataSourcesFactory.fromNumericCellRange(sheet,
        new CellRangeAddress(firstRow, lastRow, COL_SHARE, COL_SHARE));
    XDDFBarChartData bars = (XDDFBarChartData) chart.createData(ChartTypes.BAR, schools, share);
    bars.setBarDirection(BarDirection.BAR);
    bars.setVaryColors(false);
    XDDFBarChartData.Series series = (XDDFBarChartData.Series) bars.addSeries(names, values);
    series.setTitle("Выполнено дорожной карты, %", null);
    chart.plot(bars);
  }

  private static void eventsSheet(XSSFWorkbook workbook, Styles styles, MunicipalReportData data) {
    XSSFSheet sheet = workbook.createSheet(EVENTS_SHEET);
    text(sheet.createRow(0), 0, "Проведённые мероприятия — " + data.title(), styles.title);
    XSSFRow header = sheet.createRow(2);
    text(header, 0, "Вид мероприятия", styles.header);
    text(header, 1, "Количество", styles.header);
    Object[][] rows = {
        {"Консультации", data.consultations()},
        {"Семинары", data.seminars()},
        {"Выезды в школы и посещения", data.visits()},
        {"Круглые столы", data.roundTables()},
        {"Другие мероприятия", data.otherEvents()},
        {"Всего", data.eventsHeld()}};
    int r = 3;
    for (Object[] row : rows) {
      XSSFRow x = sheet.createRow(r++);
      text(x, 0, (String) row[0], "Всего".equals(row[0]) ? styles.header : styles.cell);
      number(x, 1, (Integer) row[1], "Всего".equals(row[0]) ? styles.header : styles.cell);
    }
    sheet.setColumnWidth(0, 32 * 256);
    sheet.setColumnWidth(1, 14 * 256);
  }

  static String ragTitle(StageReport.Rag rag) {
    return rag == null ? "—" : switch (rag) {
      case GREEN -> "зелёный";
      case AMBER -> "жёлтый";
      case RED -> "красный";
    };
  }

  private static void text(Row row, int column, String value, CellStyle style) {
    XSSFCell cell = (XSSFCell) row.createCell(column);
    cell.setCellValue(value == null ? "" : value);
    if (style != null) {
      cell.setCellStyle(style);
    }
  }

  private static void number(Row row, int column, double value, CellStyle style) {
    XSSFCell cell = (XSSFCell) row.createCell(column);
    cell.setCellValue(value);
    if (style != null) {
      cell.setCellStyle(style);
    }
  }

  /** The few cell styles the sheet uses (a workbook holds a limited number of styles). */
  private static final class Styles {
    final CellStyle title;
    final CellStyle bold;
    final CellStyle header;
    final CellStyle cell;
    final CellStyle wrapped;
    final CellStyle share;
    final CellStyle shareBold;
    final CellStyle late;
    final CellStyle green;
    final CellStyle amber;
    final CellStyle red;

    Styles(XSSFWorkbook workbook) {
      Font boldFont = workbook.createFont();
      boldFont.setBold(true);
      Font titleFont = workbook.createFont();
      titleFont.setBold(true);
      titleFont.setFontHeightInPoints((short) 14);
      title = workbook.createCellStyle();
      title.setFont(titleFont);
      bold = workbook.createCellStyle();
      bold.setFont(boldFont);
      header = bordered(workbook);
      header.setFont(boldFont);
      header.setWrapText(true);
      header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
      header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
      cell = bordered(workbook);
      wrapped = bordered(workbook);
      wrapped.setWrapText(true);
      share = bordered(workbook);
      share.setDataFormat(workbook.createDataFormat().getFormat("0.0"));
      shareBold = bordered(workbook);
      shareBold.setDataFormat(workbook.createDataFormat().getFormat("0.0"));
      shareBold.setFont(boldFont);
      late = filled(workbook, IndexedColors.ROSE);
      green = filled(workbook, IndexedColors.LIGHT_GREEN);
      amber = filled(workbook, IndexedColors.LIGHT_YELLOW);
      red = filled(workbook, IndexedColors.CORAL);
    }

    CellStyle rag(StageReport.Rag rag) {
      return rag == null ? cell : switch (rag) {
        case GREEN -> green;
        case AMBER -> amber;
        case RED -> red;
      };
    }

    private static CellStyle bordered(XSSFWorkbook workbook) {
      CellStyle style = workbook.createCellStyle();
      style.setBorderBottom(BorderStyle.THIN);
      style.setBorderTop(BorderStyle.THIN);
      style.setBorderLeft(BorderStyle.THIN);
      style.setBorderRight(BorderStyle.THIN);
      return style;
    }

    private static CellStyle filled(XSSFWorkbook workbook, IndexedColors color) {
      CellStyle style = bordered(workbook);
      style.setFillForegroundColor(color.getIndex());
      style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
      return style;
    }
  }

  /** The file name the workbook is downloaded and sent as. */
  public static String fileName(MunicipalReportData data) {
    return data.title().replace('/', '-') + ".xlsx";
  }
}
