package ru.schoolsupport.access;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Attachment;
import org.camunda.bpm.engine.task.Comment;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import ru.schoolsupport.SchoolSupportTest;
import ru.schoolsupport.assignment.AssignmentService;
import ru.schoolsupport.assignment.ExecutorKind;
import ru.schoolsupport.assignment.NewAssignment;
import ru.schoolsupport.process.WorkCalendar;

/**
 * The engine's REST API as staff meet it ({@link EngineRestGate}), tried from outside with their own
 * logins: the calls Tasklist needs answer, the rest is refused with 403, a submission carries only
 * its form's fields and keeps their rules, and every refusal leaves everything as it was.
 */
@SchoolSupportTest
class StaffRestSurfaceTest {

  @Autowired TestRestTemplate http;
  @Autowired TaskService tasks;
  @Autowired RuntimeService runtime;
  @Autowired ManagementService management;
  @Autowired AssignmentService assignments;
  @Autowired WorkCalendar calendar;
  final ObjectMapper json = new ObjectMapper();

  long sosh6Assignment;
  String sosh6Task;
  long sosh12Assignment;
  String sosh12Task;

  @BeforeEach
  void twoSchoolsHaveWork() {
    sosh6Assignment = issueTo("sosh6");
    sosh6Task = taskOf(sosh6Assignment);
    sosh12Assignment = issueTo("sosh12");
    sosh12Task = taskOf(sosh12Assignment);
  }

