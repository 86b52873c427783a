package ru.schoolsupport.mentoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import ru.schoolsupport.cycle.PeriodType;
import ru.schoolsupport.documents.WordDocument;

/** Opens the generated order as Word would and reads it as a municipal lawyer would, against seed 002. */
class CycleOrderDocumentTest {

  static final CycleOrder.NamedPerson HEAD = person("Морозова", "Ольга", "Леонидовна",
      "Начальник Управления образования г. Таганрога", "начальника Управления образования г. Таганрога");
  static final CycleOrder.NamedPerson COORDINATOR = person("Баркалова", "Елена", "Владимировна",
      "Главный специалист сектора перспективного развития и методического сопровождения",
      "главного специалиста сектора перспективного развития и методического сопровождения");
  static final CycleOrder.NamedPerson CONTROLLER = person("Стаценко", "Валентина", "Васильевна",
      "Заместитель начальника Управления образования г. Таганрога",
      "заместителя начальника Управления образования г. Таганрога");
  static final CycleOrder.NamedPerson MENTOR = person("Земляненко", "Наталья", "Викторовна",
      "Директор МОБУ лицея № 7", "директора МОБУ лицея № 7");
  static final CycleOrder.NamedPerson SUPERVISED = person("Кондрахин", "Андрей", "Владимирович",
      "Директор МАОУ СОШ № 12", null);

  static CycleOrder order(String number, LocalDate date, List<String> basis) {
    return new CycleOrder("Управление образования г. Таганрога", "г. Таганрог", number, date,
        PeriodType.SCHOOL_YEAR.label(2022), PeriodType.SCHOOL_YEAR.inThePeriod(2022), basis, HEAD, COORDINATOR,
        CONTROLLER, List.of(COORDINATOR, MENTOR),
        List.of(new CycleOrder.MentorRow("МОБУ лицей № 7", "Земляненко Н.В.", List.of(
            new String[] {"МОБУ СОШ № 6", "Муразян О.В."}, new String[] {"МАОУ СОШ № 12", "Кондрахин А.В."}))),
        List.of(new CycleOrder.CuratorRow("Кузнецова О.Н., методист", List.of("МОБУ СОШ № 6", "МАОУ СОШ № 12"))),
        List.of(new CycleOrder.ListRow("МОБУ СОШ № 6", "ШНОР", "500+")),
        PeriodType.SCHOOL_YEAR.defaultDeadlines(2022), List.of(COORDINATOR, MENTOR, SUPERVISED, CONTROLLER));
  }

