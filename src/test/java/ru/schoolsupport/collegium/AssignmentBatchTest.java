package ru.schoolsupport.collegium;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import ru.schoolsupport.EngineTestSupport;
import ru.schoolsupport.SchoolSupportTest;
import ru.schoolsupport.assignment.Assignment;
import ru.schoolsupport.assignment.AssignmentProcess;
import ru.schoolsupport.assignment.AssignmentService;
import ru.schoolsupport.assignment.ExecutorKind;
import ru.schoolsupport.process.FormInputException;
import ru.schoolsupport.process.JsonValues;
import ru.schoolsupport.process.WorkCalendar;
import ru.schoolsupport.spreadsheet.ImportRejectedException;

/**
 * Assignments of any order: entered by the coordinator in assignmentBatch, or imported from a table;
 * a bad row refuses the whole list and issues nothing.
 */
@SchoolSupportTest
class AssignmentBatchTest {

  static final DateTimeFormatter RU = DateTimeFormatter.ofPattern("dd.MM.yyyy");

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired FormService forms;
  @Autowired IdentityService identity;
  @Autowired AssignmentService assignments;
  @Autowired AssignmentBatchService batches;
  @Autowired WorkCalendar calendar;
  @Autowired TestRestTemplate rest;

  @BeforeEach
  void init() {
    EngineTestSupport.init(engine);
  }

  @Test
  void theCoordinatorEntersAListAndEachAssignmentIsIssued() {
    ProcessInstance batch = start("Приказ управления образования от 16.02.2026 № 208");
    assertThat(batch).isWaitingAt(AssignmentBatchProcess.TASK_ENTER_ASSIGNMENTS);
    assertThat(task(batch)).isAssignedTo("coordinator").hasDueDate(calendar.dueAt(calendar.today().plusDays(3)));
    assertThat(forms.getDeployedTaskForm(task(batch).getId())).isNotNull();

    LocalDate deadline = calendar.today().plusDays(20);
    forms.submitTaskForm(task(batch).getId(), withVariables(AssignmentBatchProcess.ASSIGNMENTS, JsonValues.json(List.of(
        CollegiumMeetingProcessTest.assignment("Определить школьного куратора РДШ", "SCHOOL", "sosh20", deadline, "deputy"),
        CollegiumMeetingProcessTest.assignment("Организовать мониторинг участия в мероприятиях РДШ", "PERSON", "methodist",
            deadline, "coordinator")))));

    assertThat(batch).isEnded().hasPassed(AssignmentBatchProcess.END_ISSUED);
    List<Assignment> issued = assignments.findAll().stream()
        .filter(a -> "Приказ управления образования от 16.02.2026 № 208".equals(a.source())).toList();
    assertThat(issued).extracting(Assignment::executorRef).containsExactlyInAnyOrder("sosh20", "methodist");
    Assignment toSchool = issued.stream().filter(a -> a.executorKind() == ExecutorKind.SCHOOL).findFirst().orElseThrow();
    ProcessInstance control = runtime.createProcessInstanceQuery().processInstanceId(toSchool.processInstanceId())
        .singleResult();
    assertThat(control).isWaitingAt(AssignmentProcess.TASK_EXECUTE);
    assertThat(task(control)).hasCandidateGroup("school-sosh20");
  }

  @Test
  void aListWithABadRowIsRefusedWhole() {
    ProcessInstance batch = start("Решение коллегии от 20.01.2026 № 1, раздел II");
    int before = assignments.findAll().size();
    String taskId = task(batch).getId();
    assertThatThrownBy(() -> forms.submitTaskForm(taskId, withVariables(AssignmentBatchProcess.ASSIGNMENTS, JsonValues.json(List.of(
        CollegiumMeetingProcessTest.assignment("Верное поручение", "SCHOOL", "sosh6", calendar.today().plusDays(5), "deputy"),
        CollegiumMeetingProcessTest.assignment("Неверное поручение", "GROUP", "no-such-group", calendar.today().plusDays(5),
            "deputy"))))))
        .isInstanceOf(FormInputException.class).hasMessageContaining("поручение 2: исполнитель «no-such-group»");
    assertThat(batch).isWaitingAt(AssignmentBatchProcess.TASK_ENTER_ASSIGNMENTS);
    assertThat(assignments.findAll()).hasSize(before);
  }

  @Test
  void aBatchWithoutSourceIsNotStarted() {
    assertThatThrownBy(() -> start(" ")).isInstanceOf(FormInputException.class).hasMessageContaining("Основание");
  }

