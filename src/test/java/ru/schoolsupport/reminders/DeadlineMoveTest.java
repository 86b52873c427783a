package ru.schoolsupport.reminders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import ru.schoolsupport.EngineTestSupport;
import ru.schoolsupport.SchoolSupportTest;
import ru.schoolsupport.TestYears;
import ru.schoolsupport.cycle.Cycle;
import ru.schoolsupport.cycle.CycleService;
import ru.schoolsupport.cycle.DeadlineKind;
import ru.schoolsupport.cycle.PeriodType;
import ru.schoolsupport.cycle.SchoolDeadlines;
import ru.schoolsupport.listformation.Candidate;
import ru.schoolsupport.listformation.CandidateSource;
import ru.schoolsupport.listformation.Category;
import ru.schoolsupport.listformation.CycleSchoolRepository;
import ru.schoolsupport.listformation.Project;
import ru.schoolsupport.mail.MailOutbox;
import ru.schoolsupport.process.FormInputException;
import ru.schoolsupport.process.JsonValues;
import ru.schoolsupport.process.WorkCalendar;
import ru.schoolsupport.schoolyear.RiskFactorSettings;
import ru.schoolsupport.schoolyear.RiskProfileService;
import ru.schoolsupport.schoolyear.SchoolSupportProcess;

/**
 * The coordinator moves a deadline for all schools or for one: the open tasks and the timer take the
 * new date, tasks created later too, and the reminders follow the new due date.
 */
@SchoolSupportTest
class DeadlineMoveTest {

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired FormService forms;
  @Autowired ManagementService management;
  @Autowired CycleService cycles;
  @Autowired CycleSchoolRepository cycleSchools;
  @Autowired RiskProfileService riskProfiles;
  @Autowired SchoolDeadlines schoolDeadlines;
  @Autowired DeadlineMoves moves;
  @Autowired ReminderScan scan;
  @Autowired MailOutbox outbox;
  @Autowired WorkCalendar calendar;
  @Autowired ru.schoolsupport.schoolyear.SchoolYearTasks schoolYearTasks;
  @Autowired TestRestTemplate http;
  @Autowired JdbcClient jdbc;

  Cycle cycle;
  ProcessInstance sosh6;
  ProcessInstance sosh12;

  @BeforeEach
  void twoSchoolsAtTheirSelfAssessment() {
    EngineTestSupport.init(engine);
    cycle = cycles.register(new CycleService.CycleRequest(null, PeriodType.CALENDAR_YEAR, TestYears.next(), null));
    sosh6 = startSchool("sosh6", "lyceum7");
    sosh12 = startSchool("sosh12", "sosh8");
  }

  @AfterEach
  void resetClock() {
    EngineTestSupport.resetClock();
  }

  ProcessInstance startSchool(String code, String mentor) {
    cycleSchools.insert(cycle.id(), new Candidate(code, Category.SHNOR, Project.P500, CandidateSource.REGIONAL_LIST,
        "тест"), true, null);
    cycleSchools.setPair(cycle.id(), code, mentor, "curator1");
    return runtime.startProcessInstanceByKey(SchoolSupportProcess.KEY, cycle.businessKey() + "/" + code,
        Map.of(SchoolSupportProcess.CYCLE_ID, cycle.id(), SchoolSupportProcess.SCHOOL_CODE, code));
  }

