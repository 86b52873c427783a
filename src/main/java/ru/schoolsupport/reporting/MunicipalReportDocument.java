package ru.schoolsupport.reporting;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.springframework.stereotype.Component;

/**
 * The report as a Word document (DOCX), in the shape of seeds 003 and 004: the introduction, a
 * table of the schools with the share of the roadmap done, the events held by kind, the key
 * problems and the proposed decisions. The texts are the coordinator's (edited) narrative.
 */
@Component
public class MunicipalReportDocument {

  static final String FONT = "Times New Roman";
  /** The schools' table: its columns, in order. */
  public static final String[] SCHOOL_COLUMNS = {"№", "Школа", "Школа-наставник", "Куратор",
      "Выполнено дорожной карты", "Статус", "Мероприятий проведено", "Отчёт"};

  /**
   * @param coordinator «Баранова Е. В.», who signs the report; null leaves a line to sign on
   */
  public byte[] render(MunicipalReportData data, MunicipalReport.Narrative narrative, String coordinator) {
    try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      centered(doc, data.municipalityName(), true, 14);
      centered(doc, heading(data), true, 13);
      centered(doc, "по состоянию на " + MunicipalReportNarrative.DATE.format(data.stageDeadline()), false, 12);

      section(doc, "1. Общие сведения");
      paragraphs(doc, narrative.intro());

      section(doc, "2. Выполнение дорожных карт школ");
      XWPFTable schools = table(doc, SCHOOL_COLUMNS);
      int n = 1;
      for (MunicipalReportData.SchoolRow s : data.schools()) {
        XWPFTableRow row = schools.createRow();
        cell(row, 0, String.valueOf(n++));
        cell(row, 1, s.name());
        cell(row, 2, s.mentor());
        cell(row, 3, s.curator());
        cell(row, 4, MunicipalReportData.percent(s.roadmapDoneShare()));
        cell(row, 5, MunicipalReportWorkbook.ragTitle(s.rag()));
        cell(row, 6, s.reported() ? String.valueOf(s.eventsHeld()) : "—");
        cell(row, 7, s.timeliness());
      }
      XWPFTableRow total = schools.createRow();
      cell(total, 1, "В среднем / всего");
      cell(total, 4, MunicipalReportData.percent(data.averageShare()));
      cell(total, 6, String.valueOf(data.eventsHeld()));
      cell(total, 7, "представили " + data.reportedCount() + " из " + data.schools().size());

      section(doc, "3. Проведённые мероприятия");
      paragraph(doc, "Проведено " + MunicipalReportNarrative.events(data) + ".", false);
      XWPFTable events = table(doc, "Вид мероприятия", "Количество");
      String[][] rows = {
          {"Консультации", String.valueOf(data.consultations())},
          {"Семинары", String.valueOf(data.seminars())},
          {"Выезды в школы и посещения", String.valueOf(data.visits())},
          {"Круглые столы", String.valueOf(data.roundTables())},
          {"Другие мероприятия", String.valueOf(data.otherEvents())},
          {"Всего", String.valueOf(data.eventsHeld())}};
      for (String[] r : rows) {
        XWPFTableRow row = events.createRow();
        cell(row, 0, r[0]);
        cell(row, 1, r[1]);
      }

      section(doc, "4. Ключевые проблемы");
      paragraphs(doc, narrative.problems());

      section(doc, "5. Предлагаемые решения");
      paragraphs(doc, narrative.decisions());

      paragraph(doc, "", false);
      paragraph(doc, "Муниципальный координатор\t\t\t\t" + (coordinator == null ? "____________" : coordinator), false);
      doc.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String heading(MunicipalReportData data) {
    String subject = "адресной методической помощи школам с низкими образовательными результатами и школам, "
        + "функционирующим в неблагоприятных социальных условиях, " + data.periodLabel();
    return data.stage() == 0
        ? "Итоговый отчёт о реализации муниципальной «дорожной карты» " + subject
        : "Отчёт о выполнении " + (data.stage() == 1 ? "I" : "II") + " этапа муниципальной «дорожной карты» " + subject;
  }

  /** The file name the document is downloaded and sent as. */
  public static String fileName(MunicipalReportData data) {
    return data.title().replace('/', '-') + ".docx";
  }

  private static void paragraphs(XWPFDocument doc, String text) {
    if (text == null || text.isBlank()) {
      paragraph(doc, "—", false);
      return;
    }
    for (String line : text.strip().split("\\R")) {
      if (!line.isBlank()) {
        paragraph(doc, line.strip(), false);
      }
    }
  }

  private static void section(XWPFDocument doc, String title) {
    XWPFParagraph p = doc.createParagraph();
    p.setSpacingBefore(200);
    run(p, title, true, 12);
  }

  private static XWPFTable table(XWPFDocument doc, String... headers) {
    XWPFTable table = doc.createTable(1, headers.length);
    table.setWidth("100%");
    for (int i = 0; i < headers.length; i++) {
      run(table.getRow(0).getCell(i).getParagraphs().get(0), headers[i], true, 11);
    }
    return table;
  }

  private static void cell(XWPFTableRow row, int index, String text) {
    run(row.getCell(index).getParagraphs().get(0), text == null ? "" : text, false, 11);
  }

  private static void centered(XWPFDocument doc, String text, boolean bold, int size) {
    XWPFParagraph p = doc.createParagraph();
    p.setAlignment(ParagraphAlignment.CENTER);
    run(p, text, bold, size);
  }

  private static void paragraph(XWPFDocument doc, String text, boolean bold) {
    XWPFParagraph p = doc.createParagraph();
    p.setAlignment(ParagraphAlignment.BOTH);
    run(p, text, bold, 12);
  }

  private static void run(XWPFParagraph p, String text, boolean bold, int size) {
    XWPFRun run = p.createRun();
    run.setFontFamily(FONT);
    run.setFontSize(size);
    run.setBold(bold);
    String[] parts = text.split("\t", -1);
    for (int i = 0; i < parts.length; i++) {
      if (i > 0) {
        run.addTab();
      }
      run.setText(parts[i], i);
    }
  }
}
