package ru.schoolsupport.mentoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import ru.schoolsupport.cycle.PeriodType;

/** Opens the generated order as Word would and reads its text and tables. */
class CycleOrderDocumentTest {

  @Test
  void theOrderHasTheMentorTableWithDirectorsAsInSeed002() throws Exception {
    CycleOrder order = new CycleOrder("Управление образования г. Таганрога", "208", LocalDate.of(2023, 2, 16), "2023",
        person("Иванова И.И.", "Начальник управления образования"),
        person("Баркалова Е.В.", "Главный специалист сектора перспективного развития"),
        person("Зайцев А.П.", "Заместитель начальника"),
        List.of(person("Баркалова Е.В.", "Главный специалист"), person("Земляненко Н.В.", "Директор МОБУ лицея № 7")),
        List.of(new CycleOrder.MentorRow("МОБУ лицей № 7", "Земляненко Н.В.", List.of(
            new String[] {"МОБУ СОШ № 6", "Муразян О.В."}, new String[] {"МАОУ СОШ № 12", "Кондрахин А.В."}))),
        List.of(new CycleOrder.CuratorRow("Кузнецова О.Н., методист", List.of("МОБУ СОШ № 6", "МАОУ СОШ № 12"))),
        List.of(new CycleOrder.ListRow("МОБУ СОШ № 6", "ШНОР", "500+")),
        PeriodType.CALENDAR_YEAR.defaultDeadlines(2023));

    byte[] docx = new CycleOrderDocument().render(order);

    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
      String text = String.join("\n", doc.getParagraphs().stream().map(p -> p.getText()).toList());
      assertThat(text).contains("ПРИКАЗ").contains("16 февраля 2023 г.").contains("№ 208")
          .contains("Назначить муниципальным координатором: Баркалова Е.В., главный специалист")
          .contains("до 15.02.2023").contains("Зайцев А.П., заместитель начальника");
      List<XWPFTable> tables = doc.getTables();
      assertThat(tables).hasSize(3);
      XWPFTable pairs = tables.get(0);
      assertThat(pairs.getRow(0).getCell(0).getText()).isEqualTo("Школа-наставник");
      assertThat(pairs.getRow(0).getCell(1).getText()).isEqualTo("Курируемая школа");
      assertThat(pairs.getRow(1).getCell(0).getText()).isEqualTo("МОБУ лицей № 7 (директор Земляненко Н.В.)");
      assertThat(pairs.getRow(1).getCell(1).getText())
          .isEqualTo("МОБУ СОШ № 6 (директор Муразян О.В.), МАОУ СОШ № 12 (директор Кондрахин А.В.)");
      assertThat(tables.get(2).getRow(1).getCell(1).getText()).isEqualTo("МОБУ СОШ № 6");
    }
  }

  @Test
  void aDraftHasBlanksForTheNumberAndDate() throws Exception {
    assertThat(CycleOrderDocument.fileName("2025/26", null)).isEqualTo("Приказ о сопровождении школ 2025-26 (проект).docx");
  }

  private static CycleOrder.NamedPerson person(String name, String position) {
    return new CycleOrder.NamedPerson(name, position, null);
  }
}
