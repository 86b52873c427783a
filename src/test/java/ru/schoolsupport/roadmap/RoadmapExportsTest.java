package ru.schoolsupport.roadmap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import ru.schoolsupport.SchoolSupportTest;
import ru.schoolsupport.assignment.AssignmentService;
import ru.schoolsupport.cycle.Cycle;
import ru.schoolsupport.cycle.CycleService;
import ru.schoolsupport.process.ApprovalDecision;

/**
 * The roadmap with its marks as the department files it (XLSX, DOCX: the seeds' table with «Отметка о
 * выполнении»), the events register as XLSX, and the page; the files for the department's staff only.
 */
@SchoolSupportTest
class RoadmapExportsTest {

  @Autowired TestRestTemplate http;
  @Autowired CycleService cycles;
  @Autowired RoadmapService roadmaps;
  @Autowired EventService events;
  @Autowired AssignmentService assignments;

  private Cycle carriedOut() {
    Cycle cycle = RoadmapTestCycles.register(cycles);
    roadmaps.draft(cycle.id(), RoadmapService.DraftSource.TEMPLATE, "coordinator");
    roadmaps.submit(cycle.id());
    roadmaps.decide(cycle.id(), ApprovalDecision.APPROVED, null, "head");
    roadmaps.startTracking(cycle.id());
    RoadmapService.RoadmapView view = roadmaps.view(cycle.id()).orElseThrow();
    // item 2 (the coordinators' «Анализ эффективности принятых мер») done and accepted
    long assignment = view.marks().get(view.items().get(1).id()).get(0).assignmentId();
    assignments.recordReport(assignment, "Аналитическая справка", "https://uo.example.ru/spravka", "coordinator");
    assignments.recordControlDecision(assignment, ApprovalDecision.APPROVED, null);
    events.record(cycle.id(), new EventService.EventInput(cycle.deadlines().stage1Due().minusDays(10), "SEMINAR",
        "Функциональная грамотность", "МОБУ СОШ № 5", null, "IN_PERSON", List.of("sosh6"), 25, null,
        view.items().get(6).id()), new EventService.Author("methodist", true, false, List.of()));
    return cycle;
  }

