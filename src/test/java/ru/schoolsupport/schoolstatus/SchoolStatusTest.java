package ru.schoolsupport.schoolstatus;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
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
import org.springframework.jdbc.core.simple.JdbcClient;
import ru.schoolsupport.CycleTestSupport;
import ru.schoolsupport.EngineTestSupport;
import ru.schoolsupport.SchoolSupportTest;
import ru.schoolsupport.TestYears;
import ru.schoolsupport.audit.AuditField;
import ru.schoolsupport.audit.SchoolAudit;
import ru.schoolsupport.cycle.Cycle;
import ru.schoolsupport.cycle.CycleDeadlines;
import ru.schoolsupport.cycle.CycleService;
import ru.schoolsupport.cycle.PeriodType;
import ru.schoolsupport.cycle.SchoolDeadlines;
import ru.schoolsupport.cycle.SchoolStatus;
import ru.schoolsupport.directory.DirectoryRepository;
import ru.schoolsupport.directory.Role;
import ru.schoolsupport.listformation.CandidateSource;
import ru.schoolsupport.listformation.CycleSchool;
import ru.schoolsupport.listformation.CycleSchoolRepository;
import ru.schoolsupport.listformation.ListFormationService;
import ru.schoolsupport.mail.MailMessage;
import ru.schoolsupport.mail.MailOutbox;
import ru.schoolsupport.process.WorkCalendar;
import ru.schoolsupport.reminders.ReminderScan;
import ru.schoolsupport.schoolyear.SchoolOutcome;
import ru.schoolsupport.schoolyear.SchoolSupportProcess;
import ru.schoolsupport.schoolyear.SchoolYearTasks;

/**
 * A school's status, path by path, on one cycle run to its schools (four of them, each test its own):
 * sosh6 paused (its task suspended, no reminder, 409 on claim and submit) and resumed by the coordinator
 * ten days later (deadlines, its task and timer moved by ten days); sosh12 paused and resumed by the pause's
 * timer on its date; sosh31 stopped (its instance gone with the reason, its batch going on, outcome
 * recorded, the next list proposing it); sosh20 untouched, the reminders' control. Others than the
 * coordinator get 403, bad input 400, and nothing changes.
 */
@SchoolSupportTest
class SchoolStatusTest {

  static final ObjectMapper JSON = new ObjectMapper();
  static final List<String> SCHOOLS = List.of("sosh6", "sosh12", "sosh31", "sosh20");
  private static Long cycleId;
  private static int year;

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;
  @Autowired HistoryService history;
  @Autowired CycleService cycles;
  @Autowired CycleSchoolRepository cycleSchools;
  @Autowired ListFormationService listFormation;
  @Autowired SchoolDeadlines deadlines;
  @Autowired SchoolYearTasks schoolYearTasks;
  @Autowired SchoolStatusRepository statuses;
  @Autowired SchoolAudit audit;
  @Autowired ReminderScan scan;
  @Autowired MailOutbox outbox;
  @Autowired DirectoryRepository directory;
  @Autowired WorkCalendar calendar;
  @Autowired JdbcClient jdbc;
  @Autowired TestRestTemplate rest;

  Cycle cycle;

  @BeforeEach
  void aCycleAtItsSchools() {
    EngineTestSupport.init(engine);
    synchronized (SchoolStatusTest.class) {
      if (cycleId == null) {
        CycleTestSupport support = new CycleTestSupport(runtime, tasks, management, engine.getFormService());
        year = TestYears.next();
        ProcessInstance annual = support.start(year);
        long id = support.cycleId(annual);
        support.runToTheSchools(annual, SCHOOLS, "Четыре школы для проверки статуса");
        cycleId = id;
      }
    }
    cycle = cycles.get(cycleId);
    at(LocalDate.of(year, 1, 20), LocalTime.of(10, 0));
  }

  @AfterEach
  void resetClock() {
    EngineTestSupport.resetClock();
  }

