package ru.schoolsupport.addition;

import static ru.schoolsupport.mentoring.CycleOrderDocument.LONG_DATE;
import static ru.schoolsupport.mentoring.CycleOrderDocument.SHORT_DATE;

import java.time.LocalDate;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.springframework.stereotype.Component;
import ru.schoolsupport.documents.WordDocument;
import ru.schoolsupport.mentoring.CycleOrderDocument;

/**
 * Renders an amending order as a Word document in the shape of the cycle's own order (seed 002): the
 * department, «ПРИКАЗ», date, place, number, the title «О внесении изменений в приказ от … № …», the
 * legal basis, «ПРИКАЗЫВАЮ:» with the changes to the order's appendix 1 and to its points 4 and 5 (the
 * mentor schools and the curators), the school's deadlines, control; the added lines as an appendix and
 * a sign-off sheet for everyone it names.
 */
@Component
public class AmendingOrderDocument {

  public byte[] render(AmendingOrder order) {
    WordDocument doc = new WordDocument(12);
    doc.a4(30, 15, 20, 20);
    doc.centered(order.municipalityName(), true, 14);
    doc.centered("", false, 12);
    doc.centered("ПРИКАЗ", true, 16);
    doc.centered("", false, 12);
    String date = order.date() == null ? "«___» __________ 20__ г." : LONG_DATE.format(order.date());
    String number = number(order);
    doc.leftAndRight(date, number, false);
    if (order.place() != null && !order.place().isBlank()) {
      doc.centered(order.place(), false, 12);
    }
    doc.centered("", false, 12);
    doc.centered(title(order), true, 12);
    doc.paragraph("", false);

    doc.paragraph("В соответствии с " + String.join(", ", order.acts()) + ", в связи с включением "
        + order.schoolShortName() + " в число курируемых школ (" + order.reasonPhrase() + ")", false);
    doc.paragraph("", false);
    doc.paragraph("ПРИКАЗЫВАЮ:", true);
    doc.paragraph("", false);

    String original = originalRef(order);
    doc.paragraph("1. Внести в приказ " + original + " «" + order.originalTitle()
        + "» (далее — приказ) следующие изменения:", false);
    doc.paragraph("1.1. Приложение 1 к приказу «Перечень курируемых школ» дополнить строкой " + order.listLine()
        + " следующего содержания: «" + order.schoolFullName() + " — " + order.category() + " — " + order.project()
        + "» (приложение к настоящему приказу).", false);
    doc.paragraph("1.2. Таблицу пункта 4 приказа дополнить строкой: школа-наставник — " + order.mentorSchool()
        + director(order.mentorDirector()) + ", курируемая школа — " + order.schoolShortName()
        + director(order.schoolDirector()) + ".", false);
    doc.paragraph("1.3. Таблицу пункта 5 приказа дополнить строкой: куратор — " + order.curator()
        + ", курируемая школа — " + order.schoolShortName() + ".", false);
    CycleDeadlinesText d = new CycleDeadlinesText(order);
    doc.paragraph("2. Руководителю " + order.schoolShortName() + " провести самодиагностику и определить рисковый "
        + "профиль школы в срок до " + d.selfAssessment + "; в срок до " + d.documents + " разработать концепцию "
        + "развития, дорожную карту и антирисковые программы и разместить их на официальном сайте школы; представить "
        + "отчёты о реализации дорожной карты за I этап — до " + d.stage1 + ", за II этап — до " + d.stage2
        + ", итоговый отчёт — до " + d.finalReport + ".", false);
    doc.paragraph("3. Руководителю " + order.mentorSchool() + " совместно с руководителем " + order.schoolShortName()
        + " разработать и согласовать совместный план работы школ-партнёров.", false);
    doc.paragraph("4. Остальные положения приказа " + original + " оставить без изменений.", false);
    doc.paragraph("5. Контроль исполнения настоящего приказа возложить на "
        + CycleOrderDocument.endOfSentence(CycleOrderDocument.positionThenPerson(order.controller())), false);
    if (!order.grounds().isEmpty()) {
      doc.paragraph("", false);
      doc.paragraph("Основание: " + String.join("; ", order.grounds().stream()
          .map(g -> g.endsWith(".") ? g.substring(0, g.length() - 1) : g).toList()) + ".", false);
    }
    CycleOrderDocument.signature(doc, order.head(), order.coordinator());

    CycleOrderDocument.appendixHeading(doc, "Приложение к приказу " + CycleOrderDocument.ofTheOrder(order.date(), number));
    doc.centered("Строка, которой дополняется приложение 1 к приказу " + original, true, 12);
    XWPFTable list = doc.table("№ п/п", "Общеобразовательная организация", "Категория", "Проект");
    XWPFTableRow row = list.createRow();
    doc.cell(row, 0, order.listLine() + ".");
    doc.cell(row, 1, order.schoolFullName());
    doc.cell(row, 2, order.category());
    doc.cell(row, 3, order.project());
    doc.paragraph("", false);
    doc.centered("Закрепление школы-наставника и куратора", true, 12);
    XWPFTable pair = doc.table("Курируемая школа", "Школа-наставник", "Куратор");
    XWPFTableRow pairRow = pair.createRow();
    doc.cell(pairRow, 0, order.schoolShortName() + director(order.schoolDirector()));
    doc.cell(pairRow, 1, order.mentorSchool() + director(order.mentorDirector()));
    doc.cell(pairRow, 2, order.curator());

    CycleOrderDocument.signOffSheet(doc, "с приказом " + CycleOrderDocument.ofTheOrder(order.date(), number)
        + " «" + title(order) + "»", order.acquainted());
    return doc.bytes();
  }

  /** «О внесении изменений в приказ от 16.02.2026 № 208». */
  public static String title(AmendingOrder order) {
    return "О внесении изменений в приказ " + originalRef(order);
  }

  /** «от 16.02.2026 № 208». */
  static String originalRef(AmendingOrder order) {
    return "от " + SHORT_DATE.format(order.originalDate()) + " № " + order.originalNumber();
  }

  static String number(AmendingOrder order) {
    return order.number() == null || order.number().isBlank() ? "№ ____" : "№ " + order.number();
  }

  /** The file name it is downloaded and sent as. */
  public static String fileName(String schoolShortName, LocalDate date) {
    return "Приказ о внесении изменений (" + schoolShortName.replace('/', '-').replace('"', ' ').strip() + ")"
        + (date == null ? " (проект)" : " от " + SHORT_DATE.format(date)) + ".docx";
  }

  private static String director(String name) {
    return name == null ? "" : " (директор " + name + ")";
  }

  /** The school's deadlines as the text gives them. */
  private static final class CycleDeadlinesText {
    final String selfAssessment;
    final String documents;
    final String stage1;
    final String stage2;
    final String finalReport;

    CycleDeadlinesText(AmendingOrder order) {
      selfAssessment = SHORT_DATE.format(order.selfAssessmentDue());
      documents = SHORT_DATE.format(order.deadlines().documentsDue());
      stage1 = SHORT_DATE.format(order.deadlines().stage1Due());
      stage2 = SHORT_DATE.format(order.deadlines().stage2Due());
      finalReport = SHORT_DATE.format(order.deadlines().finalDue());
    }
  }
}