  @Test
  void aStageDeadlineMovesTheStagesWindowTaskAndLateTimerAndLeavesTheOtherStageAndOwnDeadlinesAlone() {
    ProcessInstance sosh31 = schoolAtItsStageReports("sosh31", "sosh8");
    ProcessInstance sosh20 = schoolAtItsStageReports("sosh20", "lyceum7");
    moves.move(new DeadlineMoves.Request(cycle.id(), DeadlineKind.STAGE1, "sosh20",
        cycle.deadlines().stage1Due().plusDays(30), "Своя дата школы", "coordinator"));
    LocalDate stage1 = cycle.deadlines().stage1Due().plusDays(7);

    DeadlineMoves.Result forAll = moves.move(new DeadlineMoves.Request(cycle.id(), DeadlineKind.STAGE1, null, stage1,
        "Перенос отчётов за I этап", "coordinator"));

    assertThat(forAll.timersMoved()).as("sosh31's window, not sosh20's (its own date)").isEqualTo(1);
    assertThat(timer(sosh31, SchoolSupportProcess.EVENT_STAGE_REPORT_WINDOW_OPENS).getDuedate())
        .isEqualTo(schoolYearTasks.reportOpens(cycle.id(), "sosh31", 1));
    assertThat(timer(sosh20, SchoolSupportProcess.EVENT_STAGE_REPORT_WINDOW_OPENS).getDuedate())
        .isEqualTo(schoolYearTasks.reportOpens(cycle.id(), "sosh20", 1));

    // the window opens: the report's task and its "late" timer follow a further move, stage II's does nothing
    management.executeJob(timer(sosh31, SchoolSupportProcess.EVENT_STAGE_REPORT_WINDOW_OPENS).getId());
    assertThat(task(sosh31).getTaskDefinitionKey()).isEqualTo(SchoolSupportProcess.TASK_SUBMIT_STAGE_REPORT);
    LocalDate later = stage1.plusDays(3);
    DeadlineMoves.Result again = moves.move(new DeadlineMoves.Request(cycle.id(), DeadlineKind.STAGE1, null, later,
        "Ещё перенос", "coordinator"));
    assertThat(again.tasksMoved()).isEqualTo(1);
    assertThat(task(sosh31).getDueDate()).isEqualTo(calendar.dueAt(later));
    assertThat(timer(sosh31, SchoolSupportProcess.EVENT_STAGE_REPORT_LATE).getDuedate()).isEqualTo(calendar.dueAt(later));
    DeadlineMoves.Result stage2 = moves.move(new DeadlineMoves.Request(cycle.id(), DeadlineKind.STAGE2, null,
        cycle.deadlines().stage2Due().plusDays(2), "Перенос отчётов за II этап", "coordinator"));
    assertThat(stage2.tasksMoved()).isZero();
    assertThat(task(sosh31).getDueDate()).isEqualTo(calendar.dueAt(later));
  }

  /** A school whose year is at its stage reports, stage I's window not yet open. */
  private ProcessInstance schoolAtItsStageReports(String code, String mentor) {
    cycleSchools.insert(cycle.id(), new Candidate(code, Category.SHNOR, Project.P500, CandidateSource.REGIONAL_LIST,
        "тест"), true, null);
    cycleSchools.setPair(cycle.id(), code, mentor, "curator1");
    return runtime.createProcessInstanceByKey(SchoolSupportProcess.KEY)
        .businessKey(cycle.businessKey() + "/" + code)
        .setVariables(Map.of(SchoolSupportProcess.CYCLE_ID, cycle.id(), SchoolSupportProcess.SCHOOL_CODE, code))
        .startBeforeActivity("SubProcess_StageReports#multiInstanceBody")
        .execute();
  }

  private org.camunda.bpm.engine.runtime.Job timer(ProcessInstance school, String activity) {
    return management.createJobQuery().processInstanceId(school.getId()).activityId(activity).singleResult();
  }