  @Test
  void aPausedSchoolWaitsAndResumedEarlyItsDeadlinesTasksAndTimersMoveByThePause() throws Exception {
    CycleSchool school = school("sosh6");
    Task task = tasks.createTaskQuery().processInstanceId(school.processInstanceId()).singleResult();
    assertThat(task.getTaskDefinitionKey()).isEqualTo(SchoolSupportProcess.TASK_ASSESS_RISKS);
    // a timer of the school's too: stage I's report window (as if its year had got that far alongside)
    runtime.createProcessInstanceModification(school.processInstanceId())
        .startBeforeActivity("SubProcess_StageReports#multiInstanceBody").execute();
    Job window = timer(school, SchoolSupportProcess.EVENT_STAGE_REPORT_WINDOW_OPENS);
    CycleDeadlines before = deadlines.of(cycleId, "sosh6");
    LocalDate until = LocalDate.of(year, 2, 10);

    ResponseEntity<String> paused = post("coordinator", "sosh6", "pause", Map.of("reason", "Смена директора",
        "until", until.toString()));

    assertThat(paused.getStatusCode()).as(paused.getBody()).isEqualTo(HttpStatus.OK);
    assertThat(JSON.readTree(paused.getBody()).path("statusTitle").asText())
        .isEqualTo("Приостановлена до 10.02." + year + ": Смена директора");
    assertThat(runtime.createProcessInstanceQuery().processInstanceId(school.processInstanceId()).suspended().count())
        .isOne();
    assertThat(tasks.createTaskQuery().taskId(task.getId()).suspended().count()).as("its task waits").isOne();
    assertThat(management.createJobQuery().jobId(window.getId()).suspended().count()).as("its timer waits").isOne();
    SchoolStatusRepository.Current status = statuses.find(cycleId, "sosh6").orElseThrow();
    assertThat(status.pauseInstanceId()).isNotNull();
    assertThat(runtime.createProcessInstanceQuery().processInstanceId(status.pauseInstanceId())
        .processDefinitionKey(SchoolPauseProcess.KEY).count()).as("the pause's instance, seen in Cockpit").isOne();

    // the school's director cannot claim or submit: a 409 that says why, not a 500
    ResponseEntity<String> claim = engineRest("director.sosh6", "/task/" + task.getId() + "/claim",
        "{\"userId\":\"director.sosh6\"}");
    assertThat(claim.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(JSON.readTree(claim.getBody()).path("message").asText())
        .startsWith("Работа школы приостановлена координатором до 10.02." + year + ": Смена директора.");
    ResponseEntity<String> submit = engineRest("director.sosh6", "/task/" + task.getId() + "/submit-form",
        "{\"variables\":{}}");
    assertThat(submit.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(JSON.readTree(submit.getBody()).path("message").asText()).contains("приостановлена координатором");
    assertThat(tasks.createTaskQuery().taskId(task.getId()).singleResult().getAssignee()).isNull();

    // no reminders while it waits (the control school sosh20, due the same day, gets its own)
    // (before 08:00: no digest, no weekly summary of the whole shared database's overdue tasks)
    at(LocalDate.of(year, 1, 26), LocalTime.of(7, 0));
    scan.scan();
    assertThat(reminders(task.getId())).as("a paused school's task is not reminded of").isZero();
    Task control = tasks.createTaskQuery().processInstanceId(school("sosh20").processInstanceId()).singleResult();
    assertThat(reminders(control.getId())).as("an active school's task is").isPositive();

    // the dossier and the monitoring show it
    JsonNode dossier = JSON.readTree(get("coordinator", "/api/dossier/cycles/" + cycleId + "/schools/sosh6").getBody());
    assertThat(dossier.path("status").path("title").asText()).isEqualTo("Приостановлена до 10.02." + year
        + ": Смена директора");
    assertThat(dossier.path("mayChangeStatus").asBoolean()).isTrue();
    JsonNode monitoring = JSON.readTree(get("coordinator", "/api/monitoring/cycles/" + cycleId).getBody());
    assertThat(row(monitoring, "sosh6").path("statusTitle").asText()).startsWith("Приостановлена до 10.02.");

    // ten days after it began the coordinator resumes it
    at(LocalDate.of(year, 1, 30), LocalTime.of(11, 0));
    ResponseEntity<String> resumed = post("coordinator", "sosh6", "resume", Map.of());

    assertThat(resumed.getStatusCode()).as(resumed.getBody()).isEqualTo(HttpStatus.OK);
    JsonNode answer = JSON.readTree(resumed.getBody());
    assertThat(answer.path("days").asInt()).isEqualTo(10);
    assertThat(answer.path("deadlinesMoved").asInt()).isEqualTo(4);
    assertThat(runtime.createProcessInstanceQuery().processInstanceId(school.processInstanceId()).active().count())
        .isOne();
    CycleDeadlines after = deadlines.of(cycleId, "sosh6");
    assertThat(after.documentsDue()).isEqualTo(before.documentsDue().plusDays(10));
    assertThat(after.stage1Due()).isEqualTo(before.stage1Due().plusDays(10));
    assertThat(after.stage2Due()).isEqualTo(before.stage2Due().plusDays(10));
    assertThat(after.finalDue()).isEqualTo(before.finalDue().plusDays(10));
    assertThat(tasks.createTaskQuery().taskId(task.getId()).active().singleResult().getDueDate())
        .isEqualTo(calendar.dueAt(SchoolYearTasks.selfAssessmentDeadline(after.documentsDue())));
    assertThat(management.createJobQuery().jobId(window.getId()).active().singleResult().getDuedate())
        .isEqualTo(schoolYearTasks.reportOpens(cycleId, "sosh6", 1)).isAfter(window.getDuedate());
    assertThat(deadlines.of(cycleId, "sosh20").documentsDue()).as("other schools keep theirs")
        .isEqualTo(before.documentsDue());
    assertThat(runtime.createProcessInstanceQuery().processInstanceId(status.pauseInstanceId()).count())
        .as("the pause's instance ended by the message").isZero();
    assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(status.pauseInstanceId())
        .activityId(SchoolPauseProcess.EVENT_PAUSE_ENDED).count()).isOne();
    assertThat(statuses.find(cycleId, "sosh6").orElseThrow().status()).isEqualTo(SchoolStatus.ACTIVE);
    assertThat(statuses.changes(cycleId, "sosh6")).extracting(SchoolStatusRepository.Change::status)
        .startsWith(SchoolStatus.ACTIVE, SchoolStatus.PAUSED);
    assertThat(statusAudit("sosh6")).anySatisfy(e -> {
      assertThat(e.newValue()).isEqualTo("PAUSED:" + until);
      assertThat(e.changedBy()).isEqualTo("coordinator");
      assertThat(e.comment()).isEqualTo("Смена директора");
    }).anySatisfy(e -> {
      assertThat(e.oldValue()).isEqualTo("PAUSED:" + until);
      assertThat(e.newValue()).isEqualTo("ACTIVE");
      assertThat(e.comment()).contains("10 дн.");
    });
    assertThat(headMails()).anySatisfy(m -> assertThat(m.subject()).isEqualTo("МОБУ СОШ № 6: работа приостановлена до "
        + "10.02." + year)).anySatisfy(m -> {
      assertThat(m.subject()).isEqualTo("МОБУ СОШ № 6: работа возобновлена");
      assertThat(m.body()).contains("сдвинуты на 10 дн.");
    });

    // the work goes on: the director claims the task now
    assertThat(engineRest("director.sosh6", "/task/" + task.getId() + "/claim", "{\"userId\":\"director.sosh6\"}")
        .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    tasks.setAssignee(task.getId(), null);
  }

  @Test
  void onThePausesDateTheSchoolResumesByItselfAndItsDeadlinesMove() throws Exception {
    CycleSchool school = school("sosh12");
    CycleDeadlines before = deadlines.of(cycleId, "sosh12");
    LocalDate until = LocalDate.of(year, 2, 5);
    assertThat(post("coordinator", "sosh12", "pause", Map.of("reason", "Ремонт здания", "until", until.toString()))
        .getStatusCode()).isEqualTo(HttpStatus.OK);
    String pause = statuses.find(cycleId, "sosh12").orElseThrow().pauseInstanceId();
    Job timer = management.createJobQuery().processInstanceId(pause).timers().singleResult();
    assertThat(timer.getDuedate()).as("the morning of the pause's last date")
        .isEqualTo(java.util.Date.from(ZonedDateTime.of(until.atStartOfDay(), calendar.zone()).toInstant()));

    at(until, LocalTime.of(0, 5));
    assertThat(EngineTestSupport.executeDueJobs(management, pause)).isOne();

    assertThat(runtime.createProcessInstanceQuery().processInstanceId(pause).count()).isZero();
    assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(pause)
        .activityId(SchoolPauseProcess.EVENT_SCHOOL_RESUMED).count()).isOne();
    assertThat(runtime.createProcessInstanceQuery().processInstanceId(school.processInstanceId()).active().count())
        .isOne();
    assertThat(deadlines.of(cycleId, "sosh12").documentsDue()).isEqualTo(before.documentsDue().plusDays(16));
    assertThat(statusAudit("sosh12")).anySatisfy(e -> {
      assertThat(e.newValue()).isEqualTo("ACTIVE");
      assertThat(e.changedBy()).as("the system").isNull();
      assertThat(e.comment()).contains("наступила дата окончания паузы");
    });
    assertThat(headMails()).anySatisfy(m -> {
      assertThat(m.subject()).endsWith("СОШ № 12: работа возобновлена");
      assertThat(m.body()).contains("автоматически");
    });
  }

  @Test
  void aStoppedSchoolLeavesTheCycleCleanlyItsOutcomeRecordedAndTheNextListSeesIt() throws Exception {
    CycleSchool school = school("sosh31");
    String instance = school.processInstanceId();
    ProcessInstance batch = runtime.createProcessInstanceQuery().subProcessInstanceId(instance).singleResult();
    // paused first: a stop ends the pause too
    assertThat(post("coordinator", "sosh31", "pause", Map.of("reason", "Смена собственника здания", "until",
        LocalDate.of(year, 3, 1).toString())).getStatusCode()).isEqualTo(HttpStatus.OK);
    String pause = statuses.find(cycleId, "sosh31").orElseThrow().pauseInstanceId();

    ResponseEntity<String> stopped = post("coordinator", "sosh31", "stop", Map.of("reason",
        "Школа реорганизована (присоединена к СОШ № 20)"));

    assertThat(stopped.getStatusCode()).as(stopped.getBody()).isEqualTo(HttpStatus.OK);
    assertThat(runtime.createProcessInstanceQuery().processInstanceId(instance).count()).isZero();
    assertThat(tasks.createTaskQuery().processInstanceId(instance).count()).as("no open task left").isZero();
    assertThat(management.createJobQuery().processInstanceId(instance).count()).as("no timer left").isZero();
    assertThat(runtime.createProcessInstanceQuery().processInstanceId(pause).count()).as("nor the pause").isZero();
    assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(pause)
        .activityId(SchoolPauseProcess.EVENT_PAUSE_ENDED).count()).isOne();
    HistoricProcessInstance ended = history.createHistoricProcessInstanceQuery().processInstanceId(instance)
        .singleResult();
    assertThat(ended.getDeleteReason()).isEqualTo("Школа выведена из проекта координатором: Школа реорганизована "
        + "(присоединена к СОШ № 20)");
    HistoricActivityInstance call = history.createHistoricActivityInstanceQuery().processInstanceId(batch.getId())
        .activityId("Activity_SupportEachSchool").list().stream()
        .filter(a -> instance.equals(a.getCalledProcessInstanceId())).findFirst().orElseThrow();
    assertThat(call.getEndTime()).as("its batch's call for it ended").isNotNull();
    assertThat(runtime.createProcessInstanceQuery().processInstanceId(batch.getId()).count())
        .as("the batch goes on with the other schools").isOne();
    assertThat(runtime.createIncidentQuery().processInstanceId(batch.getId()).count()).isZero();
    assertThat(school("sosh31").outcome()).isEqualTo(SchoolOutcome.STOPPED);
    assertThat(statusAudit("sosh31")).anySatisfy(e -> {
      assertThat(e.oldValue()).isEqualTo("PAUSED:" + LocalDate.of(year, 3, 1));
      assertThat(e.newValue()).isEqualTo("STOPPED");
    });
    assertThat(audit.of(cycleId, "sosh31")).anySatisfy(e -> {
      assertThat(e.auditField()).isEqualTo(AuditField.OUTCOME);
      assertThat(e.newValue()).isEqualTo(SchoolOutcome.STOPPED);
    });
    assertThat(headMails()).anySatisfy(m -> assertThat(m.subject()).isEqualTo("МОБУ СОШ № 31: школа выведена из проекта"));
    JsonNode dossier = JSON.readTree(get("head", "/api/dossier/cycles/" + cycleId + "/schools/sosh31").getBody());
    JsonNode monitoring = JSON.readTree(get("coordinator", "/api/monitoring/cycles/" + cycleId).getBody());
    assertThat(row(monitoring, "sosh31").path("statusTitle").asText())
        .isEqualTo("Выведена из проекта: Школа реорганизована (присоединена к СОШ № 20)");
    assertThat(row(monitoring, "sosh31").path("outcomeTitle").asText()).isEqualTo("Выведена из проекта");
    assertThat(dossier.path("status").path("title").asText())
        .isEqualTo("Выведена из проекта: Школа реорганизована (присоединена к СОШ № 20)");
    assertThat(dossier.path("outcomeTitle").asText()).isEqualTo("Выведена из проекта");
    assertThat(dossier.path("mayChangeStatus").asBoolean()).as("only the coordinator").isFalse();
    assertThat(dossier.path("audit").findValuesAsText("newValue")).contains("Выведена из проекта");

    // nothing more for a stopped school
    ResponseEntity<String> again = post("coordinator", "sosh31", "pause", Map.of("reason", "x", "until",
        LocalDate.of(year, 3, 1).toString()));
    assertThat(again.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(JSON.readTree(again.getBody()).path("message").asText()).contains("выведена из проекта");
    assertThat(post("coordinator", "sosh31", "stop", Map.of("reason", "x")).getStatusCode())
        .isEqualTo(HttpStatus.BAD_REQUEST);

    // the next cycle's list proposes it, with why it left
    assertThat(cycleSchools.stopped(cycleId)).singleElement().satisfies(c -> {
      assertThat(c.schoolCode()).isEqualTo("sosh31");
      assertThat(c.source()).isEqualTo(CandidateSource.STOPPED);
      assertThat(c.reason()).contains("Школа реорганизована");
    });
    int nextYear = TestYears.next();
    Assumptions.assumeTrue(nextYear == year + 1, "the next test year follows this cycle's");
    Cycle next = cycles.register(new CycleService.CycleRequest(null, PeriodType.CALENDAR_YEAR, nextYear, null));
    listFormation.proposeCandidates(next.id());
    CycleSchool proposed = cycleSchools.find(next.id(), "sosh31").orElseThrow();
    assertThat(proposed.reason()).contains("выведена из проекта в прошлом цикле")
        .contains("Школа реорганизована (присоединена к СОШ № 20)");
  }

  @Test
  void onlyTheCoordinatorDecidesAndBadInputChangesNothing() throws Exception {
    String until = LocalDate.of(year, 3, 1).toString();
    for (String login : List.of("head", "curator1", "director.sosh6", "methodist")) {
      ResponseEntity<String> refused = post(login, "sosh6", "pause", Map.of("reason", "Смена директора", "until", until));
      assertThat(refused.getStatusCode()).as(login).isEqualTo(HttpStatus.FORBIDDEN);
      assertThat(JSON.readTree(refused.getBody()).path("message").asText())
          .isEqualTo(SchoolStatusService.COORDINATORS_ONLY);
      assertThat(post(login, "sosh6", "stop", Map.of("reason", "Закрыта")).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
      assertThat(post(login, "sosh6", "resume", Map.of()).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }
    Map<String, Map<String, Object>> bad = new java.util.LinkedHashMap<>();
    bad.put("причину", Map.of("until", until));
    bad.put("позже сегодняшнего дня", Map.of("reason", "Смена директора", "until", LocalDate.of(year, 1, 20).toString()));
    bad.put("позже конца цикла", Map.of("reason", "Смена директора", "until", LocalDate.of(year + 1, 1, 10).toString()));
    bad.put("не дата", Map.of("reason", "Смена директора", "until", "15 марта"));
    bad.put("укажите дату", Map.of("reason", "Смена директора"));
    bad.put("не длиннее", Map.of("reason", "я".repeat(2001), "until", until));
    for (Map.Entry<String, Map<String, Object>> entry : bad.entrySet()) {
      ResponseEntity<String> refused = post("coordinator", "sosh6", "pause", entry.getValue());
      assertThat(refused.getStatusCode()).as(entry.getKey()).isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat(JSON.readTree(refused.getBody()).path("message").asText()).as(entry.getKey()).contains(entry.getKey());
    }
    assertThat(post("coordinator", "sosh6", "stop", Map.of("reason", " ")).getStatusCode())
        .isEqualTo(HttpStatus.BAD_REQUEST);
    ResponseEntity<String> notPaused = post("coordinator", "sosh6", "resume", Map.of());
    assertThat(notPaused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(JSON.readTree(notPaused.getBody()).path("message").asText()).contains("не приостановлена");
    assertThat(post("coordinator", "nosuchschool", "pause", Map.of("reason", "x", "until", until)).getStatusCode())
        .isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(statuses.find(cycleId, "sosh6").map(SchoolStatusRepository.Current::status).orElse(SchoolStatus.ACTIVE))
        .isEqualTo(SchoolStatus.ACTIVE);
    assertThat(runtime.createProcessInstanceQuery().processInstanceId(school("sosh6").processInstanceId()).active()
        .count()).isOne();
    // the page's own address needs the page's header (no write from another site's form)
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    ResponseEntity<String> fromElsewhere = rest.withBasicAuth("coordinator", "demo").exchange("/app/dossier/cycles/"
        + cycleId + "/schools/sosh6/status/pause", HttpMethod.POST,
        new HttpEntity<>(Map.of("reason", "x", "until", until), headers), String.class);
    assertThat(fromElsewhere.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
  }

  private void at(LocalDate date, LocalTime time) {
    EngineTestSupport.moveClockTo(ZonedDateTime.of(date, time, calendar.zone()).toInstant());
  }

  private CycleSchool school(String code) {
    return cycleSchools.find(cycleId, code).orElseThrow();
  }

  private Job timer(CycleSchool school, String activity) {
    return management.createJobQuery().processInstanceId(school.processInstanceId()).activityId(activity).timers()
        .singleResult();
  }

  private long reminders(String taskId) {
    return jdbc.sql("select count(*) from ss_reminder where task_id = ?").param(taskId).query(Long.class).single();
  }

  private List<SchoolAudit.Entry> statusAudit(String code) {
    return audit.of(cycleId, code).stream().filter(e -> e.auditField() == AuditField.STATUS).toList();
  }

  private List<MailMessage> headMails() {
    String email = directory.findPeopleInRole(Role.HEAD).get(0).email();
    return outbox.sentOrQueuedTo(email);
  }

  private static JsonNode row(JsonNode monitoring, String code) {
    for (JsonNode row : monitoring.path("schools")) {
      if (row.path("code").asText().equals(code)) {
        return row;
      }
    }
    throw new AssertionError("no row for " + code + " in " + monitoring);
  }

  private ResponseEntity<String> post(String login, String code, String action, Map<String, Object> body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return rest.withBasicAuth(login, "demo").exchange("/api/dossier/cycles/" + cycleId + "/schools/" + code
        + "/status/" + action, HttpMethod.POST, new HttpEntity<>(new HashMap<>(body), headers), String.class);
  }

  private ResponseEntity<String> engineRest(String login, String path, String body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return rest.withBasicAuth(login, "demo").exchange("/engine-rest" + path, HttpMethod.POST,
        new HttpEntity<>(body, headers), String.class);
  }

  private ResponseEntity<String> get(String login, String path) {
    return rest.withBasicAuth(login, "demo").getForEntity(path, String.class);
  }
}
