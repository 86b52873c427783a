package ru.schoolsupport.migration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import ru.schoolsupport.EngineTestSupport;
import ru.schoolsupport.SchoolSupportTest;
import ru.schoolsupport.assignment.AssignmentProcess;
import ru.schoolsupport.assignment.AssignmentService;
import ru.schoolsupport.assignment.AssignmentStatus;
import ru.schoolsupport.assignment.ExecutorKind;
import ru.schoolsupport.assignment.NewAssignment;
import ru.schoolsupport.process.ApprovalDecision;
import ru.schoolsupport.process.FormInputException;
import ru.schoolsupport.process.WorkCalendar;

/**
 * A model changed mid-year (issue 25): assignmentControl as it was before the watch of a moved deadline
 * (src/test/resources/migration) runs assignments waiting at each of its user tasks and at its timer; the
 * current model is deployed, the instances are migrated with {@link ModelMigrations}, and each then
 * completes on the new version. Migrating back, onto a model without the activity an instance waits in, is
 * refused whole with a Russian message.
 */
@SchoolSupportTest
class ModelMigrationTest {

  static final String OLD_MODEL = "migration/assignmentControl-before-escalation-loop.bpmn";
  /** annualCycle before it started the cycle's roadmap itself (issue 24). */
  static final String OLD_CYCLE_MODEL = "migration/annualCycle-before-roadmap-start.bpmn";
  static final String[] CYCLE_FORMS = {"forms/startCycle.form", "forms/editSchoolList.form",
      "forms/approveSchoolList.form", "forms/editMentorPairs.form", "forms/approveMentorPairs.form",
      "forms/issueOrder.form"};

  @Autowired ProcessEngine engine;
  @Autowired RepositoryService repository;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired FormService forms;
  @Autowired ManagementService management;
  @Autowired AssignmentService assignments;
  @Autowired WorkCalendar calendar;
  @Autowired ModelMigrations migrations;
  @Autowired TestRestTemplate http;
  @Autowired ru.schoolsupport.roadmap.RoadmapService roadmaps;
  @Autowired ru.schoolsupport.listformation.ListFormationService listFormation;

  @BeforeEach
  void init() {
    EngineTestSupport.init(engine);
  }

  @AfterEach
  void currentModelLatest() {
    EngineTestSupport.resetClock();
    deploy("processes/assignmentControl.bpmn");
  }

  /**
   * A cycle begun on annualCycle as it was before it started the roadmap (issue 24) waits for its list;
   * it migrates onto the current model (the new «Начать дорожную карту цикла» lies behind it) and goes
   * on; its roadmap is started by hand, as before, and a cycle begun on the current model starts its own.
   */
  @Test
  void aCycleBegunBeforeTheRoadmapStartMigratesAndItsRoadmapIsStartedByHand() {
    ru.schoolsupport.CycleTestSupport support = new ru.schoolsupport.CycleTestSupport(runtime, tasks, management, forms);
    ProcessDefinition old = deployCycle(OLD_CYCLE_MODEL);
    try {
      // a school year no other test names (test years are scarce: RoadmapTestCycles, TestYears)
      java.util.Map<String, Object> start = new java.util.HashMap<>();
      start.put(ru.schoolsupport.cycle.AnnualCycleProcess.PERIOD_TYPE, "SCHOOL_YEAR");
      start.put(ru.schoolsupport.cycle.AnnualCycleProcess.START_YEAR, 2049L);
      start.put(ru.schoolsupport.cycle.AnnualCycleProcess.COORDINATOR, "coordinator");
      ProcessInstance cycle = runtime.startProcessInstanceByKey(ru.schoolsupport.cycle.AnnualCycleProcess.KEY, start);
      assertThat(cycle.getProcessDefinitionId()).isEqualTo(old.getId());
      assertThat(cycle).isWaitingAt(ru.schoolsupport.cycle.AnnualCycleProcess.TASK_EDIT_LIST);
      long cycleId = support.cycleId(cycle);
      assertThat(roadmaps.find(cycleId)).as("the old model starts no roadmap").isEmpty();
      String listTask = tasks.createTaskQuery().processInstanceId(cycle.getId()).singleResult().getId();

      ProcessDefinition current = deployCycle("processes/annualCycle.bpmn");
      ModelMigrations.Result result = migrations.migrateToLatest(ru.schoolsupport.cycle.AnnualCycleProcess.KEY);
      assertThat(result.migratedByVersion()).containsKey(old.getVersion());
      assertThat(runtime.createProcessInstanceQuery().processInstanceId(cycle.getId()).singleResult()
          .getProcessDefinitionId()).isEqualTo(current.getId());
      assertThat(tasks.createTaskQuery().processInstanceId(cycle.getId()).singleResult().getId()).isEqualTo(listTask);

      // the roadmap of a cycle begun before: started by hand, as before
      String roadmapDefinition = repository.createProcessDefinitionQuery()
          .processDefinitionKey(ru.schoolsupport.roadmap.RoadmapProcess.KEY).latestVersion().singleResult().getId();
      engine.getIdentityService().setAuthentication("coordinator", java.util.List.of("coordinators"));
      try {
        forms.submitStartForm(roadmapDefinition, withVariables(ru.schoolsupport.roadmap.RoadmapProcess.CYCLE,
            runtime.createProcessInstanceQuery().processInstanceId(cycle.getId()).singleResult().getBusinessKey(),
            ru.schoolsupport.roadmap.RoadmapProcess.SOURCE, "TEMPLATE"));
      } finally {
        engine.getIdentityService().clearAuthentication();
      }
      assertThat(roadmaps.find(cycleId)).isPresent();
      // and the cycle goes on on the new version
      support.complete(cycle, ru.schoolsupport.cycle.AnnualCycleProcess.INCLUDED_SCHOOLS,
          ru.schoolsupport.process.JsonValues.json(listFormation.includedCodes(cycleId)));
      assertThat(cycle).isWaitingAt(ru.schoolsupport.cycle.AnnualCycleProcess.TASK_APPROVE_LIST);
    } finally {
      deployCycle("processes/annualCycle.bpmn");
    }
  }