  @Test
  void theRoadmapAsXlsxHasTheSeedsColumnsTheMarksAndTheCompletion() throws Exception {
    Cycle cycle = carriedOut();
    ResponseEntity<byte[]> file = http.withBasicAuth("head", "demo")
        .getForEntity("/app/cycles/" + cycle.id() + "/roadmap.xlsx", byte[].class);
    assertThat(file.getStatusCode()).isEqualTo(HttpStatus.OK);
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file.getBody()))) {
      List<List<String>> rows = rows(workbook.getSheet(RoadmapExports.ROADMAP_SHEET));
      assertThat(rows).anyMatch(r -> r.equals(RoadmapExports.ROADMAP_HEADERS));
      assertThat(rows).anyMatch(r -> r.size() > 1 && r.get(1).startsWith("Организация и проведение анализа")
          && r.get(1).contains("выполнено 1 из 3 мероприятий (33 %)"));
      List<String> done = rows.stream().filter(r -> r.get(0).equals("2.")).findFirst().orElseThrow();
      assertThat(done.get(1)).isEqualTo("Анализ эффективности принятых мер");
      assertThat(done.get(3)).isEqualTo("Наличие аналитической справки, адресные рекомендации");
      assertThat(done.get(4)).isEqualTo("Муниципальные координаторы");
      assertThat(done.get(5)).startsWith("Выполнено ").contains("Аналитическая справка (https://uo.example.ru/spravka)");
      List<String> open = rows.stream().filter(r -> r.get(0).equals("1.")).findFirst().orElseThrow();
      assertThat(open.get(5)).contains("Муниципальные координаторы — в работе");
      List<List<String>> completion = rows(workbook.getSheet(RoadmapExports.COMPLETION_SHEET));
      assertThat(completion.get(1)).containsExactly("Всего", "1", "9", "11", "0");
    }
  }

  @Test
  void theRoadmapAsDocxIsTheAppendixWithTheMarkColumn() throws Exception {
    Cycle cycle = carriedOut();
    ResponseEntity<byte[]> file = http.withBasicAuth("coordinator", "demo")
        .getForEntity("/app/cycles/" + cycle.id() + "/roadmap.docx", byte[].class);
    assertThat(file.getStatusCode()).isEqualTo(HttpStatus.OK);
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(file.getBody()));
        XWPFWordExtractor text = new XWPFWordExtractor(doc)) {
      assertThat(text.getText()).contains("Приложение к приказу", "Цель: ", "Отметка о выполнении",
          "Информационное сопровождение", "Выполнено ", "всего — выполнено 1 из 9 мероприятий (11 %)");
      assertThat(doc.getTables().get(0).getRow(0).getTableCells()).extracting(c -> c.getText())
          .containsExactlyElementsOf(RoadmapExports.ROADMAP_HEADERS);
    }
  }

  @Test
  void theEventsRegisterAsXlsxAndThePageAndWhoMayDownload() throws Exception {
    Cycle cycle = carriedOut();
    ResponseEntity<byte[]> file = http.withBasicAuth("methodist", "demo")
        .getForEntity("/app/cycles/" + cycle.id() + "/events.xlsx", byte[].class);
    assertThat(file.getStatusCode()).isEqualTo(HttpStatus.OK);
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file.getBody()))) {
      List<List<String>> rows = rows(workbook.getSheet(RoadmapExports.EVENTS_SHEET));
      assertThat(rows.get(2)).containsExactlyElementsOf(RoadmapExports.EVENT_HEADERS);
      assertThat(rows.get(3)).contains("Семинар", "Функциональная грамотность", "МОБУ СОШ № 6", "25", "очно")
          .anyMatch(c -> c.startsWith("п. 7. "));
      assertThat(rows(workbook.getSheet(RoadmapExports.EVENT_KINDS_SHEET)))
          .anyMatch(r -> r.equals(List.of("Семинар", "1", "25")));
    }
    for (String path : List.of("roadmap.xlsx", "roadmap.docx", "events.xlsx")) {
      ResponseEntity<String> refused = http.withBasicAuth("director.sosh6", "demo")
          .getForEntity("/app/cycles/" + cycle.id() + "/" + path, String.class);
      assertThat(refused.getStatusCode()).as(path).isEqualTo(HttpStatus.FORBIDDEN);
      assertThat(refused.getBody()).contains("Нет доступа");
    }
    String page = http.withBasicAuth("head", "demo").getForObject("/app/cycles/" + cycle.id() + "/roadmap", String.class);
    assertThat(page).contains("Всего: выполнено 1 из 9 мероприятий (11 %)", "roadmap.docx", "Функциональная грамотность");
    String schoolPage = http.withBasicAuth("director.sosh6", "demo")
        .getForObject("/app/cycles/" + cycle.id() + "/roadmap", String.class);
    assertThat(schoolPage).doesNotContain("Анализ эффективности", "roadmap.docx").contains("Функциональная грамотность");
    assertThat(http.withBasicAuth("head", "demo").getForEntity("/app/cycles/999999/events.xlsx", String.class)
        .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
  }

  private static List<List<String>> rows(XSSFSheet sheet) {
    List<List<String>> rows = new ArrayList<>();
    for (Row row : sheet) {
      List<String> cells = new ArrayList<>();
      for (int i = 0; i < row.getLastCellNum(); i++) {
        var cell = row.getCell(i);
        cells.add(cell == null ? "" : switch (cell.getCellType()) {
          case NUMERIC -> String.valueOf((long) cell.getNumericCellValue());
          default -> cell.getStringCellValue();
        });
      }
      rows.add(cells);
    }
    return rows;
  }

}
