package ru.schoolsupport.assignment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import ru.schoolsupport.EngineTestSupport;
import ru.schoolsupport.SchoolSupportTest;
import ru.schoolsupport.directory.Role;
import ru.schoolsupport.process.ApprovalDecision;
import ru.schoolsupport.process.FormInputException;
import ru.schoolsupport.process.WorkCalendar;

/** One test per path of assignmentControl, read like the model. */
@SchoolSupportTest
class AssignmentControlProcessTest {

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired FormService forms;
  @Autowired ManagementService management;
  @Autowired AssignmentService assignments;
  @Autowired WorkCalendar calendar;

  @BeforeEach
  void init() {
    EngineTestSupport.init(engine);
  }

  @AfterEach
  void resetClock() {
    EngineTestSupport.resetClock();
  }

  @Test
  void acceptedAtFirstCheck() {
    long id = issueToSchool("sosh6", calendar.today().plusDays(10));
    ProcessInstance instance = instanceOf(id);

    assertThat(instance).isWaitingAt(AssignmentProcess.TASK_EXECUTE);
    Task execute = task(instance);
    assertThat(execute).hasCandidateGroup("school-sosh6").hasDueDate(calendar.dueAt(calendar.today().plusDays(10)));
    assertThat(forms.getDeployedTaskForm(execute.getId())).isNotNull();
    assertThat(tasks.getVariable(execute.getId(), "assignmentSummary").toString()).contains("Поручение");

    forms.submitTaskForm(execute.getId(), withVariables(AssignmentProcess.EXECUTION_REPORT, "Документы размещены на сайте",
        AssignmentProcess.EXECUTION_LINK, "https://sosh6.example.ru/docs"));

    assertThat(instance).isWaitingAt(AssignmentProcess.TASK_CHECK_EXECUTION);
    assertThat(task(instance)).isAssignedTo("coordinator");
    assertThat(assignments.get(id).status()).isEqualTo(AssignmentStatus.REPORTED);

    forms.submitTaskForm(task(instance).getId(), withVariables(AssignmentProcess.CONTROL_DECISION, ApprovalDecision.APPROVED));

    assertThat(instance).isEnded().hasPassed(AssignmentProcess.END_DONE);
    Assignment done = assignments.get(id);
    assertThat(done.status()).isEqualTo(AssignmentStatus.DONE);
    assertThat(done.reportLink()).isEqualTo("https://sosh6.example.ru/docs");
  }

  @Test
  void returnedOnceThenAccepted() {
    long id = issueToSchool("sosh12", calendar.today().plusDays(10));
    ProcessInstance instance = instanceOf(id);
    forms.submitTaskForm(task(instance).getId(), withVariables(AssignmentProcess.EXECUTION_REPORT, "Сделано частично"));

    forms.submitTaskForm(task(instance).getId(), withVariables(AssignmentProcess.CONTROL_DECISION, ApprovalDecision.RETURNED,
        AssignmentProcess.CONTROL_COMMENT, "Нет ссылки на дорожную карту"));

    assertThat(instance).isWaitingAt(AssignmentProcess.TASK_EXECUTE);
    assertThat(tasks.getVariable(task(instance).getId(), "lastControlComment")).isEqualTo("Нет ссылки на дорожную карту");
    assertThat(assignments.get(id).returnCount()).isEqualTo(1);

    forms.submitTaskForm(task(instance).getId(), withVariables(AssignmentProcess.EXECUTION_REPORT, "Дорожная карта размещена",
        AssignmentProcess.EXECUTION_LINK, "https://sosh12.example.ru/roadmap"));
    forms.submitTaskForm(task(instance).getId(), withVariables(AssignmentProcess.CONTROL_DECISION, ApprovalDecision.APPROVED));

    assertThat(instance).isEnded();
    assertThat(assignments.get(id).status()).isEqualTo(AssignmentStatus.DONE);
  }

