package ru.schoolsupport.access;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import ru.schoolsupport.CycleTestSupport;
import ru.schoolsupport.EngineTestSupport;
import ru.schoolsupport.SchoolSupportTest;
import ru.schoolsupport.TestYears;
import ru.schoolsupport.addition.SchoolAdditions;
import ru.schoolsupport.cycle.Cycle;
import ru.schoolsupport.cycle.CycleService;
import ru.schoolsupport.listformation.CycleSchoolRepository;
import ru.schoolsupport.process.WorkCalendar;
import ru.schoolsupport.reporting.MunicipalReportProcess;
import ru.schoolsupport.reporting.ReportingFixtures;
import ru.schoolsupport.schoolyear.StageReportRepository;

/**
 * Every process, tried from outside as its own users would: each kind of user task the year brings
 * up is submitted by one of the people who work on it, carrying a variable the process sets itself
 * (the cycle, school, assignment, report, stage or initiator a step works on), through every way
 * the REST API offers; and each start form likewise. Every try is a 400, and nothing changes.
 */
@SchoolSupportTest
class InjectionPerProcessTest {

  /** What a user could try to point a step at another school's, cycle's or assignment's records. */
  static final Map<String, String> INJECTED = Map.ofEntries(
      Map.entry("cycleId", "{\"value\":1,\"type\":\"Long\"}"),
      Map.entry("schoolCode", "{\"value\":\"sosh12\",\"type\":\"String\"}"),
      Map.entry("schoolName", "{\"value\":\"МОБУ СОШ № 12\",\"type\":\"String\"}"),
      Map.entry("assignmentId", "{\"value\":1,\"type\":\"Long\"}"),
      Map.entry("reportId", "{\"value\":1,\"type\":\"Long\"}"),
      Map.entry("reportStage", "{\"value\":2,\"type\":\"Long\"}"),
      Map.entry("coordinator", "{\"value\":\"director.sosh12\",\"type\":\"String\"}"),
      Map.entry("meetingId", "{\"value\":1,\"type\":\"Long\"}"),
      Map.entry("meetingSecretary", "{\"value\":\"director.sosh12\",\"type\":\"String\"}"),
      Map.entry("batchInitiator", "{\"value\":\"director.sosh12\",\"type\":\"String\"}"),
      Map.entry("additionId", "{\"value\":1,\"type\":\"Long\"}"),
      Map.entry("revisionId", "{\"value\":1,\"type\":\"Long\"}"));

  @Autowired TestRestTemplate http;
  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;
  @Autowired RepositoryService repository;
  @Autowired IdentityService identity;
  @Autowired CycleService cycles;
  @Autowired CycleSchoolRepository cycleSchools;
  @Autowired StageReportRepository stageReports;
  @Autowired WorkCalendar calendar;
  final ObjectMapper json = new ObjectMapper();

  @Test
  void noUserTaskOfAnyProcessTakesAVariableTheProcessSets() {
    EngineTestSupport.init(engine);
    // the year's processes, started as their users start them or as the year starts them
    CycleTestSupport cycle = new CycleTestSupport(runtime, tasks, management, engine.getFormService());
    ProcessInstance annual = cycle.start(TestYears.next());
    ProcessInstance schools = cycle.start(TestYears.next());
    cycle.runToTheSchools(schools, List.of("sosh6", "sosh12"), "Две школы из предложенных: проверка");
    assertThat(start("secretary", "collegiumMeeting", Map.of("meetingDate", text(calendar.today().toString()),
        "agenda", text("О работе со школами с низкими результатами")))).isEqualTo(HttpStatus.OK);
    assertThat(start("coordinator", "assignmentBatch", Map.of("assignmentSource",
        text("Приказ от 16.02.2026 № 208")))).isEqualTo(HttpStatus.OK);
    Cycle reported = ReportingFixtures.cycleWithStageOneReports(cycles, cycleSchools, stageReports);
    ProcessInstance report = runtime.startProcessInstanceByKey(MunicipalReportProcess.KEY,
        reported.businessKey() + "/report-1", Map.of(MunicipalReportProcess.CYCLE_ID, reported.id(),
            MunicipalReportProcess.REPORT_STAGE, 1L));
    for (Job job : management.createJobQuery().processInstanceId(report.getId()).executable().list()) {
      management.executeJob(job.getId());
    }
    // a school added during the year, at each of its tasks: proposed, approved, paired, its order drafted
    SchoolAdditions added = new SchoolAdditions(engine, cycle.cycleId(schools));
    added.atProposal();
    added.atApproval("sosh20");
    added.atPair("sosh1");
    added.atOrder("sosh35");

    // one task of each kind, tried by someone who works on it
    Map<String, Task> kinds = new LinkedHashMap<>();
    for (Task task : tasks.createTaskQuery().active().orderByTaskCreateTime().desc().list()) {
      if (task.getProcessDefinitionId() != null) {
        kinds.putIfAbsent(task.getProcessDefinitionId().split(":")[0] + "/" + task.getTaskDefinitionKey(), task);
      }
    }
    Set<String> processes = new TreeSet<>();
    List<String> accepted = new ArrayList<>();
    for (Map.Entry<String, Task> kind : kinds.entrySet()) {
      Task task = kind.getValue();
      String user = workerOf(task);
      if (user == null) {
        continue;
      }
      processes.add(kind.getKey().split("/")[0]);
      String before = runtime.getVariables(task.getProcessInstanceId()).toString();
      for (Map.Entry<String, String> variable : INJECTED.entrySet()) {
        String name = variable.getKey();
        String value = variable.getValue();
        String base = "/engine-rest/task/" + task.getId();
        Map<String, String> tries = new LinkedHashMap<>();
        tries.put("POST " + base + "/submit-form", "{\"variables\":{\"" + name + "\":" + value + "}}");
        tries.put("POST " + base + "/complete", "{\"variables\":{\"" + name + "\":" + value + "}}");
        tries.put("PUT " + base + "/variables/" + name, value);
        tries.put("PUT " + base + "/localVariables/" + name, value);
        tries.put("POST " + base + "/variables", "{\"modifications\":{\"" + name + "\":" + value + "}}");
        tries.put("POST " + base + "/localVariables", "{\"deletions\":[\"" + name + "\"]}");
        tries.put("DELETE " + base + "/variables/" + name, null);
        for (Map.Entry<String, String> attempt : tries.entrySet()) {
          String[] call = attempt.getKey().split(" ", 2);
          ResponseEntity<String> answer = call(user, HttpMethod.valueOf(call[0]), call[1], attempt.getValue());
          if (answer.getStatusCode() != HttpStatus.BAD_REQUEST) {
            accepted.add(kind.getKey() + " as " + user + ": " + attempt.getKey() + " → " + answer.getStatusCode());
          }
        }
      }
      assertThat(tasks.createTaskQuery().taskId(task.getId()).count()).as(kind.getKey() + " still open").isOne();
      // as text: a Json variable's value has no equals of its own
      assertThat(runtime.getVariables(task.getProcessInstanceId()).toString()).as(kind.getKey() + " variables unchanged")
          .isEqualTo(before);
    }
    assertThat(accepted).isEmpty();
    assertThat(processes).contains("annualCycle", "schoolSupport", "assignmentControl", "assignmentBatch",
        "collegiumMeeting", "municipalReport", "addSchool");
    assertThat(runtime.createProcessInstanceQuery().processInstanceId(annual.getId()).count()).isOne();
  }