  @Test
  void aDeadlineMovedForAllThenForOneSchoolMovesTasksTimersAndReminders() {
    LocalDate documents = cycle.deadlines().documentsDue();
    LocalDate forAll = documents.plusDays(10);
    DeadlineMoves.Result all = moves.move(new DeadlineMoves.Request(cycle.id(), DeadlineKind.DOCUMENTS, null, forAll,
        "Совещание директоров перенесено", "coordinator"));
    assertThat(all.oldDate()).isEqualTo(documents);
    assertThat(all.tasksMoved()).isEqualTo(2);
    assertThat(task(sosh6).getDueDate()).isEqualTo(calendar.dueAt(forAll.minusDays(14)));
    assertThat(task(sosh12).getDueDate()).isEqualTo(calendar.dueAt(forAll.minusDays(14)));

    LocalDate forSosh6 = forAll.plusDays(21);
    DeadlineMoves.Result one = moves.move(new DeadlineMoves.Request(cycle.id(), DeadlineKind.DOCUMENTS, "sosh6",
        forSosh6, "Смена директора", "coordinator"));
    assertThat(one.oldDate()).isEqualTo(forAll);
    assertThat(one.tasksMoved()).isEqualTo(1);
    assertThat(task(sosh6).getDueDate()).isEqualTo(calendar.dueAt(forSosh6.minusDays(14)));
    assertThat(task(sosh12).getDueDate()).isEqualTo(calendar.dueAt(forAll.minusDays(14)));

    // moved for all again: the school with its own deadline keeps it
    moves.move(new DeadlineMoves.Request(cycle.id(), DeadlineKind.DOCUMENTS, null, forAll.plusDays(1), "Уточнение",
        "coordinator"));
    assertThat(task(sosh6).getDueDate()).isEqualTo(calendar.dueAt(forSosh6.minusDays(14)));
    assertThat(schoolDeadlines.of(cycle.id(), "sosh12").documentsDue()).isEqualTo(forAll.plusDays(1));

    // the next task and the documents' timer take the school's own deadline
    completeSelfAssessment(sosh6);
    Task documentsTask = task(sosh6);
    assertThat(documentsTask.getTaskDefinitionKey()).isEqualTo(SchoolSupportProcess.TASK_DRAFT_DOCUMENTS);
    assertThat(documentsTask.getDueDate()).isEqualTo(calendar.dueAt(forSosh6));
    assertThat(management.createJobQuery().processInstanceId(sosh6.getId())
        .activityId(SchoolSupportProcess.EVENT_DOCUMENTS_OVERDUE).singleResult().getDuedate())
        .isEqualTo(calendar.dueAt(forSosh6));

    // and moved once more while the documents task is open: task and timer follow
    LocalDate later = forSosh6.plusDays(5);
    moves.move(new DeadlineMoves.Request(cycle.id(), DeadlineKind.DOCUMENTS, "sosh6", later, "Болезнь", "coordinator"));
    assertThat(task(sosh6).getDueDate()).isEqualTo(calendar.dueAt(later));
    assertThat(management.createJobQuery().processInstanceId(sosh6.getId())
        .activityId(SchoolSupportProcess.EVENT_DOCUMENTS_OVERDUE).singleResult().getDuedate())
        .isEqualTo(calendar.dueAt(later));

    // reminders follow the new due date
    ReminderTestSupport.at(calendar, later.minusDays(7), 9, 0);
    scan.scan();
    assertThat(outbox.status(ReminderKind.before(7).key(task(sosh6).getId(), later, "director.sosh6"))).isPresent();
    assertThat(outbox.status(ReminderKind.before(7).key(task(sosh6).getId(), forSosh6, "director.sosh6"))).isEmpty();
  }

  @Test
  void impossibleMovesAreRefused() {
    assertThatThrownBy(() -> moves.move(new DeadlineMoves.Request(cycle.id(), DeadlineKind.DOCUMENTS, "sosh31",
        calendar.today().minusDays(1), " ", "coordinator")))
        .isInstanceOf(FormInputException.class)
        .hasMessageContaining("уже прошёл")
        .hasMessageContaining("укажите причину переноса")
        .hasMessageContaining("школа sosh31 не входит в перечень");
  }