  @Test
  void whatTasklistNeedsAnswersAStaffLogin() {
    for (String path : List.of("/engine-rest/engine", "/engine-rest/filter", "/engine-rest/task",
        "/engine-rest/task/count", "/engine-rest/task/" + sosh6Task, "/engine-rest/task/" + sosh6Task + "/form",
        "/engine-rest/task/" + sosh6Task + "/deployed-form", "/engine-rest/task/" + sosh6Task + "/form-variables",
        "/engine-rest/task/" + sosh6Task + "/identity-links", "/engine-rest/process-definition",
        "/engine-rest/user/director.sosh6/profile", "/engine-rest/group?member=director.sosh6",
        "/engine-rest/history/user-operation?taskId=" + sosh6Task)) {
      assertThat(call("director.sosh6", HttpMethod.GET, path, null).getStatusCode()).as(path).isEqualTo(HttpStatus.OK);
    }
    assertThat(call("director.sosh6", HttpMethod.POST, "/engine-rest/task/" + sosh6Task + "/claim",
        "{\"userId\":\"director.sosh6\"}").getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(call("director.sosh6", HttpMethod.POST, "/engine-rest/task/" + sosh6Task + "/unclaim", "{}")
        .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
  }

  @Test
  void whatStaffDoNotNeedIsRefusedAndTheAdministratorKeepsIt() {
    String job = timerOf(sosh6Assignment).getId();
    for (String user : List.of("director.sosh6", "curator1", "methodist", "head", "coordinator")) {
      for (String[] call : List.of(
          new String[] {"POST", "/engine-rest/job/" + job + "/execute"},
          new String[] {"PUT", "/engine-rest/job/" + job + "/retries"},
          new String[] {"POST", "/engine-rest/deployment/create"},
          new String[] {"POST", "/engine-rest/message"},
          new String[] {"POST", "/engine-rest/signal"},
          new String[] {"POST", "/engine-rest/migration/execute"},
          new String[] {"POST", "/engine-rest/modification/execute"},
          new String[] {"POST", "/engine-rest/process-instance/delete"},
          new String[] {"PUT", "/engine-rest/process-instance/" + instanceOf(sosh6Assignment) + "/variables/cycleId"},
          new String[] {"POST", "/engine-rest/history/cleanup"},
          new String[] {"POST", "/engine-rest/authorization/create"},
          new String[] {"POST", "/engine-rest/user/create"},
          new String[] {"DELETE", "/engine-rest/task/" + sosh6Task})) {
        ResponseEntity<String> answer = call(user, HttpMethod.valueOf(call[0]), call[1], "{\"value\":1}");
        assertThat(answer.getStatusCode()).as(user + " " + call[0] + " " + call[1]).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(answer.getBody()).containsAnyOf("администратор", "Нет доступа");
      }
    }
    // reads: a school's people see no instances, jobs, incidents or executions; managers do (Cockpit)
    for (String path : List.of("/engine-rest/process-instance", "/engine-rest/job", "/engine-rest/incident",
        "/engine-rest/execution", "/engine-rest/variable-instance", "/engine-rest/batch", "/engine-rest/deployment")) {
      assertThat(call("director.sosh6", HttpMethod.GET, path, null).getStatusCode()).as(path)
          .isEqualTo(HttpStatus.FORBIDDEN);
      assertThat(call("head", HttpMethod.GET, path, null).getStatusCode()).as(path).isEqualTo(HttpStatus.OK);
    }
    assertThat(call("head", HttpMethod.POST, "/engine-rest/process-instance/count", "{}").getStatusCode())
        .isEqualTo(HttpStatus.OK);
    // the administrator keeps the whole API
    assertThat(http.withBasicAuth("admin", "admin").exchange("/engine-rest/job/" + job, HttpMethod.GET, null,
        String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
  }

  @Test
  void aRefusedJobExecutionLeavesTheJobAsItWas() {
    Job timer = timerOf(sosh6Assignment);
    for (int i = 0; i < 4; i++) {
      assertThat(call("director.sosh12", HttpMethod.POST, "/engine-rest/job/" + timer.getId() + "/execute", null)
          .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }
    Job after = management.createJobQuery().jobId(timer.getId()).singleResult();
    assertThat(after.getRetries()).isEqualTo(timer.getRetries());
    assertThat(after.getExceptionMessage()).isNull();
    assertThat(runtime.createIncidentQuery().processInstanceId(instanceOf(sosh6Assignment)).count()).isZero();
  }

  @Test
  void aTasksHistoryIsReadByThoseWhoWorkOnItAndByNobodyElse() throws Exception {
    assertThat(call("director.sosh6", HttpMethod.POST, "/engine-rest/task/" + sosh6Task + "/claim",
        "{\"userId\":\"director.sosh6\"}").getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    String path = "/engine-rest/history/user-operation?taskId=" + sosh6Task;

    JsonNode own = json.readTree(call("director.sosh6", HttpMethod.GET, path, null).getBody());
    assertThat(own).as("the claimer sees that he claimed it").isNotEmpty();
    assertThat(own.findValuesAsText("operationType")).contains("Claim");
    assertThat(json.readTree(call("deputy.sosh6", HttpMethod.GET, path, null).getBody()))
        .as("so does the school's other candidate").isNotEmpty();
    assertThat(json.readTree(call("director.sosh12", HttpMethod.GET, path, null).getBody()))
        .as("another school's director sees nothing").isEmpty();
    // whoever reads the history reads the names of its people (the curator, the director's colleague)
    for (String reader : List.of("curator1", "deputy.sosh6")) {
      ResponseEntity<String> profile = call(reader, HttpMethod.GET, "/engine-rest/user/director.sosh6/profile", null);
      assertThat(profile.getStatusCode()).as(reader).isEqualTo(HttpStatus.OK);
      assertThat(json.readTree(profile.getBody()).path("firstName").asText()).isNotBlank();
    }
  }

  @Test
  void anotherSchoolsCommentsAndAttachmentsStayClosed() {
    Comment comment = tasks.createComment(sosh6Task, instanceOf(sosh6Assignment), "Только для СОШ № 6");
    Attachment attachment = tasks.createAttachment("text/plain", sosh6Task, instanceOf(sosh6Assignment), "plan.txt",
        "План", new ByteArrayInputStream("план".getBytes(StandardCharsets.UTF_8)));
    String base = "/engine-rest/task/" + sosh6Task;
    for (String path : List.of(base + "/comment", base + "/comment/" + comment.getId(), base + "/attachment",
        base + "/attachment/" + attachment.getId(), base + "/attachment/" + attachment.getId() + "/data",
        base + "/variables", base + "/form-variables")) {
      ResponseEntity<String> answer = call("director.sosh12", HttpMethod.GET, path, null);
      assertThat(answer.getStatusCode()).as(path).isEqualTo(HttpStatus.FORBIDDEN);
      assertThat(answer.getBody()).doesNotContain("Только для СОШ № 6");
    }
    assertThat(call("director.sosh12", HttpMethod.DELETE, base + "/attachment/" + attachment.getId(), null)
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(call("director.sosh12", HttpMethod.POST, base + "/comment/create", "{\"message\":\"чужой\"}")
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(tasks.getAttachment(attachment.getId())).isNotNull();
    assertThat(tasks.getTaskComments(sosh6Task)).hasSize(1);
    // the gate lets the school's own people through to the engine, which answers by its own rules
    assertThat(call("director.sosh6", HttpMethod.GET, base + "/comment/" + comment.getId(), null).getStatusCode())
        .isNotEqualTo(HttpStatus.FORBIDDEN);
  }

  @Test
  void aMissingOrClosedTaskIsA404WithAMessage() {
    ResponseEntity<String> missing = call("director.sosh6", HttpMethod.GET, "/engine-rest/task/no-such-task/variables",
        null);
    assertThat(missing.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(missing.getBody()).contains("не найдена");
    assertThat(submit("director.sosh6", sosh6Task, Map.of("executionResult", text("done"),
        "executionReport", text("Отчёт об исполнении поручения"))))
        .isEqualTo(HttpStatus.NO_CONTENT);
    ResponseEntity<String> again = call("director.sosh6", HttpMethod.POST, "/engine-rest/task/" + sosh6Task
        + "/submit-form", variables(Map.of("executionReport", text("Ещё раз тот же отчёт"))));
    assertThat(again.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(again.getBody()).contains("уже завершена");
  }

  @Test
  void aSubmissionCarryingAnotherAssignmentIsRefusedAndChangesNothing() {
    Map<String, Object> report = Map.of("executionResult", text("done"),
        "executionReport", text("Сайт обновлён, документы размещены"));
    for (String endpoint : List.of("submit-form", "complete", "resolve")) {
      ResponseEntity<String> answer = call("director.sosh12", HttpMethod.POST,
          "/engine-rest/task/" + sosh12Task + "/" + endpoint, variables(Map.of(
              "executionReport", text("Сайт обновлён, документы размещены"),
              "assignmentId", Map.of("value", sosh6Assignment, "type", "Long"))));
      assertThat(answer.getStatusCode()).as(endpoint).isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat(answer.getBody()).contains("assignmentId").doesNotContain("Exception:", "ACT_", "ss_");
    }
    for (String injected : List.of("cycleId", "schoolCode", "assignmentId", "stage")) {
      assertThat(call("director.sosh12", HttpMethod.PUT, "/engine-rest/task/" + sosh12Task + "/variables/" + injected,
          "{\"value\":999,\"type\":\"Long\"}").getStatusCode()).as(injected).isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat(call("director.sosh12", HttpMethod.PUT, "/engine-rest/task/" + sosh12Task + "/localVariables/"
          + injected, "{\"value\":999,\"type\":\"Long\"}").getStatusCode()).as(injected)
          .isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat(call("director.sosh12", HttpMethod.POST, "/engine-rest/task/" + sosh12Task + "/variables",
          "{\"modifications\":{\"" + injected + "\":{\"value\":999,\"type\":\"Long\"}}}").getStatusCode())
          .as(injected).isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat(call("director.sosh12", HttpMethod.DELETE, "/engine-rest/task/" + sosh12Task + "/variables/"
          + injected, null).getStatusCode()).as(injected).isEqualTo(HttpStatus.BAD_REQUEST);
    }
    assertThat(runtime.getVariable(instanceOf(sosh12Assignment), "assignmentId")).isEqualTo(sosh12Assignment);
    assertThat(runtime.getVariable(instanceOf(sosh12Assignment), "cycleId")).isNotEqualTo(999L);
    assertThat(tasks.createTaskQuery().taskId(sosh12Task).count()).isOne();
    assertThat(assignments.get(sosh6Assignment).status().name()).isEqualTo("IN_PROGRESS");

    // the same report alone is taken, and filed under the school's own assignment
    assertThat(submit("director.sosh12", sosh12Task, report)).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(tasks.createTaskQuery().processInstanceId(instanceOf(sosh12Assignment)).singleResult().getName())
        .isEqualTo("МАОУ СОШ № 12 — Проверить исполнение поручения");
  }

  @Test
  void notDoneWithoutAReasonIsA400InRussianAndChangesNothing() {
    String task = "/engine-rest/task/" + sosh6Task + "/submit-form";
    for (Map<String, Object> noReason : List.<Map<String, Object>>of(
        Map.of("executionResult", text("notDone")),
        Map.of("executionResult", text("notDone"), "executionReport", text("          ")))) {
      ResponseEntity<String> answer = call("director.sosh6", HttpMethod.POST, task, variables(noReason));
      assertThat(answer.getStatusCode()).as(noReason.toString()).isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat(answer.getBody()).as(noReason.toString()).contains("причина невыполнения")
          .doesNotContain("Exception:");
    }
    assertThat(tasks.createTaskQuery().taskId(sosh6Task).count()).isOne();
    assertThat(assignments.get(sosh6Assignment).status().name()).isEqualTo("IN_PROGRESS");
  }

  @Test
  void everyRuleTheFormShowsIsKeptOnTheServer() {
    String task = "/engine-rest/task/" + sosh6Task;
    for (Map<String, Object> wrong : List.<Map<String, Object>>of(
        Map.of("executionReport", text("Всё")),
        Map.of("executionReport", text("д".repeat(4001))),
        Map.of("executionReport", text("Отчёт об исполнении"), "executionLink", text("не ссылка")),
        Map.of("executionReport", Map.of("value", 12345678901L, "type", "Long")),
        Map.of("executionReport", Map.of("value", "{не json", "type", "Json")),
        Map.of("executionReport", Map.of("value", "AAAA", "type", "Bytes")),
        Map.of("executionLink", text("https://school6.example.ru/report")),
        Map.of("executionResult", text("maybe"), "executionReport", text("Сайт обновлён, документы размещены")),
        Map.of("executionReport", text("Сайт обновлён, документы размещены")))) {
      ResponseEntity<String> answer = call("director.sosh6", HttpMethod.POST, task + "/submit-form", variables(wrong));
      assertThat(answer.getStatusCode()).as(wrong.toString()).isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat(answer.getBody()).as(wrong.toString()).contains("Поле «");
    }
    assertThat(call("director.sosh6", HttpMethod.POST, task + "/submit-form",
        variables(Map.of("executionReport", text("Всё")))).getBody())
        .contains("Отчёт об исполнении", "не короче 10 символов");
    assertThat(call("director.sosh6", HttpMethod.PUT, task + "/variables/executionReport", "{\"value\":\"" + "д".repeat(4001)
        + "\"}").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(tasks.createTaskQuery().taskId(sosh6Task).count()).isOne();
    assertThat(tasks.getVariable(sosh6Task, "executionReport")).isNull();
  }

  @Test
  void aStartFormCarriesOnlyItsFields() {
    long before = runtime.createProcessInstanceQuery().processDefinitionKey("annualCycle").count();
    Map<String, Object> start = Map.of("periodType", text("CALENDAR_YEAR"),
        "startYear", Map.of("value", 2099, "type", "Long"));
    for (Map<String, Object> extra : List.<Map<String, Object>>of(
        Map.of("coordinator", text("director.sosh6")), Map.of("cycleId", Map.of("value", 1, "type", "Long")),
        Map.of("schoolCode", text("sosh6")))) {
      Map<String, Object> variables = new java.util.HashMap<>(start);
      variables.putAll(extra);
      ResponseEntity<String> answer = call("coordinator", HttpMethod.POST,
          "/engine-rest/process-definition/key/annualCycle/submit-form", variables(variables));
      assertThat(answer.getStatusCode()).as(extra.toString()).isEqualTo(HttpStatus.BAD_REQUEST);
    }
    ResponseEntity<String> keyed = call("coordinator", HttpMethod.POST,
        "/engine-rest/process-definition/key/annualCycle/submit-form",
        "{\"businessKey\":\"2099\",\"variables\":" + json((start)) + "}");
    assertThat(keyed.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(keyed.getBody()).contains("Бизнес-ключ");
    Map<String, Object> tooLong = new java.util.HashMap<>(start);
    tooLong.put("cycleTitle", text("ц".repeat(310)));
    ResponseEntity<String> answer = call("coordinator", HttpMethod.POST,
        "/engine-rest/process-definition/key/annualCycle/submit-form", variables(tooLong));
    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(answer.getBody()).contains("Название цикла", "300");
    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("annualCycle").count()).isEqualTo(before);
    // «Перенести срок» starts with no fields at all: the cycle and the school are chosen in its task
    long moves = runtime.createProcessInstanceQuery().processDefinitionKey("moveDeadline").count();
    ResponseEntity<String> typed = call("coordinator", HttpMethod.POST,
        "/engine-rest/process-definition/key/moveDeadline/submit-form",
        variables(Map.of("moveCycle", text("2026/27"), "moveSchool", text("sosh6"))));
    assertThat(typed.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(typed.getBody()).contains("не содержит");
    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("moveDeadline").count()).isEqualTo(moves);
  }

  private HttpStatus submit(String user, String taskId, Map<String, Object> values) {
    return (HttpStatus) call(user, HttpMethod.POST, "/engine-rest/task/" + taskId + "/submit-form", variables(values))
        .getStatusCode();
  }

  private static Map<String, Object> text(String value) {
    return Map.of("value", value, "type", "String");
  }

  private String variables(Map<String, Object> values) {
    return "{\"variables\":" + json((values)) + "}";
  }

  private String json(Object value) {
    try {
      return json.writeValueAsString(value);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private long issueTo(String school) {
    return assignments.issue(new NewAssignment("Решение коллегии № 1", "Разместить документы на сайте",
        ExecutorKind.SCHOOL, school, "coordinator", calendar.today().plusDays(10)));
  }

  private String instanceOf(long assignment) {
    return assignments.get(assignment).processInstanceId();
  }

  private String taskOf(long assignment) {
    Task task = tasks.createTaskQuery().processInstanceId(instanceOf(assignment)).singleResult();
    return task.getId();
  }

  private Job timerOf(long assignment) {
    return management.createJobQuery().processInstanceId(instanceOf(assignment)).timers().singleResult();
  }

  private ResponseEntity<String> call(String user, HttpMethod method, String path, String body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return http.withBasicAuth(user, "demo").exchange(path, method, new HttpEntity<>(body, headers), String.class,
        Map.of());
  }
}