  private ProcessDefinition deployCycle(String resource) {
    var builder = repository.createDeployment().name("migration test").addClasspathResource(resource);
    for (String form : CYCLE_FORMS) {
      builder.addClasspathResource(form);
    }
    String deployment = builder.deploy().getId();
    return repository.createProcessDefinitionQuery().deploymentId(deployment).singleResult();
  }

  @Test
  void instancesAtEveryTaskAndTimerOfTheOldModelMigrateAndCompleteOnTheNewOne() {
    ProcessDefinition old = deploy(OLD_MODEL);
    LocalDate deadline = calendar.today().plusDays(3);
    ProcessInstance atExecute = instanceOf(issue("sosh6", deadline));
    ProcessInstance atCheck = instanceOf(issue("sosh12", deadline));
    forms.submitTaskForm(task(atCheck, AssignmentProcess.TASK_EXECUTE).getId(),
        withVariables(AssignmentProcess.EXECUTION_REPORT, "Документы размещены на сайте"));
    ProcessInstance atReview = instanceOf(issue("sosh31", deadline));
    EngineTestSupport.moveClockTo(calendar.dueAt(deadline).toInstant().plus(25, ChronoUnit.HOURS));
    EngineTestSupport.executeDueJobs(management, atReview.getId());
    EngineTestSupport.resetClock();
    assertThat(atReview).isWaitingAt(AssignmentProcess.TASK_EXECUTE, AssignmentProcess.TASK_REVIEW_OVERDUE);
    Date timerBefore = management.createJobQuery().processInstanceId(atExecute.getId()).timers().singleResult()
        .getDuedate();
    for (ProcessInstance instance : new ProcessInstance[] {atExecute, atCheck, atReview}) {
      assertThat(instance.getProcessDefinitionId()).isEqualTo(old.getId());
    }

    ProcessDefinition current = deploy("processes/assignmentControl.bpmn");
    ModelMigrations.Result result = migrations.migrateToLatest(AssignmentProcess.KEY);

    assertThat(result.targetVersion()).isEqualTo(current.getVersion());
    assertThat(result.migratedByVersion()).containsEntry(old.getVersion(), 3L);
    for (ProcessInstance instance : new ProcessInstance[] {atExecute, atCheck, atReview}) {
      assertThat(runtime.createProcessInstanceQuery().processInstanceId(instance.getId()).singleResult()
          .getProcessDefinitionId()).isEqualTo(current.getId());
    }
    // the timer kept its date; the tasks kept their ids and due dates
    assertThat(management.createJobQuery().processInstanceId(atExecute.getId()).timers().singleResult().getDuedate())
        .isEqualTo(timerBefore);

    // each completes on the new version
    forms.submitTaskForm(task(atExecute, AssignmentProcess.TASK_EXECUTE).getId(),
        withVariables(AssignmentProcess.EXECUTION_REPORT, "Программы размещены на сайте"));
    forms.submitTaskForm(task(atExecute, AssignmentProcess.TASK_CHECK_EXECUTION).getId(),
        withVariables(AssignmentProcess.CONTROL_DECISION, ApprovalDecision.APPROVED));
    assertThat(atExecute).isEnded();
    forms.submitTaskForm(task(atCheck, AssignmentProcess.TASK_CHECK_EXECUTION).getId(),
        withVariables(AssignmentProcess.CONTROL_DECISION, ApprovalDecision.APPROVED));
    assertThat(atCheck).isEnded();
    // the overdue one goes the new way: its moved deadline is watched again
    forms.submitTaskForm(task(atReview, AssignmentProcess.TASK_REVIEW_OVERDUE).getId(),
        withVariables(AssignmentProcess.NEW_DEADLINE, calendar.today().plusDays(7).toString(),
            AssignmentProcess.OVERDUE_NOTE, "Срок перенесён после перехода на новую модель"));
    assertThat(atReview).isWaitingAt(AssignmentProcess.TASK_EXECUTE, AssignmentProcess.EVENT_NEW_DEADLINE_PASSED);
    assertThat(assignments.get(Long.parseLong(atExecute.getBusinessKey().replaceAll("\\D", ""))).status())
        .isEqualTo(AssignmentStatus.DONE);
  }