  @Test
  void onlyACoordinatorMovesDeadlinesOverRest() {
    LocalDate date = cycle.deadlines().stage1Due().plusDays(3);
    Map<String, Object> body = Map.of("kind", "STAGE1", "school", "sosh12", "date", date.toString(),
        "reason", "Каникулы продлены");
    ResponseEntity<Map> refused = http.withBasicAuth("director.sosh6", "demo")
        .postForEntity("/api/cycles/" + cycle.id() + "/deadlines", body, Map.class);
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

    ResponseEntity<Map> moved = http.withBasicAuth("coordinator", "demo")
        .postForEntity("/api/cycles/" + cycle.id() + "/deadlines", body, Map.class);
    assertThat(moved.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(moved.getBody()).containsEntry("newDate", date.toString());
    assertThat(schoolDeadlines.of(cycle.id(), "sosh12").stage1Due()).isEqualTo(date);
    assertThat(schoolDeadlines.of(cycle.id(), "sosh6").stage1Due()).isEqualTo(cycle.deadlines().stage1Due());

    ResponseEntity<Map> bad = http.withBasicAuth("coordinator", "demo")
        .postForEntity("/api/cycles/" + cycle.id() + "/deadlines", Map.of("kind", "STAGE1", "date", "завтра"), Map.class);
    assertThat(bad.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
  }

  @Test
  void aDeadlineOutsideTheCyclesSchoolYearOrWithATooLongReasonIsRefusedOverRestAndNothingChanges() {
    Cycle schoolYear = cycles.register(new CycleService.CycleRequest(null, PeriodType.SCHOOL_YEAR, TestYears.next(),
        null));
    String url = "/api/cycles/" + schoolYear.id() + "/deadlines";
    LocalDate years = LocalDate.of(schoolYear.startYear() + 5, 3, 1);
    ResponseEntity<Map> outside = http.withBasicAuth("coordinator", "demo").postForEntity(url,
        Map.of("kind", "DOCUMENTS", "date", years.toString(), "reason", "Опечатка"), Map.class);
    assertThat(outside.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(outside.getBody().get("message").toString())
        .contains("новый срок документов школ 01.03." + (schoolYear.startYear() + 5) + " вне периода цикла (01.09."
            + schoolYear.startYear() + " — 31.08." + (schoolYear.startYear() + 1) + ")");

    ResponseEntity<Map> longReason = http.withBasicAuth("coordinator", "demo").postForEntity(url,
        Map.of("kind", "DOCUMENTS", "date", schoolYear.deadlines().documentsDue().plusDays(3).toString(),
            "reason", "а".repeat(2001)), Map.class);
    assertThat(longReason.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(longReason.getBody().get("message").toString()).contains("причина переноса длиннее 2000 знаков");

    // within the school year (before the year starts: the list a month ahead) it moves
    assertThat(http.withBasicAuth("coordinator", "demo").postForEntity(url, Map.of("kind", "STAGE2",
        "date", LocalDate.of(schoolYear.startYear() + 1, 6, 1).toString(), "reason", "Перенос"), Map.class)
        .getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(schoolDeadlines.of(schoolYear.id(), null).documentsDue()).isEqualTo(schoolYear.deadlines().documentsDue());
    assertThat(schoolDeadlines.of(schoolYear.id(), null).stage2Due()).isEqualTo(LocalDate.of(schoolYear.startYear() + 1, 6, 1));
    assertThat(jdbc.sql("select count(*) from ss_deadline_move where cycle_id = ?").param(schoolYear.id())
        .query(Long.class).single()).isEqualTo(1L);
  }

  @Test
  void theCoordinatorChoosesTheCycleAndTheSchoolFromListsInTasklist() {
    LocalDate date = cycle.deadlines().finalDue().minusDays(5);
    LocalDate documents = cycle.deadlines().documentsDue();
    engine.getIdentityService().setAuthentication("coordinator", List.of("coordinators"));
    Task choose;
    try {
      ProcessInstance move = runtime.startProcessInstanceByKey(MoveDeadlineProcess.KEY);
      choose = tasks.createTaskQuery().processInstanceId(move.getId()).singleResult();
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
    // the coordinator's own task, with the running cycles and their schools by name
    assertThat(choose.getTaskDefinitionKey()).isEqualTo(MoveDeadlineProcess.TASK_CHOOSE_DEADLINE);
    assertThat(choose.getAssignee()).isEqualTo("coordinator");
    assertThat(tasks.getVariable(choose.getId(), MoveDeadlineProcess.CYCLE_OPTIONS).toString())
        .contains("\"value\":\"" + cycle.id() + "\"").contains(cycle.businessKey());
    assertThat(tasks.getVariable(choose.getId(), MoveDeadlineProcess.SCHOOL_OPTIONS).toString())
        .contains("МОБУ СОШ № 6").contains("\"value\":\"" + cycle.id() + ":sosh6\"");

    // over REST, a cycle or a school the task does not offer: 400 in Russian naming the field, nothing moves
    for (Map<String, Object> wrong : List.<Map<String, Object>>of(
        Map.of("moveCycle", text("999999"), "moveSchool", text(cycle.id() + ":sosh6")),
        Map.of("moveCycle", text(String.valueOf(cycle.id())), "moveSchool", text("sosh6")))) {
      Map<String, Object> variables = new HashMap<>(Map.of("moveKind", text("DOCUMENTS"),
          "moveDate", text(documents.plusDays(3).toString()), "moveReason", text("Решение коллегии")));
      variables.putAll(wrong);
      ResponseEntity<String> answer = http.withBasicAuth("coordinator", "demo").postForEntity(
          "/engine-rest/task/" + choose.getId() + "/submit-form", Map.of("variables", variables), String.class);
      assertThat(answer.getStatusCode()).as(wrong.toString()).isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat(answer.getBody()).contains("выберите значение из списка")
          .contains(wrong.containsValue(text("999999")) ? "«Цикл»" : "«Школа»");
    }
    // the server checks again with its own lists: a school outside this cycle's list is refused
    assertThatThrownBy(() -> forms.submitTaskForm(choose.getId(), Map.of(MoveDeadlineProcess.CYCLE,
        String.valueOf(cycle.id()), MoveDeadlineProcess.KIND, "DOCUMENTS", MoveDeadlineProcess.SCHOOL, (cycle.id() + 1000) + ":sosh6",
        MoveDeadlineProcess.DATE, documents.plusDays(3).toString(), MoveDeadlineProcess.REASON, "—")))
        .isInstanceOf(FormInputException.class).hasMessageContaining("Поле «Школа»: выберите школу из списка цикла");
    assertThat(schoolDeadlines.of(cycle.id(), "sosh6").documentsDue()).isEqualTo(documents);
    assertThat(jdbc.sql("select count(*) from ss_deadline_move where cycle_id = ?").param(cycle.id())
        .query(Long.class).single()).isZero();

    forms.submitTaskForm(choose.getId(), Map.of(MoveDeadlineProcess.CYCLE, String.valueOf(cycle.id()),
        MoveDeadlineProcess.KIND, "FINAL", MoveDeadlineProcess.SCHOOL, "", MoveDeadlineProcess.DATE, date.toString(),
        MoveDeadlineProcess.REASON, "Решение коллегии"));
    assertThat(tasks.createTaskQuery().taskId(choose.getId()).count()).isZero();
    assertThat(schoolDeadlines.of(cycle.id(), "sosh6").finalDue()).isEqualTo(date);
    assertThat(schoolDeadlines.of(cycle.id(), null).finalDue()).isEqualTo(date);
  }

  private static Map<String, Object> text(String value) {
    return Map.of("value", value, "type", "String");
  }

  void completeSelfAssessment(ProcessInstance school) {
    List<Map<String, Object>> rows = new java.util.ArrayList<>();
    for (RiskFactorSettings.Factor f : riskProfiles.factors(cycle.id())) {
      rows.add(new HashMap<>(Map.of("title", f.title(), "rating", "HIGH", "comment", "")));
    }
    forms.submitTaskForm(task(school).getId(), Map.of(SchoolSupportProcess.RISK_PROFILE, JsonValues.json(rows),
        SchoolSupportProcess.PRIORITY_RISKS, JsonValues.json(List.of("equipment", "motivation"))));
  }
}
