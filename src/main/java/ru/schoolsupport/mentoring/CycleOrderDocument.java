package ru.schoolsupport.mentoring;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.springframework.stereotype.Component;

/** Renders a cycle's order as a Word document (DOCX), as a department prints and signs it. */
@Component
public class CycleOrderDocument {

  static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy 'г.'", Locale.forLanguageTag("ru"));
  static final DateTimeFormatter SHORT_DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
  static final String FONT = "Times New Roman";

  public byte[] render(CycleOrder order) {
    try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      centered(doc, order.municipalityName(), true, 14);
      centered(doc, "ПРИКАЗ", true, 16);
      String date = order.date() == null ? "«___» __________ 20__ г." : LONG_DATE.format(order.date());
      String number = order.number() == null || order.number().isBlank() ? "№ ____" : "№ " + order.number();
      paragraph(doc, date + "\t\t\t\t\t" + number, false);
      centered(doc, "Об организации работы со школами с низкими образовательными результатами и школами, "
          + "функционирующими в неблагоприятных социальных условиях, в " + order.periodLabel() + " году", true, 12);
      paragraph(doc, "В целях оказания адресной методической помощи общеобразовательным организациям с низкими "
          + "образовательными результатами и организациям, функционирующим в неблагоприятных социальных условиях, "
          + "повышения качества образования", false);
      paragraph(doc, "ПРИКАЗЫВАЮ:", true);

      paragraph(doc, "1. Утвердить перечень общеобразовательных организаций, включённых в программу адресной "
          + "поддержки (приложение 1).", false);
      paragraph(doc, "2. Назначить муниципальным координатором: " + withPosition(order.coordinator()) + ".", false);
      paragraph(doc, "3. Создать рабочую группу в следующем составе:", false);
      for (CycleOrder.NamedPerson member : order.workingGroup()) {
        paragraph(doc, "- " + member.shortName() + " — " + member.position() + ";", false);
      }
      paragraph(doc, "4. Закрепить за курируемыми школами следующие школы-наставники:", false);
      XWPFTable pairs = table(doc, "Школа-наставник", "Курируемая школа");
      for (CycleOrder.MentorRow row : order.mentorRows()) {
        XWPFTableRow tableRow = pairs.createRow();
        cell(tableRow, 0, row.mentorSchool() + director(row.mentorDirector()));
        cell(tableRow, 1, String.join(", ", row.supervised().stream().map(s -> s[0] + director(s[1])).toList()));
      }
      paragraph(doc, "", false);
      paragraph(doc, "5. Назначить кураторов курируемых школ:", false);
      XWPFTable curators = table(doc, "Куратор", "Курируемые школы");
      for (CycleOrder.CuratorRow row : order.curatorRows()) {
        XWPFTableRow tableRow = curators.createRow();
        cell(tableRow, 0, row.curator());
        cell(tableRow, 1, String.join(", ", row.schools()));
      }
      paragraph(doc, "", false);
      paragraph(doc, "6. Руководителям курируемых школ: провести самодиагностику и определить рисковый профиль школы; "
          + "в срок до " + SHORT_DATE.format(order.deadlines().documentsDue()) + " разработать концепцию развития, "
          + "дорожную карту и антирисковые программы и разместить их на официальных сайтах школ; представить отчёты "
          + "о реализации дорожной карты за I этап — до " + SHORT_DATE.format(order.deadlines().stage1Due())
          + ", за II этап — до " + SHORT_DATE.format(order.deadlines().stage2Due()) + ", итоговый отчёт — до "
          + SHORT_DATE.format(order.deadlines().finalDue()) + ".", false);
      paragraph(doc, "7. Руководителям школ-наставников совместно с руководителями курируемых школ разработать и "
          + "согласовать совместный план работы школ-партнёров.", false);
      paragraph(doc, "8. Контроль исполнения настоящего приказа возложить на: " + withPosition(order.controller()) + ".",
          false);
      paragraph(doc, "", false);
      paragraph(doc, "Начальник управления образования\t\t\t\t" + order.head().shortName(), false);

      XWPFParagraph appendix = doc.createParagraph();
      appendix.setPageBreak(true);
      appendix.setAlignment(ParagraphAlignment.RIGHT);
      run(appendix, "Приложение 1 к приказу " + number + (order.date() == null ? "" : " от "
          + SHORT_DATE.format(order.date())), false, 12);
      centered(doc, "Перечень общеобразовательных организаций, включённых в программу адресной поддержки", true, 12);
      XWPFTable list = table(doc, "№", "Общеобразовательная организация", "Категория", "Проект");
      int n = 1;
      for (CycleOrder.ListRow row : order.list()) {
        XWPFTableRow tableRow = list.createRow();
        cell(tableRow, 0, String.valueOf(n++));
        cell(tableRow, 1, row.school());
        cell(tableRow, 2, row.category());
        cell(tableRow, 3, row.project());
      }
      doc.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The file name the order is downloaded as. */
  public static String fileName(String periodLabel, LocalDate date) {
    return "Приказ о сопровождении школ " + periodLabel.replace('/', '-')
        + (date == null ? " (проект)" : " от " + SHORT_DATE.format(date)) + ".docx";
  }

  private static String withPosition(CycleOrder.NamedPerson person) {
    if (person == null) {
      return "____________";
    }
    String position = person.position();
    // «Баранова Е.В., главный специалист …»: no declension needed, whatever the position
    return person.shortName() + ", " + Character.toLowerCase(position.charAt(0)) + position.substring(1);
  }

  private static String director(String name) {
    return name == null ? "" : " (директор " + name + ")";
  }

  private static XWPFTable table(XWPFDocument doc, String... headers) {
    XWPFTable table = doc.createTable(1, headers.length);
    table.setWidth("100%");
    for (int i = 0; i < headers.length; i++) {
      XWPFParagraph p = table.getRow(0).getCell(i).getParagraphs().get(0);
      run(p, headers[i], true, 12);
    }
    return table;
  }

  private static void cell(XWPFTableRow row, int index, String text) {
    XWPFParagraph p = row.getCell(index).getParagraphs().get(0);
    run(p, text, false, 12);
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
