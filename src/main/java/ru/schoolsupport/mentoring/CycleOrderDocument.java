package ru.schoolsupport.mentoring;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.springframework.stereotype.Component;
import ru.schoolsupport.documents.WordDocument;

/** Renders a cycle's order as a Word document (DOCX), as a department prints and signs it. */
@Component
public class CycleOrderDocument {

  static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy 'г.'", Locale.forLanguageTag("ru"));
  static final DateTimeFormatter SHORT_DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

  public byte[] render(CycleOrder order) {
    WordDocument doc = new WordDocument(12);
    doc.centered(order.municipalityName(), true, 14);
    doc.centered("ПРИКАЗ", true, 16);
    String date = order.date() == null ? "«___» __________ 20__ г." : LONG_DATE.format(order.date());
    String number = order.number() == null || order.number().isBlank() ? "№ ____" : "№ " + order.number();
    doc.paragraph(date + "\t\t\t\t\t" + number, false);
    doc.centered("Об организации работы со школами с низкими образовательными результатами и школами, "
        + "функционирующими в неблагоприятных социальных условиях, в " + order.periodLabel() + " году", true, 12);
    doc.paragraph("В целях оказания адресной методической помощи общеобразовательным организациям с низкими "
        + "образовательными результатами и организациям, функционирующим в неблагоприятных социальных условиях, "
        + "повышения качества образования", false);
    doc.paragraph("ПРИКАЗЫВАЮ:", true);

    doc.paragraph("1. Утвердить перечень общеобразовательных организаций, включённых в программу адресной "
        + "поддержки (приложение 1).", false);
    doc.paragraph("2. Назначить муниципальным координатором: " + withPosition(order.coordinator()) + ".", false);
    doc.paragraph("3. Создать рабочую группу в следующем составе:", false);
    for (CycleOrder.NamedPerson member : order.workingGroup()) {
      doc.paragraph("- " + member.shortName() + " — " + member.position() + ";", false);
    }
    doc.paragraph("4. Закрепить за курируемыми школами следующие школы-наставники:", false);
    XWPFTable pairs = doc.table("Школа-наставник", "Курируемая школа");
    for (CycleOrder.MentorRow row : order.mentorRows()) {
      XWPFTableRow tableRow = pairs.createRow();
      doc.cell(tableRow, 0, row.mentorSchool() + director(row.mentorDirector()));
      doc.cell(tableRow, 1, String.join(", ", row.supervised().stream().map(s -> s[0] + director(s[1])).toList()));
    }
    doc.paragraph("", false);
    doc.paragraph("5. Назначить кураторов курируемых школ:", false);
    XWPFTable curators = doc.table("Куратор", "Курируемые школы");
    for (CycleOrder.CuratorRow row : order.curatorRows()) {
      XWPFTableRow tableRow = curators.createRow();
      doc.cell(tableRow, 0, row.curator());
      doc.cell(tableRow, 1, String.join(", ", row.schools()));
    }
    doc.paragraph("", false);
    doc.paragraph("6. Руководителям курируемых школ: провести самодиагностику и определить рисковый профиль школы; "
        + "в срок до " + SHORT_DATE.format(order.deadlines().documentsDue()) + " разработать концепцию развития, "
        + "дорожную карту и антирисковые программы и разместить их на официальных сайтах школ; представить отчёты "
        + "о реализации дорожной карты за I этап — до " + SHORT_DATE.format(order.deadlines().stage1Due())
        + ", за II этап — до " + SHORT_DATE.format(order.deadlines().stage2Due()) + ", итоговый отчёт — до "
        + SHORT_DATE.format(order.deadlines().finalDue()) + ".", false);
    doc.paragraph("7. Руководителям школ-наставников совместно с руководителями курируемых школ разработать и "
        + "согласовать совместный план работы школ-партнёров.", false);
    doc.paragraph("8. Контроль исполнения настоящего приказа возложить на: " + withPosition(order.controller()) + ".",
        false);
    doc.paragraph("", false);
    doc.paragraph("Начальник управления образования\t\t\t\t" + order.head().shortName(), false);

    XWPFParagraph appendix = doc.newParagraph();
    appendix.setPageBreak(true);
    appendix.setAlignment(ParagraphAlignment.RIGHT);
    doc.run(appendix, "Приложение 1 к приказу " + number + (order.date() == null ? "" : " от "
        + SHORT_DATE.format(order.date())), false, 12);
    doc.centered("Перечень общеобразовательных организаций, включённых в программу адресной поддержки", true, 12);
    XWPFTable list = doc.table("№", "Общеобразовательная организация", "Категория", "Проект");
    int n = 1;
    for (CycleOrder.ListRow row : order.list()) {
      XWPFTableRow tableRow = list.createRow();
      doc.cell(tableRow, 0, String.valueOf(n++));
      doc.cell(tableRow, 1, row.school());
      doc.cell(tableRow, 2, row.category());
      doc.cell(tableRow, 3, row.project());
    }
    return doc.bytes();
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
}
