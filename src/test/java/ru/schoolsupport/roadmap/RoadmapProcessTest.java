package ru.schoolsupport.roadmap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.temporal.ChronoUnit;
import java.util.List;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import ru.schoolsupport.EngineTestSupport;
import ru.schoolsupport.SchoolSupportTest;
import ru.schoolsupport.assignment.AssignmentProcess;
import ru.schoolsupport.assignment.AssignmentService;
import ru.schoolsupport.cycle.Cycle;
import ru.schoolsupport.cycle.CycleService;
import ru.schoolsupport.cycle.PeriodType;
import ru.schoolsupport.process.ApprovalDecision;
import ru.schoolsupport.process.FormInputException;
import ru.schoolsupport.process.WorkCalendar;
import ru.schoolsupport.roadmap.RoadmapService.RoadmapView;

/** One test per path of municipalRoadmap and of its items as tracked work, read like the model. */
@SchoolSupportTest
class RoadmapProcessTest {

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired FormService forms;
  @Autowired ManagementService management;
  @Autowired RepositoryService repository;
  @Autowired IdentityService identity;
  @Autowired CycleService cycles;
  @Autowired RoadmapService roadmaps;
  @Autowired AssignmentService assignments;
  @Autowired WorkCalendar calendar;

  @BeforeEach
  void init() {
    EngineTestSupport.init(engine);
  }

  @AfterEach
  void reset() {
    EngineTestSupport.resetClock();
    identity.clearAuthentication();
  }

  private Cycle newCycle() {
    return RoadmapTestCycles.register(cycles);
  }

  private ProcessInstance start(Cycle cycle, String source) {
    String definition = repository.createProcessDefinitionQuery().processDefinitionKey(RoadmapProcess.KEY)
        .latestVersion().singleResult().getId();
    identity.setAuthentication("coordinator", List.of("coordinators"));
    try {
      return forms.submitStartForm(definition, withVariables(RoadmapProcess.CYCLE, " " + cycle.businessKey(),
          RoadmapProcess.SOURCE, source));
    } finally {
      identity.clearAuthentication();
    }
  }

  private void draft(ProcessInstance instance, String title) {
    forms.submitTaskForm(task(instance).getId(), withVariables(RoadmapProcess.TITLE, title,
        RoadmapProcess.GOAL, "Перевод школ в эффективный режим работы"));
  }

  private void decide(ProcessInstance instance, String decision, String comment) {
    forms.submitTaskForm(task(instance).getId(), withVariables(RoadmapProcess.DECISION, decision,
        RoadmapProcess.DECISION_COMMENT, comment));
  }

  private void runTracking(ProcessInstance instance) {
    assertThat(instance).isWaitingAt(RoadmapProcess.TASK_TRACK);
    Job job = management.createJobQuery().processInstanceId(instance.getId()).singleResult();
    management.executeJob(job.getId());
  }

  /** A cycle's roadmap from the template, approved at once and given out. */
  private RoadmapView approvedRoadmap() {
    Cycle cycle = newCycle();
    ProcessInstance instance = start(cycle, "TEMPLATE");
    draft(instance, "Дорожная карта " + cycle.startYear());
    decide(instance, ApprovalDecision.APPROVED, null);
    runTracking(instance);
    return roadmaps.view(cycle.id()).orElseThrow();
  }