  @Test
  void aMigrationTheNewModelCannotTakeIsRefusedWholeAndNamesTheActivity() {
    LocalDate deadline = calendar.today().plusDays(3);
    ProcessInstance waitingAtTheNewTimer = instanceOf(issue("sosh6", deadline));
    EngineTestSupport.moveClockTo(calendar.dueAt(deadline).toInstant().plus(25, ChronoUnit.HOURS));
    EngineTestSupport.executeDueJobs(management, waitingAtTheNewTimer.getId());
    forms.submitTaskForm(task(waitingAtTheNewTimer, AssignmentProcess.TASK_REVIEW_OVERDUE).getId(),
        withVariables(AssignmentProcess.NEW_DEADLINE, calendar.today().plusDays(7).toString(),
            AssignmentProcess.OVERDUE_NOTE, "Перенесено"));
    EngineTestSupport.resetClock();
    ProcessInstance plain = instanceOf(issue("sosh12", deadline));
    String definitionBefore = plain.getProcessDefinitionId();

    deploy(OLD_MODEL);
    assertThatThrownBy(() -> migrations.migrateToLatest(AssignmentProcess.KEY))
        .isInstanceOf(FormInputException.class)
        .hasMessageContaining("нельзя перевести")
        .hasMessageContaining(AssignmentProcess.EVENT_NEW_DEADLINE_PASSED);
    assertThat(runtime.createProcessInstanceQuery().processInstanceId(plain.getId()).singleResult()
        .getProcessDefinitionId()).as("nothing migrated").isEqualTo(definitionBefore);
  }

  @Test
  void onlyTheAdministratorMigrates() {
    assertThat(http.withBasicAuth("coordinator", "demo")
        .postForEntity("/api/admin/migrations/" + AssignmentProcess.KEY, null, String.class).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(http.withBasicAuth("admin", "admin")
        .postForEntity("/api/admin/migrations/" + AssignmentProcess.KEY, null, String.class).getStatusCode())
        .isEqualTo(HttpStatus.OK);
  }

  private ProcessDefinition deploy(String resource) {
    // the model with its forms (bound by deployment), as the application deploys them
    String deployment = repository.createDeployment().name("migration test").addClasspathResource(resource)
        .addClasspathResource("forms/executeAssignment.form").addClasspathResource("forms/checkExecution.form")
        .addClasspathResource("forms/reviewOverdueAssignment.form")
        .deploy().getId();
    return repository.createProcessDefinitionQuery().deploymentId(deployment).singleResult();
  }

  private long issue(String school, LocalDate deadline) {
    return assignments.issue(new NewAssignment("Решение коллегии № 2, п. 1", "Разместить программы на сайте школы",
        ExecutorKind.SCHOOL, school, "coordinator", deadline));
  }

  private ProcessInstance instanceOf(long assignmentId) {
    return runtime.createProcessInstanceQuery()
        .processInstanceBusinessKey(AssignmentProcess.businessKey(assignmentId)).singleResult();
  }

  private Task task(ProcessInstance instance, String key) {
    return tasks.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(key).singleResult();
  }
}