  @Test
  void aFieldTheTaskHoldsIsSubmittedThroughItsFormNotThroughComplete() {
    EngineTestSupport.init(engine);
    CycleTestSupport cycle = new CycleTestSupport(runtime, tasks, management, engine.getFormService());
    ProcessInstance schools = cycle.start(TestYears.next());
    cycle.runToTheSchools(schools, List.of("sosh6"), "Одна школа из предложенных: проверка");
    Task assess = tasks.createTaskQuery().processDefinitionKey("schoolSupport").taskCandidateGroup("school-sosh6")
        .taskDefinitionKey("Task_AssessRisks").orderByTaskCreateTime().desc().listPage(0, 1).get(0);
    ResponseEntity<String> answer = call("director.sosh6", HttpMethod.POST, "/engine-rest/task/" + assess.getId()
        + "/complete", "{\"variables\":{\"priorityRisks\":{\"value\":\"[\\\"equipment\\\"]\",\"type\":\"Json\"}}}");
    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(answer.getBody()).contains("priorityRisks", "/submit-form");
    assertThat(tasks.createTaskQuery().taskId(assess.getId()).count()).isOne();
  }

  @Test
  void noStartFormTakesAVariableTheProcessSets() {
    Map<String, Map<String, Object>> starts = Map.of(
        "collegiumMeeting", Map.of("meetingDate", text(calendar.today().toString()), "agenda", text("О работе")),
        "assignmentBatch", Map.of("assignmentSource", text("Приказ № 208")),
        "annualCycle", Map.of("periodType", text("CALENDAR_YEAR"), "startYear",
            Map.of("value", TestYears.next(), "type", "Long")),
        "addSchool", Map.of(),
        "documentRevision", Map.of("revisionReason", text("Актуализация после отчёта за I этап")));
    Map<String, String> starters = Map.of("collegiumMeeting", "secretary", "assignmentBatch", "coordinator",
        "annualCycle", "coordinator", "addSchool", "coordinator", "documentRevision", "director.sosh6");
    for (Map.Entry<String, Map<String, Object>> start : starts.entrySet()) {
      long before = runtime.createProcessInstanceQuery().processDefinitionKey(start.getKey()).count();
      for (String name : INJECTED.keySet()) {
        Map<String, Object> variables = new LinkedHashMap<>(start.getValue());
        try {
          variables.put(name, json.readValue(INJECTED.get(name), Map.class));
        } catch (Exception e) {
          throw new IllegalStateException(e);
        }
        assertThat(start(starters.get(start.getKey()), start.getKey(), variables)).as(start.getKey() + " " + name)
            .isEqualTo(HttpStatus.BAD_REQUEST);
      }
      assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(start.getKey()).count())
          .as(start.getKey()).isEqualTo(before);
    }
  }

  /** Someone who works on the task: its assignee, a candidate user, or a member of a candidate group. */
  private String workerOf(Task task) {
    if (task.getAssignee() != null) {
      return task.getAssignee();
    }
    for (IdentityLink link : tasks.getIdentityLinksForTask(task.getId())) {
      if (link.getUserId() != null) {
        return link.getUserId();
      }
      if (link.getGroupId() != null) {
        List<User> members = identity.createUserQuery().memberOfGroup(link.getGroupId()).list();
        if (!members.isEmpty()) {
          return members.get(0).getId();
        }
      }
    }
    return null;
  }

  private HttpStatus start(String user, String key, Map<String, Object> variables) {
    try {
      return (HttpStatus) call(user, HttpMethod.POST, "/engine-rest/process-definition/key/" + key + "/submit-form",
          "{\"variables\":" + json.writeValueAsString(variables) + "}").getStatusCode();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static Map<String, Object> text(String value) {
    return Map.of("value", value, "type", "String");
  }

  private ResponseEntity<String> call(String user, HttpMethod method, String path, String body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return http.withBasicAuth(user, user.equals("admin") ? "admin" : "demo").exchange(path, method,
        new HttpEntity<>(body, headers), String.class, Map.of());
  }
}
