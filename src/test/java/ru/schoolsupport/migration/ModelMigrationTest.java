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

  @BeforeEach
  void init() {
    EngineTestSupport.init(engine);
  }

  @AfterEach
  void currentModelLatest() {
    EngineTestSupport.resetClock();
    deploy("processes/assignmentControl.bpmn");
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