  @Test
  void overdueGoesToTheControllerWhoMovesTheDeadline() {
    LocalDate deadline = calendar.today().plusDays(3);
    long id = issueToSchool("sosh6", deadline);
    ProcessInstance instance = instanceOf(id);

    EngineTestSupport.moveClockTo(calendar.dueAt(deadline).toInstant().plus(25, ChronoUnit.HOURS));
    assertThat(EngineTestSupport.executeDueJobs(management, instance.getId())).isEqualTo(1);

    assertThat(instance).isWaitingAt(AssignmentProcess.TASK_EXECUTE, AssignmentProcess.TASK_REVIEW_OVERDUE);
    assertThat(assignments.get(id).overdue()).isTrue();
    Task review = tasks.createTaskQuery().processInstanceId(instance.getId())
        .taskDefinitionKey(AssignmentProcess.TASK_REVIEW_OVERDUE).singleResult();
    assertThat(review.getAssignee()).isEqualTo("coordinator");

    LocalDate newDeadline = calendar.today().plusDays(7);
    forms.submitTaskForm(review.getId(), withVariables(AssignmentProcess.NEW_DEADLINE, newDeadline.toString(),
        AssignmentProcess.OVERDUE_NOTE, "Срок перенесён по согласованию"));

    assertThat(instance).isWaitingAt(AssignmentProcess.TASK_EXECUTE);
    assertThat(task(instance).getDueDate()).isEqualTo(calendar.dueAt(newDeadline));
    assertThat(assignments.get(id).deadline()).isEqualTo(newDeadline);
  }

  @Test
  void aMovedDeadlineIsWatchedAgainAndMissingItGoesToTheControllerOnceMore() {
    LocalDate deadline = calendar.today().plusDays(3);
    long id = issueToSchool("sosh6", deadline);
    ProcessInstance instance = instanceOf(id);
    EngineTestSupport.moveClockTo(calendar.dueAt(deadline).toInstant().plus(25, ChronoUnit.HOURS));
    EngineTestSupport.executeDueJobs(management, instance.getId());
    LocalDate newDeadline = calendar.today().plusDays(7);
    forms.submitTaskForm(reviewOf(instance).getId(), withVariables(AssignmentProcess.NEW_DEADLINE,
        newDeadline.toString(), AssignmentProcess.OVERDUE_NOTE, "Срок перенесён по согласованию"));

    assertThat(instance).isWaitingAt(AssignmentProcess.TASK_EXECUTE, AssignmentProcess.EVENT_NEW_DEADLINE_PASSED);
    EngineTestSupport.moveClockTo(calendar.dueAt(newDeadline).toInstant().plus(2, ChronoUnit.HOURS));
    assertThat(EngineTestSupport.executeDueJobs(management, instance.getId())).as("not before the new deadline's delay")
        .isZero();

    EngineTestSupport.moveClockTo(calendar.dueAt(newDeadline).toInstant().plus(25, ChronoUnit.HOURS));
    assertThat(EngineTestSupport.executeDueJobs(management, instance.getId())).isEqualTo(1);
    assertThat(instance).isWaitingAt(AssignmentProcess.TASK_EXECUTE, AssignmentProcess.TASK_REVIEW_OVERDUE);

    // no new deadline this time: the controller's measures end the watch, the executor's task stays
    forms.submitTaskForm(reviewOf(instance).getId(), withVariables(AssignmentProcess.NEW_DEADLINE, "",
        AssignmentProcess.OVERDUE_NOTE, "Направлено письмо директору"));
    assertThat(instance).isWaitingAt(AssignmentProcess.TASK_EXECUTE);
    assertThat(management.createJobQuery().processInstanceId(instance.getId()).count()).isZero();
  }

  @Test
  void anAssignmentDoneWhileItsMovedDeadlineIsWatchedEndsWholly() {
    LocalDate deadline = calendar.today().plusDays(3);
    long id = issueToSchool("sosh12", deadline);
    ProcessInstance instance = instanceOf(id);
    EngineTestSupport.moveClockTo(calendar.dueAt(deadline).toInstant().plus(25, ChronoUnit.HOURS));
    EngineTestSupport.executeDueJobs(management, instance.getId());
    forms.submitTaskForm(reviewOf(instance).getId(), withVariables(AssignmentProcess.NEW_DEADLINE,
        calendar.today().plusDays(7).toString(), AssignmentProcess.OVERDUE_NOTE, "Перенесено"));

    Task execute = tasks.createTaskQuery().processInstanceId(instance.getId())
        .taskDefinitionKey(AssignmentProcess.TASK_EXECUTE).singleResult();
    forms.submitTaskForm(execute.getId(), withVariables(AssignmentProcess.EXECUTION_REPORT, "Документы размещены на сайте"));
    assertThat(instance).isWaitingAt(AssignmentProcess.TASK_CHECK_EXECUTION, AssignmentProcess.EVENT_NEW_DEADLINE_PASSED);
    forms.submitTaskForm(tasks.createTaskQuery().processInstanceId(instance.getId())
        .taskDefinitionKey(AssignmentProcess.TASK_CHECK_EXECUTION).singleResult().getId(),
        withVariables(AssignmentProcess.CONTROL_DECISION, ApprovalDecision.APPROVED));

    assertThat(instance).isEnded().hasPassed(AssignmentProcess.END_DONE);
    assertThat(assignments.get(id).status()).isEqualTo(AssignmentStatus.DONE);
  }