  @Test
  void theOrderReadsLikeSeed002WithNamesAndPositionsInTheirCases() throws Exception {
    byte[] docx = new CycleOrderDocument().render(order("208", LocalDate.of(2023, 2, 16), List.of(
        "приказ министерства общего и профессионального образования Ростовской области от 14.02.2023 № 141")));

    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
      String text = text(doc);
      assertThat(text).contains("Управление образования г. Таганрога\n\nПРИКАЗ")
          .contains("16 февраля 2023 г.\t№ 208\nг. Таганрог")
          .contains("в 2022/2023 учебном году").doesNotContain("2022/23")
          .contains("В соответствии с Федеральным законом от 29.12.2012 № 273-ФЗ «Об образовании в Российской "
              + "Федерации», приказом министерства общего и профессионального образования Ростовской области от "
              + "14.02.2023 № 141, в целях")
          .contains("Назначить муниципальным координатором деятельности по сопровождению курируемых школ Баркалову "
              + "Е.В., главного специалиста сектора перспективного развития и методического сопровождения.")
          .contains("- Баркалова Е.В. — главный специалист сектора перспективного развития и методического "
              + "сопровождения;\n- Земляненко Н.В. — директор МОБУ лицея № 7.")
          .contains("Муниципальному координатору Баркаловой Е.В. через взаимодействие с рабочей группой")
          .contains("Контроль исполнения настоящего приказа возложить на заместителя начальника Управления "
              + "образования г. Таганрога Стаценко В.В.\n").doesNotContain("..")
          .contains("Начальник Управления образования г. Таганрога\tО.Л. Морозова")
          .contains("до 15.10.2022").doesNotContain("Основание:");

      List<XWPFTable> tables = doc.getTables();
      assertThat(tables).hasSize(4);
      XWPFTable pairs = tables.get(0);
      assertThat(pairs.getRow(0).getCell(0).getText()).isEqualTo("Школа-наставник");
      assertThat(pairs.getRow(1).getCell(0).getText()).isEqualTo("МОБУ лицей № 7 (директор Земляненко Н.В.)");
      assertThat(pairs.getRow(1).getCell(1).getText())
          .isEqualTo("МОБУ СОШ № 6 (директор Муразян О.В.), МАОУ СОШ № 12 (директор Кондрахин А.В.)");
      assertThat(tables.get(2).getRow(1).getCell(1).getText()).isEqualTo("МОБУ СОШ № 6");

      // the sign-off sheet: everyone the order names, with a place to date and sign
      assertThat(text).contains("Лист ознакомления\nс приказом от 16.02.2023 № 208 «Об организации работы");
      XWPFTable sheet = tables.get(3);
      assertThat(sheet.getRow(0).getTableCells()).extracting(c -> c.getText())
          .containsExactly("№ п/п", "Фамилия, имя, отчество", "Должность", "Дата ознакомления", "Подпись");
      assertThat(sheet.getRows()).hasSize(5);
      assertThat(sheet.getRow(1).getCell(1).getText()).isEqualTo("Баркалова Елена Владимировна");
      assertThat(sheet.getRow(3).getCell(1).getText()).isEqualTo("Кондрахин Андрей Владимирович");
      assertThat(sheet.getRow(3).getCell(2).getText()).isEqualTo("Директор МАОУ СОШ № 12");
      assertThat(sheet.getRow(3).getCell(4).getText()).isEmpty();

      // A4, left 30 mm, right 15, top and bottom 20, in the section properties
      CTPageSz size = doc.getDocument().getBody().getSectPr().getPgSz();
      assertThat(size.getW()).isEqualTo(BigInteger.valueOf(WordDocument.A4_WIDTH));
      assertThat(size.getH()).isEqualTo(BigInteger.valueOf(WordDocument.A4_HEIGHT));
      CTPageMar margins = doc.getDocument().getBody().getSectPr().getPgMar();
      assertThat(margins.getLeft()).isEqualTo(BigInteger.valueOf(1701));
      assertThat(margins.getRight()).isEqualTo(BigInteger.valueOf(850));
      assertThat(margins.getTop()).isEqualTo(BigInteger.valueOf(1134));
      assertThat(margins.getBottom()).isEqualTo(BigInteger.valueOf(1134));
    }
  }

  @Test
  void aPositionWithoutItsGenitiveStaysInBracketsAndAnUnknownActIsTheBasis() throws Exception {
    CycleOrder order = order(null, null, List.of("перечень ШНОР, направленный ИРО 01.02.2023"));
    CycleOrder withoutGenitive = new CycleOrder(order.municipalityName(), order.place(), null, null,
        order.periodLabel(), order.period(), order.basis(), order.head(),
        person("Баркалова", "Елена", "Владимировна", "Главный специалист", null), order.controller(),
        order.workingGroup(), order.mentorRows(), order.curatorRows(), order.list(), order.deadlines(),
        order.acquainted());
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(new CycleOrderDocument().render(withoutGenitive)))) {
      assertThat(text(doc)).contains("«___» __________ 20__ г.\t№ ____")
          .contains("курируемых школ Баркалову Е.В. (главный специалист).")
          .contains("В соответствии с Федеральным законом от 29.12.2012 № 273-ФЗ «Об образовании в Российской "
              + "Федерации», в целях")
          .contains("Основание: перечень ШНОР, направленный ИРО 01.02.2023.");
    }
  }

  @Test
  void aCalendarYearCycleSaysTheYear() {
    assertThat(PeriodType.CALENDAR_YEAR.inThePeriod(2026)).isEqualTo("в 2026 году");
    assertThat(PeriodType.SCHOOL_YEAR.inThePeriod(2026)).isEqualTo("в 2026/2027 учебном году");
  }

  @Test
  void aDraftHasBlanksForTheNumberAndDate() throws Exception {
    assertThat(CycleOrderDocument.fileName("2025/26", null)).isEqualTo("Приказ о сопровождении школ 2025-26 (проект).docx");
  }

  /** The document's paragraphs and tables in order, a table as one line per row with cells split by « | ». */
  static String text(XWPFDocument doc) {
    List<String> lines = new ArrayList<>();
    for (IBodyElement element : doc.getBodyElements()) {
      if (element instanceof XWPFParagraph p) {
        lines.add(p.getText());
      } else if (element instanceof XWPFTable t) {
        t.getRows().forEach(r -> lines.add(String.join(" | ", r.getTableCells().stream().map(c -> c.getText()).toList())));
      }
    }
    return String.join("\n", lines);
  }

  private static CycleOrder.NamedPerson person(String last, String first, String middle, String position,
      String genitive) {
    return new CycleOrder.NamedPerson(last, first, middle, position, genitive, null);
  }
}
