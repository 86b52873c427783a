package ru.schoolsupport.mentoring;

import static ru.schoolsupport.documents.RussianCases.Case.ACCUSATIVE;
import static ru.schoolsupport.documents.RussianCases.Case.DATIVE;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.springframework.stereotype.Component;
import ru.schoolsupport.documents.RussianCases;
import ru.schoolsupport.documents.WordDocument;

/**
 * Renders a cycle's order as a Word document (DOCX) one signs, read against seed 002 (order № 208): the
 * department, «ПРИКАЗ», date, place and number; the legal basis; names and positions in the case each
 * sentence needs (docs/adr/0017); A4 with the margins of ГОСТ Р 7.0.97 (left 30 mm, right 15, top and
 * bottom 20); the list as an appendix, further appendices (the approved roadmap, {@link CycleOrderAppendix})
 * each with the item approving it, and a sign-off sheet («лист ознакомления») for everyone it names.
 * Capitalisation: the department's full name is a proper name («Управление образования г. Приреченска»);
 * positions and «курируемые школы», «школы-наставники» are lower case in running text.
 */
@Component
public class CycleOrderDocument {

  public static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy 'г.'", Locale.forLanguageTag("ru"));
  public static final DateTimeFormatter SHORT_DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
  public static final String FEDERAL_LAW = "Федеральным законом от 29.12.2012 № 273-ФЗ «Об образовании в Российской Федерации»";