  private Task reviewOf(ProcessInstance instance) {
    return tasks.createTaskQuery().processInstanceId(instance.getId())
        .taskDefinitionKey(AssignmentProcess.TASK_REVIEW_OVERDUE).singleResult();
  }

  @Test
  void anEmptyReportIsRefusedAndNothingIsSaved() {
    long id = issueToSchool("sosh6", calendar.today().plusDays(10));
    ProcessInstance instance = instanceOf(id);
    String taskId = task(instance).getId();

    assertThatThrownBy(() -> forms.submitTaskForm(taskId, withVariables(AssignmentProcess.EXECUTION_REPORT, "  ",
        AssignmentProcess.EXECUTION_LINK, "sosh6.ru")))
        .isInstanceOf(FormInputException.class)
        .hasMessageContaining("Отчёт об исполнении")
        .hasMessageContaining("https://");

    assertThat(instance).isWaitingAt(AssignmentProcess.TASK_EXECUTE);
    assertThat(tasks.createTaskQuery().taskId(taskId).count()).isEqualTo(1);
    assertThat(runtime.getVariable(instance.getId(), AssignmentProcess.EXECUTION_REPORT)).isNull();
    assertThat(assignments.get(id).status()).isEqualTo(AssignmentStatus.IN_PROGRESS);
  }

  @Test
  void notDoneWithoutAReasonOrAnUnknownResultIsRefusedAndNothingIsSaved() {
    long id = issueToSchool("sosh6", calendar.today().plusDays(10));
    ProcessInstance instance = instanceOf(id);
    String taskId = task(instance).getId();

    assertThatThrownBy(() -> forms.submitTaskForm(taskId, withVariables(AssignmentProcess.EXECUTION_RESULT, "notDone",
        AssignmentProcess.EXECUTION_REPORT, " ")))
        .isInstanceOf(FormInputException.class).hasMessageContaining("почему поручение не выполнено");
    assertThatThrownBy(() -> forms.submitTaskForm(taskId, withVariables(AssignmentProcess.EXECUTION_RESULT, "maybe",
        AssignmentProcess.EXECUTION_REPORT, "Что-то сделано")))
        .isInstanceOf(FormInputException.class).hasMessageContaining("Результат");

    assertThat(instance).isWaitingAt(AssignmentProcess.TASK_EXECUTE);
    assertThat(assignments.get(id).status()).isEqualTo(AssignmentStatus.IN_PROGRESS);
    assertThat(assignments.get(id).reportText()).isNull();
  }

  @Test
  void notDoneAcceptedEndsTheAssignmentNotExecuted() {
    long id = issueToSchool("sosh12", calendar.today().plusDays(10));
    ProcessInstance instance = instanceOf(id);
    forms.submitTaskForm(task(instance).getId(), withVariables(AssignmentProcess.EXECUTION_RESULT, "notDone",
        AssignmentProcess.EXECUTION_REPORT, "Нет специалиста <b>по профилю</b>"));
    assertThat(assignments.get(id).reportedNotDone()).isTrue();
    assertThat(tasks.getVariable(task(instance).getId(), "executionReportSummary").toString())
        .startsWith("**Исполнитель сообщает: не выполнено.** **Причина:** Нет специалиста &lt;b&gt;по профилю");

    forms.submitTaskForm(task(instance).getId(), withVariables(AssignmentProcess.CONTROL_DECISION,
        ApprovalDecision.APPROVED));

    assertThat(instance).isEnded();
    Assignment ended = assignments.get(id);
    assertThat(ended.status()).isEqualTo(AssignmentStatus.NOT_DONE);
    assertThat(ended.status().title()).isEqualTo("Не исполнено");
    assertThat(ended.reportText()).isEqualTo("Нет специалиста <b>по профилю</b>");
  }

  @Test
  void aReportWithoutAResultAsAFormDeployedBeforeSubmitsItIsDone() {
    long id = issueToSchool("sosh6", calendar.today().plusDays(10));
    ProcessInstance instance = instanceOf(id);
    forms.submitTaskForm(task(instance).getId(), withVariables(AssignmentProcess.EXECUTION_REPORT, "Документы на сайте"));
    forms.submitTaskForm(task(instance).getId(), withVariables(AssignmentProcess.CONTROL_DECISION,
        ApprovalDecision.APPROVED));

    assertThat(assignments.get(id).executionResult()).isEqualTo(ExecutionResult.DONE);
    assertThat(assignments.get(id).status()).isEqualTo(AssignmentStatus.DONE);
  }