  @Test
  void approvedAtOnceAndEveryExecutorGetsTheItemWithItsDueDate() {
    Cycle cycle = newCycle();
    ProcessInstance instance = start(cycle, "TEMPLATE");

    assertThat(instance).isWaitingAt(RoadmapProcess.TASK_DRAFT);
    assertThat(runtime.getVariable(instance.getId(), RoadmapProcess.CYCLE_ID)).isEqualTo(cycle.id());
    Task draft = task(instance);
    assertThat(draft).hasCandidateGroup("coordinators").hasDueDate(calendar.dueWithAtLeastAWeek(
        cycle.deadlines().documentsDue()));
    assertThat(tasks.getVariable(draft.getId(), "roadmapSummary").toString())
        .contains("Организация и проведение анализа").contains("Всего мероприятий: " + RoadmapTemplate.ITEMS.size());
    assertThat(tasks.getVariable(draft.getId(), "roadmapTitle").toString()).contains("дорожная карта");
    assertThat(tasks.getVariable(draft.getId(), "roadmapLinks").toString())
        .contains(SchoolSupportTest.PUBLIC_URL + "/app/cycles/" + cycle.id() + "/roadmap");

    draft(instance, "Дорожная карта г. Приреченска");
    assertThat(instance).isWaitingAt(RoadmapProcess.TASK_APPROVE);
    assertThat(task(instance)).hasCandidateGroup("heads");
    assertThat(roadmaps.find(cycle.id()).orElseThrow().status()).isEqualTo(RoadmapStatus.SUBMITTED);
    assertThat(roadmaps.find(cycle.id()).orElseThrow().title()).isEqualTo("Дорожная карта г. Приреченска");

    decide(instance, ApprovalDecision.APPROVED, "");
    runTracking(instance);

    assertThat(instance).isEnded().hasPassed(RoadmapProcess.END);
    RoadmapView view = roadmaps.view(cycle.id()).orElseThrow();
    assertThat(view.roadmap().status()).isEqualTo(RoadmapStatus.APPROVED);
    assertThat(view.roadmap().version()).isEqualTo(1);
    RoadmapItem first = view.items().get(0);
    assertThat(view.marks().get(first.id())).hasSize(2).allSatisfy(mark -> {
      assertThat(mark.assignmentId()).isNotNull();
      ProcessInstance control = runtime.createProcessInstanceQuery()
          .processInstanceBusinessKey(AssignmentProcess.businessKey(mark.assignmentId())).singleResult();
      Task execute = task(control);
      assertThat(execute.getDueDate()).isEqualTo(calendar.dueAt(first.dueDate()));
      assertThat(execute.getName()).isEqualTo("Исполнить поручение и отчитаться");
      assertThat(tasks.getVariable(execute.getId(), "assignmentSummary").toString())
          .contains("Дорожная карта «Дорожная карта г").contains("Индикатор выполнения");
    });
    // the base organisation's part goes to the methodists, the coordinators' to them
    Task baseTask = task(runtime.createProcessInstanceQuery().processInstanceBusinessKey(AssignmentProcess.businessKey(
        view.marks().get(first.id()).get(1).assignmentId())).singleResult());
    assertThat(baseTask).hasCandidateGroup("methodists");
    assertThat(view.overall().done()).isZero();
  }

  @Test
  void returnedOnceWithACommentThenApproved() {
    Cycle cycle = newCycle();
    ProcessInstance instance = start(cycle, "TEMPLATE");
    draft(instance, "Дорожная карта");

    assertThatThrownBy(() -> decide(instance, ApprovalDecision.RETURNED, " ")).isInstanceOf(FormInputException.class)
        .hasMessageContaining("Комментарий");
    decide(instance, ApprovalDecision.RETURNED, "Добавьте цикл вебинаров школ-наставников");

    assertThat(instance).isWaitingAt(RoadmapProcess.TASK_DRAFT);
    assertThat(tasks.getVariable(task(instance).getId(), "headComment").toString())
        .contains("Добавьте цикл вебинаров");
    Roadmap returned = roadmaps.find(cycle.id()).orElseThrow();
    assertThat(returned.status()).isEqualTo(RoadmapStatus.DRAFT);
    assertThat(returned.returnCount()).isEqualTo(1);

    draft(instance, "Дорожная карта, вторая редакция");
    decide(instance, ApprovalDecision.APPROVED, "Согласовано");
    runTracking(instance);

    assertThat(instance).isEnded();
    Roadmap approved = roadmaps.find(cycle.id()).orElseThrow();
    assertThat(approved.status()).isEqualTo(RoadmapStatus.APPROVED);
    assertThat(approved.title()).isEqualTo("Дорожная карта, вторая редакция");
  }

  @Test
  void anEmptyDraftIsNotHandedOnAndASecondStartIsRefused() {
    Cycle cycle = newCycle();
    ProcessInstance instance = start(cycle, "KEEP");
    String taskId = task(instance).getId();

    assertThatThrownBy(() -> draft(instance, "Дорожная карта")).isInstanceOf(FormInputException.class)
        .hasMessageContaining("нет ни одного мероприятия");
    assertThat(instance).isWaitingAt(RoadmapProcess.TASK_DRAFT);
    assertThat(tasks.createTaskQuery().taskId(taskId).count()).isEqualTo(1);
    assertThat(roadmaps.find(cycle.id()).orElseThrow().status()).isEqualTo(RoadmapStatus.DRAFT);

    assertThatThrownBy(() -> start(cycle, "TEMPLATE")).isInstanceOf(FormInputException.class)
        .hasMessageContaining("уже готовит координатор");
    assertThatThrownBy(() -> start(newCycleKeyless(), "TEMPLATE")).isInstanceOf(FormInputException.class)
        .hasMessageContaining("не найден");
  }

  private Cycle newCycleKeyless() {
    return new Cycle(null, "1999", null, PeriodType.CALENDAR_YEAR, 1999, null, null, null, null, null);
  }