  public byte[] render(CycleOrder order) {
    WordDocument doc = new WordDocument(12);
    doc.a4(30, 15, 20, 20);
    doc.centered(order.municipalityName(), true, 14);
    doc.centered("", false, 12);
    doc.centered("ПРИКАЗ", true, 16);
    doc.centered("", false, 12);
    String date = order.date() == null ? "«___» __________ 20__ г." : LONG_DATE.format(order.date());
    String number = order.number() == null || order.number().isBlank() ? "№ ____" : "№ " + order.number();
    doc.leftAndRight(date, number, false);
    if (order.place() != null && !order.place().isBlank()) {
      doc.centered(order.place(), false, 12);
    }
    doc.centered("", false, 12);
    doc.centered(title(order), true, 12);
    doc.paragraph("", false);

    List<String> cited = new ArrayList<>(List.of(FEDERAL_LAW));
    List<String> uncited = new ArrayList<>();
    for (String act : order.basis()) {
      RussianCases.actInInstrumental(act).ifPresentOrElse(cited::add, () -> uncited.add(act));
    }
    doc.paragraph("В соответствии с " + String.join(", ", cited) + ", в целях оказания адресной методической помощи "
        + "общеобразовательным организациям с низкими образовательными результатами и организациям, "
        + "функционирующим в неблагоприятных социальных условиях (далее — курируемые школы), повышения качества "
        + "образования", false);
    doc.paragraph("", false);
    doc.paragraph("ПРИКАЗЫВАЮ:", true);
    doc.paragraph("", false);

    int item = 1;
    doc.paragraph(item++ + ". Утвердить перечень курируемых школ " + order.period() + " (приложение 1).", false);
    doc.paragraph(item++ + ". Назначить муниципальным координатором деятельности по сопровождению курируемых школ "
        + endOfSentence(personWithPosition(order.coordinator())), false);
    doc.paragraph(item++ + ". Создать рабочую группу в следующем составе:", false);
    List<CycleOrder.NamedPerson> group = order.workingGroup();
    for (int i = 0; i < group.size(); i++) {
      CycleOrder.NamedPerson member = group.get(i);
      doc.paragraph("- " + member.shortName() + " — " + lowerFirst(member.position())
          + (i == group.size() - 1 ? "." : ";"), false);
    }
    doc.paragraph(item++ + ". Закрепить за курируемыми школами следующие общеобразовательные организации "
        + "(далее — школы-наставники):", false);
    XWPFTable pairs = doc.table("Школа-наставник", "Курируемая школа");
    for (CycleOrder.MentorRow row : order.mentorRows()) {
      XWPFTableRow tableRow = pairs.createRow();
      doc.cell(tableRow, 0, row.mentorSchool() + director(row.mentorDirector()));
      doc.cell(tableRow, 1, String.join(", ", row.supervised().stream().map(s -> s[0] + director(s[1])).toList()));
    }
    doc.paragraph("", false);
    doc.paragraph(item++ + ". Закрепить кураторов за курируемыми школами:", false);
    XWPFTable curators = doc.table("Куратор", "Курируемые школы");
    for (CycleOrder.CuratorRow row : order.curatorRows()) {
      XWPFTableRow tableRow = curators.createRow();
      doc.cell(tableRow, 0, row.curator());
      doc.cell(tableRow, 1, String.join(", ", row.schools()));
    }
    doc.paragraph("", false);
    for (int i = 0; i < order.appendices().size(); i++) {
      doc.paragraph(item++ + ". " + endOfSentence(order.appendices().get(i).approves() + " (приложение " + (i + 2) + ")"),
          false);
    }
    doc.paragraph(item++ + ". Руководителям курируемых школ провести самодиагностику и определить рисковый профиль "
        + "школы; в срок до " + SHORT_DATE.format(order.deadlines().documentsDue()) + " разработать концепцию "
        + "развития, дорожную карту и антирисковые программы и разместить их на официальных сайтах школ; представить "
        + "отчёты о реализации дорожной карты за I этап — до " + SHORT_DATE.format(order.deadlines().stage1Due())
        + ", за II этап — до " + SHORT_DATE.format(order.deadlines().stage2Due()) + ", итоговый отчёт — до "
        + SHORT_DATE.format(order.deadlines().finalDue()) + ".", false);
    doc.paragraph(item++ + ". Руководителям школ-наставников совместно с руководителями курируемых школ разработать "
        + "и согласовать совместный план работы школ-партнёров.", false);
    if (order.coordinator() != null) {
      doc.paragraph(item++ + ". Муниципальному координатору " + order.coordinator().shortName(DATIVE)
          + " через взаимодействие с рабочей группой организовать методическое сопровождение курируемых школ, "
          + "сбор и анализ их отчётов и подготовку муниципальных отчётов.", false);
    }
    doc.paragraph(item + ". Контроль исполнения настоящего приказа возложить на "
        + endOfSentence(positionThenPerson(order.controller())), false);
    if (!uncited.isEmpty()) {
      doc.paragraph("", false);
      doc.paragraph("Основание: " + String.join("; ", uncited) + ".", false);
    }
    signature(doc, order.head(), order.coordinator());

    String ofTheOrder = "к приказу " + ofTheOrder(order.date(), number);
    appendixHeading(doc, "Приложение 1 " + ofTheOrder);
    doc.centered("Перечень курируемых школ " + order.period(), true, 12);
    XWPFTable list = doc.table("№ п/п", "Общеобразовательная организация", "Категория", "Проект");
    int n = 1;
    for (CycleOrder.ListRow row : order.list()) {
      XWPFTableRow tableRow = list.createRow();
      doc.cell(tableRow, 0, n++ + ".");
      doc.cell(tableRow, 1, row.school());
      doc.cell(tableRow, 2, row.category());
      doc.cell(tableRow, 3, row.project());
    }
    for (int i = 0; i < order.appendices().size(); i++) {
      order.appendices().get(i).render(doc, "Приложение " + (i + 2) + " " + ofTheOrder);
    }

    signOffSheet(doc, "с приказом " + ofTheOrder(order.date(), number) + " «" + title(order) + "»", order.acquainted());
    return doc.bytes();
  }

  /** «от 07.12.2026 № 208», or just the number line of a draft without its date. */
  public static String ofTheOrder(LocalDate date, String number) {
    return (date == null ? "" : "от " + SHORT_DATE.format(date) + " ") + number;
  }

  /** The head's position and name on one line, the coordinator (who prepared it) in small type below. */
  public static void signature(WordDocument doc, CycleOrder.NamedPerson head, CycleOrder.NamedPerson coordinator) {
    doc.paragraph("", false);
    doc.paragraph("", false);
    doc.leftAndRight(head == null ? "Начальник управления образования" : head.position(),
        head == null ? "____________" : head.initialsFirst(), false);
    if (coordinator != null) {
      doc.paragraph("", false);
      doc.small(coordinator.initialsFirst() + (coordinator.email() == null ? "" : ", " + coordinator.email()), 10);
    }
  }