  @Test
  void returningWithoutACommentIsRefused() {
    long id = issueToSchool("sosh6", calendar.today().plusDays(10));
    ProcessInstance instance = instanceOf(id);
    forms.submitTaskForm(task(instance).getId(), withVariables(AssignmentProcess.EXECUTION_REPORT, "Сделано всё по плану"));

    String checkId = task(instance).getId();
    assertThatThrownBy(() -> forms.submitTaskForm(checkId, withVariables(AssignmentProcess.CONTROL_DECISION,
        ApprovalDecision.RETURNED)))
        .isInstanceOf(FormInputException.class).hasMessageContaining("Комментарий");
    assertThat(instance).isWaitingAt(AssignmentProcess.TASK_CHECK_EXECUTION);
  }

  @Test
  void anAssignmentToAPersonOrAGroupGoesToThem() {
    long toPerson = assignments.issue(new NewAssignment("Приказ № 1", "Подготовить справку", ExecutorKind.PERSON,
        "methodist", "deputy", calendar.today().plusDays(5)));
    long toGroup = assignments.issue(new NewAssignment("Приказ № 1", "Провести консультации", ExecutorKind.GROUP,
        Role.CURATOR.groupId(), "coordinator", calendar.today().plusDays(5)));

    assertThat(task(instanceOf(toPerson))).hasCandidateUser("methodist");
    assertThat(task(instanceOf(toGroup))).hasCandidateGroup("curators");
  }

  @Test
  void anAssignmentWithAPastDeadlineOrAnUnknownExecutorIsRefused() {
    assertThatThrownBy(() -> assignments.issue(new NewAssignment(null, "Текст", ExecutorKind.SCHOOL, "no-such-school",
        "nobody", calendar.today().minusDays(1))))
        .isInstanceOf(FormInputException.class)
        .hasMessageContaining("уже прошёл")
        .hasMessageContaining("no-such-school")
        .hasMessageContaining("nobody");
  }

  @Test
  void whatUsersTypedIsShownAsTextNotAsMarkup() {
    long id = assignments.issue(new NewAssignment("Протокол [№ 1](javascript:alert(1))",
        "Разместить <img src=x onerror=alert(1)>\n**на сайте**", ExecutorKind.SCHOOL, "sosh6", "coordinator",
        calendar.today().plusDays(10)));
    ProcessInstance instance = instanceOf(id);

    String summary = tasks.getVariable(task(instance).getId(), "assignmentSummary").toString();
    assertThat(summary).contains("**Поручение:** Разместить &lt;img src=x onerror=alert\\(1\\)&gt;\n\n\\*\\*на сайте\\*\\*")
        .contains("**Основание:** Протокол \\[№ 1\\]\\(javascript\\:alert\\(1\\)\\)")
        .doesNotContain("<img", "](");

    forms.submitTaskForm(task(instance).getId(), withVariables(AssignmentProcess.EXECUTION_REPORT, "Готово <img src=x>",
        AssignmentProcess.EXECUTION_LINK, "https://sosh6.example.ru/![x](http://e)"));
    String report = tasks.getVariable(task(instance).getId(), "executionReportSummary").toString();
    assertThat(report).isEqualTo("**Отчёт об исполнении:** Готово &lt;img src=x&gt;\n\n"
        + "**Ссылка:** https\\://sosh6\\.example\\.ru/\\!\\[x\\]\\(http\\://e\\)");

    forms.submitTaskForm(task(instance).getId(), withVariables(AssignmentProcess.CONTROL_DECISION, ApprovalDecision.RETURNED,
        AssignmentProcess.CONTROL_COMMENT, "# Нет <b>ссылки</b>"));
    assertThat(tasks.getVariable(task(instance).getId(), "lastControlComment"))
        .isEqualTo("\\# Нет &lt;b&gt;ссылки&lt;/b&gt;");
  }

  private long issueToSchool(String schoolCode, LocalDate deadline) {
    return assignments.issue(new NewAssignment("Решение коллегии № 1, п. 1",
        "Разместить антирисковые программы на сайте школы", ExecutorKind.SCHOOL, schoolCode, "coordinator", deadline));
  }

  private ProcessInstance instanceOf(long assignmentId) {
    return runtime.createProcessInstanceQuery()
        .processInstanceBusinessKey(AssignmentProcess.businessKey(assignmentId)).singleResult();
  }
}
