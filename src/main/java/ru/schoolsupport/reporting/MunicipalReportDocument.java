package ru.schoolsupport.reporting;

import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.springframework.stereotype.Component;
import ru.schoolsupport.documents.WordDocument;

/**
 * The report as a Word document (DOCX), in the shape of seeds 003 and 004: the introduction, a
 * table of the schools with the share of the roadmap done, the events held by kind, the key
 * problems and the proposed decisions. The texts are the coordinator's (edited) narrative.
 */
@Component
public class MunicipalReportDocument {

  /** The schools' table: its columns, in order. */
  public static final String[] SCHOOL_COLUMNS = {"№", "Школа", "Школа-наставник", "Куратор",
      "Выполнено дорожной карты", "Статус", "Мероприятий проведено", "Отчёт"};

  /**
   * @param coordinator «Баранова Е. В.», who signs the report; null leaves a line to sign on
   */
  public byte[] render(MunicipalReportData data, MunicipalReport.Narrative narrative, String coordinator) {
    WordDocument doc = new WordDocument(11);
    doc.centered(data.municipalityName(), true, 14);
    doc.centered(heading(data), true, 13);
    doc.centered("по состоянию на " + MunicipalReportNarrative.DATE.format(data.stageDeadline()), false, 12);

    section(doc, "1. Общие сведения");
    paragraphs(doc, narrative.intro());

    section(doc, "2. Выполнение дорожных карт школ");
    XWPFTable schools = doc.table(SCHOOL_COLUMNS);
    int n = 1;
    for (MunicipalReportData.SchoolRow s : data.schools()) {
      XWPFTableRow row = schools.createRow();
      doc.cell(row, 0, String.valueOf(n++));
      doc.cell(row, 1, s.name());
      doc.cell(row, 2, s.mentor());
      doc.cell(row, 3, s.curator());
      doc.cell(row, 4, MunicipalReportData.percent(s.roadmapDoneShare()));
      doc.cell(row, 5, MunicipalReportWorkbook.ragTitle(s.rag()));
      doc.cell(row, 6, s.reported() ? String.valueOf(s.eventsHeld()) : "—");
      doc.cell(row, 7, s.timeliness());
    }
    XWPFTableRow total = schools.createRow();
    doc.cell(total, 1, "В среднем / всего");
    doc.cell(total, 4, MunicipalReportData.percent(data.averageShare()));
    doc.cell(total, 6, String.valueOf(data.eventsHeld()));
    doc.cell(total, 7, "представили " + data.reportedCount() + " из " + data.schools().size());

    section(doc, "3. Проведённые мероприятия");
    doc.paragraph("Проведено " + MunicipalReportNarrative.events(data) + ".", false);
    XWPFTable events = doc.table("Вид мероприятия", "Количество");
    String[][] rows = {
        {"Консультации", String.valueOf(data.consultations())},
        {"Семинары", String.valueOf(data.seminars())},
        {"Выезды в школы и посещения", String.valueOf(data.visits())},
        {"Круглые столы", String.valueOf(data.roundTables())},
        {"Другие мероприятия", String.valueOf(data.otherEvents())},
        {"Всего", String.valueOf(data.eventsHeld())}};
    for (String[] r : rows) {
      XWPFTableRow row = events.createRow();
      doc.cell(row, 0, r[0]);
      doc.cell(row, 1, r[1]);
    }

    section(doc, "4. Ключевые проблемы");
    paragraphs(doc, narrative.problems());

    section(doc, "5. Предлагаемые решения");
    paragraphs(doc, narrative.decisions());

    doc.paragraph("", false);
    doc.paragraph("Муниципальный координатор\t\t\t\t" + (coordinator == null ? "____________" : coordinator), false);
    return doc.bytes();
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

  private static void paragraphs(WordDocument doc, String text) {
    if (text == null || text.isBlank()) {
      doc.paragraph("—", false);
      return;
    }
    for (String line : text.strip().split("\\R")) {
      if (!line.isBlank()) {
        doc.paragraph(line.strip(), false);
      }
    }
  }

  private static void section(WordDocument doc, String title) {
    XWPFParagraph p = doc.newParagraph();
    p.setSpacingBefore(200);
    doc.run(p, title, true, 12);
  }
}