  /** An appendix starts on a new page with its right-aligned «Приложение … к приказу от … № …». */
  public static void appendixHeading(WordDocument doc, String text) {
    XWPFParagraph appendix = doc.newParagraph();
    appendix.setPageBreak(true);
    appendix.setAlignment(ParagraphAlignment.RIGHT);
    doc.run(appendix, text, false, 12);
  }

  /** «Лист ознакомления» on a new page: what was read, and a row to sign for each person. */
  public static void signOffSheet(WordDocument doc, String withWhat, List<CycleOrder.NamedPerson> people) {
    XWPFParagraph signOff = doc.newParagraph();
    signOff.setPageBreak(true);
    signOff.setAlignment(ParagraphAlignment.CENTER);
    doc.run(signOff, "Лист ознакомления", true, 14);
    doc.centered(withWhat, false, 12);
    doc.paragraph("", false);
    XWPFTable sheet = doc.table("№ п/п", "Фамилия, имя, отчество", "Должность", "Дата ознакомления", "Подпись");
    int n = 1;
    for (CycleOrder.NamedPerson person : people) {
      XWPFTableRow row = sheet.createRow();
      row.setHeight(WordDocument.twips(10));
      doc.cell(row, 0, n++ + ".");
      doc.cell(row, 1, person.fullName());
      doc.cell(row, 2, person.position());
      doc.cell(row, 3, "");
      doc.cell(row, 4, "");
    }
  }

  /** «Об организации работы … в 2026/2027 учебном году». */
  static String title(CycleOrder order) {
    return title(order.period());
  }

  /** The order's title for a period as the text says it («в 2026/2027 учебном году»). */
  public static String title(String period) {
    return "Об организации работы со школами с низкими образовательными результатами и школами, "
        + "функционирующими в неблагоприятных социальных условиях, " + period;
  }

  /** The file name the order is downloaded as. */
  public static String fileName(String periodLabel, LocalDate date) {
    return "Приказ о сопровождении школ " + periodLabel.replace('/', '-')
        + (date == null ? " (проект)" : " от " + SHORT_DATE.format(date)) + ".docx";
  }

  /**
   * «Баранову Е.В., главного специалиста …» (the accusative of a person: the position in the genitive). A
   * position the directory gives only in the nominative goes in brackets, where the nominative reads right.
   */
  public static String personWithPosition(CycleOrder.NamedPerson person) {
    if (person == null) {
      return "____________";
    }
    String name = person.shortName(ACCUSATIVE);
    return person.positionGenitive() == null || person.positionGenitive().isBlank()
        ? name + " (" + lowerFirst(person.position()) + ")"
        : name + ", " + lowerFirst(person.positionGenitive());
  }

  /** «заместителя начальника управления образования Зайцева А.П.», after «возложить на». */
  public static String positionThenPerson(CycleOrder.NamedPerson person) {
    if (person == null) {
      return "____________";
    }
    return person.positionGenitive() == null || person.positionGenitive().isBlank()
        ? person.shortName(ACCUSATIVE) + " (" + lowerFirst(person.position()) + ")"
        : lowerFirst(person.positionGenitive()) + " " + person.shortName(ACCUSATIVE);
  }

  /** «главный специалист» from «Главный специалист»; an abbreviation at the start («МОБУ …») stays. */
  public static String lowerFirst(String text) {
    if (text == null || text.isEmpty()) {
      return text == null ? "" : text;
    }
    if (text.length() > 1 && Character.isUpperCase(text.charAt(1))) {
      return text;
    }
    return Character.toLowerCase(text.charAt(0)) + text.substring(1);
  }

  /** A full stop, unless the sentence ends with an initial's («… Зайцева А.П.»). */
  public static String endOfSentence(String text) {
    return text.endsWith(".") ? text : text + ".";
  }

  private static String director(String name) {
    return name == null ? "" : " (директор " + name + ")";
  }
}