  @Test
  void aTableIsImportedAndEachRowIssued() throws Exception {
    String deadline = RU.format(calendar.today().plusDays(15));
    String csv = """
        Основание;Поручение;Исполнитель;Код исполнителя;Срок;Контролёр
        Приказ № 300;Включить в программу воспитания план мероприятий РДШ;школа;sosh31;%s;deputy
        ;Обеспечить обучение школьных кураторов;группа;directors;%s;coordinator
        """.formatted(deadline, deadline);
    List<Long> ids = batches.importTable("rdsh.csv", csv.getBytes(StandardCharsets.UTF_8), "Решение коллегии № 1, раздел II");

    assertThat(ids).hasSize(2);
    assertThat(assignments.get(ids.get(0)).source()).isEqualTo("Приказ № 300");
    assertThat(assignments.get(ids.get(1)).source()).isEqualTo("Решение коллегии № 1, раздел II");
    assertThat(assignments.get(ids.get(1)).executorKind()).isEqualTo(ExecutorKind.GROUP);
    assertThat(assignments.get(ids.get(0)).processInstanceId()).isNotNull();
  }

  @Test
  void anXlsxTableIsImportedToo() throws Exception {
    byte[] xlsx;
    try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      XSSFSheet sheet = book.createSheet("Поручения");
      String[][] rows = {{"Поручение", "Исполнитель", "Код исполнителя", "Срок", "Контролёр"},
          {"Создать первичное отделение РДШ", "Школа", "sosh12", RU.format(calendar.today().plusDays(40)), "deputy"}};
      for (int r = 0; r < rows.length; r++) {
        var row = sheet.createRow(r);
        for (int c = 0; c < rows[r].length; c++) {
          row.createCell(c).setCellValue(rows[r][c]);
        }
      }
      book.write(out);
      xlsx = out.toByteArray();
    }
    List<Long> ids = batches.importTable("rdsh.xlsx", xlsx, "Приказ № 301");
    assertThat(ids).hasSize(1);
    assertThat(assignments.get(ids.get(0)).executorRef()).isEqualTo("sosh12");
  }

  @Test
  void aTableWithBadRowsIsRefusedWithLineMessagesAndNothingIsIssued() {
    int before = assignments.findAll().size();
    String csv = """
        Поручение,Исполнитель,Код исполнителя,Срок,Контролёр
        Верная строка,школа,sosh6,%s,deputy
        ,комиссия,sosh6,31.02.2026,deputy
        Поручение в прошлом,школа,no-such-school,01.01.2020,nobody
        """.formatted(RU.format(calendar.today().plusDays(10)));
    assertThatThrownBy(() -> batches.importTable("bad.csv", csv.getBytes(StandardCharsets.UTF_8), null))
        .isInstanceOf(ImportRejectedException.class)
        .satisfies(e -> {
          List<ImportRejectedException.LineProblem> problems = ((ImportRejectedException) e).problems();
          assertThat(problems).extracting(ImportRejectedException.LineProblem::line).containsOnly(3, 4);
          assertThat(e.getMessage()).contains("Строка 3: в столбце «Исполнитель»")
              .contains("Строка 3: срок «31.02.2026» не является датой")
              .contains("Строка 4: срок исполнения 01.01.2020 уже прошёл")
              .contains("Строка 4: исполнитель «no-such-school»")
              .contains("Строка 4: контролёр «nobody»");
        });
    assertThat(assignments.findAll()).hasSize(before);
  }

  @Test
  void overRestACoordinatorImportsAndASchoolMayNot() {
    String csv = "Поручение,Исполнитель,Код исполнителя,Срок,Контролёр\n"
        + "Провести круглый стол,сотрудник,methodist," + RU.format(calendar.today().plusDays(9)) + ",coordinator\n";
    ResponseEntity<Map> ok = rest.withBasicAuth("coordinator", "demo")
        .postForEntity("/api/assignments/import", upload(csv, "Приказ № 302"), Map.class);
    assertThat(ok.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(ok.getBody().get("message").toString()).contains("Выдано поручений: 1");

    ResponseEntity<Map> bad = rest.withBasicAuth("coordinator", "demo")
        .postForEntity("/api/assignments/import", upload(csv.replace("methodist", "nobody"), null), Map.class);
    assertThat(bad.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(bad.getBody().get("message").toString()).contains("Строка 2");

    ResponseEntity<Map> school = rest.withBasicAuth("director.sosh6", "demo")
        .postForEntity("/api/assignments/import", upload(csv, null), Map.class);
    assertThat(school.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
  }

  private static HttpEntity<MultiValueMap<String, Object>> upload(String csv, String source) {
    MultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
    body.add("file", new ByteArrayResource(csv.getBytes(StandardCharsets.UTF_8)) {
      @Override
      public String getFilename() {
        return "assignments.csv";
      }
    });
    if (source != null) {
      body.add("source", source);
    }
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    return new HttpEntity<>(body, headers);
  }

  private ProcessInstance start(String source) {
    // as the coordinator starts it from Tasklist, with the coordinators' grants
    identity.setAuthentication("coordinator", List.of("coordinators"));
    try {
      return runtime.startProcessInstanceByKey(AssignmentBatchProcess.KEY,
          withVariables(AssignmentBatchProcess.SOURCE, source));
    } finally {
      identity.clearAuthentication();
    }
  }
}
