package ru.schoolsupport.roadmap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import ru.schoolsupport.SchoolSupportTest;
import ru.schoolsupport.cycle.Cycle;
import ru.schoolsupport.cycle.CycleService;
import ru.schoolsupport.cycle.PeriodType;
import ru.schoolsupport.roadmap.RoadmapService.RoadmapView;
import ru.schoolsupport.spreadsheet.ImportRejectedException;

/** The roadmap as the department keeps it in Word (seeds 002, 003): a DOCX table with merged heading rows. */
@SchoolSupportTest
class RoadmapDocxImportTest {

  @Autowired RoadmapService roadmaps;
  @Autowired RoadmapImport imports;
  @Autowired CycleService cycles;

  @Test
  void aWordTableWithSectionAndStageHeadingsBecomesTheDraftAndABadRowRefusesIt() throws IOException {
    Cycle cycle = RoadmapTestCycles.register(cycles, PeriodType.CALENDAR_YEAR);
    int y = cycle.startYear();

    // seed 003: sections as rows merged across the table, items without numbers
    byte[] seed003 = docx(List.of(
        List.of("№ п/п", "Содержание деятельности", "Сроки реализации", "Индикативные показатели",
            "Ответственный исполнитель"),
        List.of("=1. Аналитическое направление"),
        List.of("", "Анализ результатов ВПР", "Март " + y + " года", "Аналитическая справка", "coordinator"),
        List.of("", "Мониторинг динамики результатов", "Апрель " + y + " года", "", "Муниципальный координатор"),
        List.of("=Организационно-управленческое сопровождение проекта"),
        List.of("", "Издание приказа", "Февраль " + y + " года", "Приказ", "базовая организация; lyceum7")));
    assertThat(imports.importTable(cycle.id(), "Дорожная карта.docx", seed003, "coordinator")).isEqualTo(3);
    RoadmapView view = roadmaps.view(cycle.id()).orElseThrow();
    assertThat(view.sections()).extracting(RoadmapSection::title)
        .containsExactly("1. Аналитическое направление", "Организационно-управленческое сопровождение проекта");
    assertThat(view.items()).extracting(RoadmapItem::content)
        .containsExactly("Анализ результатов ВПР", "Мониторинг динамики результатов", "Издание приказа");
    assertThat(view.items().get(0).indicator()).isEqualTo("Аналитическая справка");
    assertThat(view.items().get(2).sectionId()).isEqualTo(view.sections().get(1).id());
    assertThat(view.items().get(2).executors()).extracting(ItemExecutor::kind)
        .containsExactly(RoadmapExecutorKind.BASE, RoadmapExecutorKind.SCHOOL);

    // seed 002's appendix: stage headings (one cell filled, or merged), numbered items, a repeated header row
    byte[] seed002 = docx(List.of(
        List.of("№ п/п", "Содержание деятельности", "Сроки реализации", "Ответственный исполнитель",
            "Отметка о выполнении"),
        List.of("I этап", "", "", "", ""),
        List.of("1.", "Заседание рабочей группы", "Февраль " + y + " г.", "coordinator", ""),
        List.of("№ п/п", "Содержание деятельности", "Сроки реализации", "Ответственный исполнитель",
            "Отметка о выполнении"),
        List.of("2.", "Установочное совещание", "10 марта " + y + " г.", "Муниципальный координатор", ""),
        List.of("=Организация деятельности в рамках содействия региону в реализации:"),
        List.of("3.", "Участие в семинаре", "18 апреля " + y + " г.", "coordinator", ""),
        List.of("=Итоговый этап"),
        List.of("1.", "Расширенное заседание рабочей группы", "Декабрь " + y + " г.", "coordinator", "")));
    assertThat(imports.importTable(cycle.id(), "roadmap.docx", seed002, "coordinator")).isEqualTo(4);
    view = roadmaps.view(cycle.id()).orElseThrow();
    assertThat(view.sections()).extracting(RoadmapSection::title).containsExactly("I этап",
        "Организация деятельности в рамках содействия региону в реализации:", "Итоговый этап");
    assertThat(view.items()).extracting(RoadmapItem::stage).containsExactly(1, 1, 1, 0);
    assertThat(view.items().get(1).dueDate()).isEqualTo(java.time.LocalDate.of(y, 3, 10));

    // a bad row: named by its row in the table, nothing stored
    byte[] bad = docx(List.of(
        List.of("№ п/п", "Содержание деятельности", "Сроки реализации", "Ответственный исполнитель"),
        List.of("=II этап"),
        List.of("1.", "Семинар", "Май " + y + " г.", "coordinator"),
        List.of("2.", "Вебинар", "Май " + y + " г.", ""),
        List.of("3.", "Круглый стол", "В течение года", "Иванов")));
    assertThatThrownBy(() -> imports.importTable(cycle.id(), "bad.docx", bad, "coordinator"))
        .isInstanceOf(ImportRejectedException.class)
        .hasMessageContaining("ничего не изменено")
        .satisfies(e -> assertThat(((ImportRejectedException) e).problems()).extracting(Object::toString)
            .anyMatch(p -> p.startsWith("Строка 4 таблицы: ") && p.contains("не указан ответственный исполнитель"))
            .anyMatch(p -> p.startsWith("Строка 5 таблицы: ") && p.contains("не назван месяц"))
            .anyMatch(p -> p.startsWith("Строка 5 таблицы: ") && p.contains("«Иванов» не найден"))
            .noneMatch(p -> p.startsWith("Строка 3 ")));
    assertThat(roadmaps.view(cycle.id()).orElseThrow().items()).hasSize(4);

    // not a Word document, though named so; a Word document without the roadmap's table
    assertThatThrownBy(() -> imports.importTable(cycle.id(), "roadmap.docx",
        "Содержание деятельности;Сроки реализации".getBytes(StandardCharsets.UTF_8), "coordinator"))
        .isInstanceOf(ImportRejectedException.class)
        .hasMessageContaining("не читается как DOCX (документ Word)");
    assertThatThrownBy(() -> imports.importTable(cycle.id(), "letter.docx",
        docx(List.of(List.of("Школа", "Директор"), List.of("СОШ № 6", "Муразян О.В."))), "coordinator"))
        .isInstanceOf(ImportRejectedException.class)
        .hasMessageContaining("нет таблицы со столбцом «Содержание деятельности»");
    assertThat(roadmaps.view(cycle.id()).orElseThrow().items()).hasSize(4);
  }

  /**
   * A document with a paragraph and one table; a row of one cell «=text» is a heading merged across
   * the table (gridSpan), as Word writes it.
   */
  static byte[] docx(List<List<String>> rows) throws IOException {
    int columns = rows.get(0).size();
    try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      document.createParagraph().createRun().setText("Приложение 1. Дорожная карта");
      XWPFTable table = document.createTable(rows.size(), columns);
      for (int r = 0; r < rows.size(); r++) {
        XWPFTableRow row = table.getRow(r);
        List<String> cells = rows.get(r);
        if (cells.size() == 1 && cells.get(0).startsWith("=")) {
          for (int c = columns - 1; c > 0; c--) {
            row.removeCell(c);
          }
          row.getCell(0).getCTTc().addNewTcPr().addNewGridSpan().setVal(BigInteger.valueOf(columns));
          row.getCell(0).setText(cells.get(0).substring(1));
          continue;
        }
        for (int c = 0; c < columns; c++) {
          if (!cells.get(c).isEmpty()) {
            row.getCell(c).setText(cells.get(c));
          }
        }
      }
      document.write(out);
      return out.toByteArray();
    }
  }
}