  @Test
  void anItemDoneIsMarkedWithEvidenceAndAcceptedByTheCoordinator() {
    RoadmapView view = approvedRoadmap();
    RoadmapItem item = view.items().get(1); // «Анализ эффективности принятых мер», the coordinators'
    ItemMark mark = view.marks().get(item.id()).get(0);
    ProcessInstance control = controlOf(mark);

    String executeId = task(control).getId();
    identity.setAuthentication("coordinator", List.of("coordinators"));
    forms.submitTaskForm(executeId, withVariables(AssignmentProcess.EXECUTION_REPORT,
        "Аналитическая справка подготовлена", AssignmentProcess.EXECUTION_LINK, "https://uo.example.ru/spravka"));
    identity.clearAuthentication();
    assertThat(control).isWaitingAt(AssignmentProcess.TASK_CHECK_EXECUTION);
    assertThat(task(control)).isAssignedTo("coordinator");
    forms.submitTaskForm(task(control).getId(), withVariables(AssignmentProcess.CONTROL_DECISION,
        ApprovalDecision.APPROVED));

    RoadmapView after = roadmaps.view(view.roadmap().cycleId()).orElseThrow();
    assertThat(after.itemDone(item)).isTrue();
    assertThat(after.doneAt(item)).isNotNull();
    ItemMark done = after.marks().get(item.id()).get(0);
    assertThat(done.reportText()).isEqualTo("Аналитическая справка подготовлена");
    assertThat(done.reportLink()).isEqualTo("https://uo.example.ru/spravka");
    assertThat(done.reportedBy()).isEqualTo("coordinator");
    assertThat(after.overall()).isEqualTo(new RoadmapService.Completion(1, RoadmapTemplate.ITEMS.size()));
    assertThat(after.ofStage(item.stage()).done()).isEqualTo(1);
  }

  @Test
  void anItemReturnedGoesBackToItsExecutorWithTheComment() {
    RoadmapView view = approvedRoadmap();
    RoadmapItem item = view.items().get(2); // the base organisation's
    ProcessInstance control = controlOf(view.marks().get(item.id()).get(0));

    forms.submitTaskForm(task(control).getId(), withVariables(AssignmentProcess.EXECUTION_REPORT, "Анализ начат"));
    forms.submitTaskForm(task(control).getId(), withVariables(AssignmentProcess.CONTROL_DECISION,
        ApprovalDecision.RETURNED, AssignmentProcess.CONTROL_COMMENT, "Нет аналитических материалов"));

    assertThat(control).isWaitingAt(AssignmentProcess.TASK_EXECUTE);
    assertThat(tasks.getVariable(task(control).getId(), "lastControlComment")).isEqualTo("Нет аналитических материалов");
    RoadmapView after = roadmaps.view(view.roadmap().cycleId()).orElseThrow();
    assertThat(after.itemDone(item)).isFalse();
    assertThat(after.marks().get(item.id()).get(0).returnCount()).isEqualTo(1);
    assertThat(after.overall().done()).isZero();
  }

  @Test
  void anItemOverdueIsEscalatedToTheCoordinator() {
    RoadmapView view = approvedRoadmap();
    RoadmapItem item = view.items().get(0);
    ProcessInstance control = controlOf(view.marks().get(item.id()).get(0));

    EngineTestSupport.moveClockTo(calendar.dueAt(item.dueDate()).toInstant().plus(25, ChronoUnit.HOURS));
    assertThat(EngineTestSupport.executeDueJobs(management, control.getId())).isEqualTo(1);

    assertThat(control).isWaitingAt(AssignmentProcess.TASK_EXECUTE, AssignmentProcess.TASK_REVIEW_OVERDUE);
    Task review = tasks.createTaskQuery().processInstanceId(control.getId())
        .taskDefinitionKey(AssignmentProcess.TASK_REVIEW_OVERDUE).singleResult();
    assertThat(review.getAssignee()).isEqualTo("coordinator");
    assertThat(roadmaps.view(view.roadmap().cycleId()).orElseThrow().marks().get(item.id()).get(0).overdue()).isTrue();
  }

  @Test
  void anItemDueBeforeApprovalIsOverdueFromTheStart() {
    Cycle cycle = RoadmapTestCycles.register(cycles);
    roadmaps.draft(cycle.id(), RoadmapService.DraftSource.KEEP, "coordinator");
    long section = roadmaps.view(cycle.id()).orElseThrow().sections().get(0).id();
    roadmaps.addItem(cycle.id(), new RoadmapService.ItemInput(section, 1, "Издание приказа", null,
        calendar.today().minusDays(3), "Приказ", List.of(ItemExecutor.of(RoadmapExecutorKind.PERSON, "head"))), null,
        "coordinator");
    roadmaps.submit(cycle.id());
    roadmaps.decide(cycle.id(), ApprovalDecision.APPROVED, null, "head");

    assertThat(roadmaps.startTracking(cycle.id())).isEqualTo(1);
    ItemMark mark = roadmaps.view(cycle.id()).orElseThrow().marks().values().iterator().next().get(0);
    assertThat(mark.deadline()).isEqualTo(calendar.today().minusDays(3));
    assertThat(task(controlOf(mark))).hasCandidateUser("head");
  }

  private ProcessInstance controlOf(ItemMark mark) {
    return runtime.createProcessInstanceQuery()
        .processInstanceBusinessKey(AssignmentProcess.businessKey(mark.assignmentId())).singleResult();
  }

}
