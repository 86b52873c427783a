package ru.schoolsupport.addition;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import ru.schoolsupport.cycle.CycleDeadlines;
import ru.schoolsupport.mentoring.CycleOrder.NamedPerson;

/** The amending order as a person reads it in Word: its title, basis, changes, deadlines, appendix and sign-off sheet. */
class AmendingOrderDocumentTest {

  static final NamedPerson HEAD = new NamedPerson("Орлова", "Марина", "Сергеевна", "Начальник управления образования",
      null, "head@example.ru");
  static final NamedPerson COORDINATOR = new NamedPerson("Баранова", "Елена", "Викторовна",
      "Главный специалист сектора", "главного специалиста сектора", "coordinator@example.ru");
  static final NamedPerson CONTROLLER = new NamedPerson("Зайцев", "Андрей", "Петрович",
      "Заместитель начальника управления образования", "заместителя начальника управления образования", null);

  AmendingOrder order(String number, LocalDate date) {
    return new AmendingOrder("Управление образования г. Приреченска", "г. Приреченск", number, date, "208",
        LocalDate.of(2027, 2, 16), "Об организации работы со школами … в 2027 году", "2027",
        List.of("Федеральным законом от 29.12.2012 № 273-ФЗ «Об образовании в Российской Федерации»",
            "приказом министерства образования области от 10.03.2027 № 312"),
        List.of("школа включена в региональный перечень в марте"), "школа включена в региональный перечень в течение года",
        "Муниципальное общеобразовательное бюджетное учреждение средняя общеобразовательная школа № 20",
        "МОБУ СОШ № 20", "Шутова Е.В.", "ШНОР", "500+", 6, "МОБУ СОШ № 35", "Третьяк Н.В.",
        "Лебедев И.А., методист методического кабинета",
        new CycleDeadlines(LocalDate.of(2027, 1, 25), LocalDate.of(2027, 4, 29), LocalDate.of(2027, 5, 31),
            LocalDate.of(2027, 11, 30), LocalDate.of(2027, 12, 15)),
        LocalDate.of(2027, 4, 15), HEAD, COORDINATOR, CONTROLLER, List.of(COORDINATOR, CONTROLLER));
  }

  @Test
  void theIssuedOrderSaysWhatChangesInTheOrderItAmends() throws Exception {
    byte[] docx = new AmendingOrderDocument().render(order("45", LocalDate.of(2027, 4, 1)));
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
      String text = SchoolAdditionProcessTest.text(docx);
      assertThat(text).contains("Управление образования г. Приреченска\n\nПРИКАЗ\n\n1 апреля 2027 г.\t№ 45\nг. Приреченск",
          "О внесении изменений в приказ от 16.02.2027 № 208\n",
          "В соответствии с Федеральным законом от 29.12.2012 № 273-ФЗ «Об образовании в Российской Федерации», "
              + "приказом министерства образования области от 10.03.2027 № 312, в связи с включением МОБУ СОШ № 20 в число "
              + "курируемых школ (школа включена в региональный перечень в течение года)",
          "ПРИКАЗЫВАЮ:",
          "1. Внести в приказ от 16.02.2027 № 208 «Об организации работы со школами … в 2027 году» (далее — приказ) "
              + "следующие изменения:",
          "дополнить строкой 6 следующего содержания",
          "1.2. Таблицу пункта 4 приказа дополнить строкой: школа-наставник — МОБУ СОШ № 35 (директор Третьяк Н.В.), "
              + "курируемая школа — МОБУ СОШ № 20 (директор Шутова Е.В.).",
          "1.3. Таблицу пункта 5 приказа дополнить строкой: куратор — Лебедев И.А., методист методического кабинета, "
              + "курируемая школа — МОБУ СОШ № 20.",
          "в срок до 15.04.2027; в срок до 29.04.2027 разработать концепцию",
          "за I этап — до 31.05.2027, за II этап — до 30.11.2027, итоговый отчёт — до 15.12.2027.",
          "4. Остальные положения приказа от 16.02.2027 № 208 оставить без изменений.",
          "5. Контроль исполнения настоящего приказа возложить на заместителя начальника управления образования Зайцева А.П.",
          "Основание: школа включена в региональный перечень в марте.",
          "Начальник управления образования\tМ.С. Орлова",
          "Приложение к приказу от 01.04.2027 № 45",
          "Лист ознакомления\nс приказом от 01.04.2027 № 45 «О внесении изменений в приказ от 16.02.2027 № 208»");
      List<XWPFTable> tables = doc.getTables();
      assertThat(tables).hasSize(3);
      assertThat(tables.get(0).getRow(1).getCell(0).getText()).isEqualTo("6.");
      assertThat(tables.get(0).getRow(1).getCell(1).getText()).endsWith("школа № 20");
      assertThat(tables.get(1).getRow(1).getCell(2).getText()).startsWith("Лебедев И.А.");
      assertThat(tables.get(2).getRow(1).getCell(1).getText()).isEqualTo("Баранова Елена Викторовна");
      assertThat(tables.get(2).getRows()).hasSize(3);
    }
  }

  @Test
  void aDraftLeavesItsNumberAndDateBlank() {
    String text = SchoolAdditionProcessTest.text(new AmendingOrderDocument().render(order(null, null)));
    assertThat(text).contains("«___» __________ 20__ г.\t№ ____", "Приложение к приказу № ____");
    assertThat(AmendingOrderDocument.fileName("МОБУ СОШ № 20", null)).isEqualTo("Приказ о внесении изменений (МОБУ СОШ № 20) (проект).docx");
  }
}
