package ru.schoolsupport.collegium;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import ru.schoolsupport.CycleTestSupport;
import ru.schoolsupport.EngineTestSupport;
import ru.schoolsupport.SchoolSupportTest;
import ru.schoolsupport.TestYears;
import ru.schoolsupport.assignment.Assignment;
import ru.schoolsupport.assignment.AssignmentProcess;
import ru.schoolsupport.assignment.AssignmentService;
import ru.schoolsupport.listformation.CandidateSource;
import ru.schoolsupport.listformation.CycleSchool;
import ru.schoolsupport.listformation.ListFormationService;
import ru.schoolsupport.process.FormInputException;
import ru.schoolsupport.process.JsonValues;
import ru.schoolsupport.process.WorkCalendar;

/**
 * collegiumMeeting path by path: the secretary records the meeting and its decisions; a school's
 * decision sets its place in the next cycle's list; each assignment runs assignmentControl.
 */
@SchoolSupportTest
class CollegiumMeetingProcessTest {

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired FormService forms;
  @Autowired ManagementService management;
  @Autowired ListFormationService listFormation;
  @Autowired CollegiumService collegium;
  @Autowired AssignmentService assignments;
  @Autowired WorkCalendar calendar;

  CycleTestSupport cycles;

  @BeforeEach
  void init() {
    EngineTestSupport.init(engine);
    cycles = new CycleTestSupport(runtime, tasks, management, engine.getFormService());
  }

  @Test
  void decisionsAreRecordedAssignmentsIssuedAndTheNextCycleOffersTheSchoolsKeptOnTheList() {
    // two consecutive years, whichever way TestYears counts: the later cycle's previous one is the earlier
    int a = TestYears.next();
    int b = TestYears.next();
    if (Math.abs(a - b) != 1) { // TestYears wrapped from 2100 to 2028 between the two: one more
      a = b;
      b = TestYears.next();
    }
    int year = Math.min(a, b);
    int nextYear = Math.max(a, b);
    long cycleId = cycleWithExtraSchools(year);

    ProcessInstance meeting = startMeeting(calendar.today(), "О результатах работы со школами с низкими результатами");
    assertThat(meeting).isWaitingAt(CollegiumProcess.TASK_ENTER_DECISIONS);
    Task enter = task(meeting);
    assertThat(enter).hasCandidateGroup("secretaries").hasDueDate(calendar.dueAt(calendar.today().plusDays(3)));
    assertThat(forms.getDeployedTaskForm(enter.getId())).isNotNull();
    assertThat(tasks.getVariable(enter.getId(), "meetingSummary").toString())
        .contains("Решение коллегии от").contains("протокол № 4").contains("О результатах работы");
    assertThat(tasks.getVariable(enter.getId(), CollegiumProcess.CYCLE_OPTIONS).toString()).contains("\"" + cycleId + "\"");
    assertThat(tasks.getVariable(enter.getId(), "codesHint").toString()).contains("sosh6").contains("coordinators");

    LocalDate deadline = calendar.today().plusDays(30);
    List<Map<String, Object>> decisions = List.of(
        decision("Продолжить сопровождение МОБУ СОШ № 1", "sosh1", "CONTINUES",
            assignment("Актуализировать дорожную карту", "SCHOOL", "sosh1", deadline, "deputy")),
        decision("Оказать МОБУ СОШ № 35 дополнительную методическую помощь", "sosh35", "MORE_HELP",
            assignment("Провести выездной семинар в МОБУ СОШ № 35", "GROUP", "methodists", deadline, "coordinator")),
        decision("Вывести МОБУ СОШ № 8 из перечня: результаты улучшились", "sosh8", "IMPROVED"),
        decision("Принять к сведению доклад координатора", "", "",
            assignment("Подготовить справку для регионального института", "PERSON", "coordinator", deadline, "deputy")));
    forms.submitTaskForm(enter.getId(), withVariables(CollegiumProcess.DECISIONS, JsonValues.json(decisions),
        CollegiumProcess.DECISION_CYCLE, String.valueOf(cycleId)));

    assertThat(meeting).isEnded().hasPassed(CollegiumProcess.TASK_RECORD_DECISIONS, CollegiumProcess.END_RECORDED);
    CollegiumMeeting recorded = collegium.get(meetingId(meeting));
    assertThat(recorded.status()).isEqualTo(CollegiumMeeting.Status.RECORDED);
    assertThat(recorded.decisions()).extracting(CollegiumMeeting.Decision::schoolDecision)
        .containsExactly("CONTINUES", "MORE_HELP", "IMPROVED", null);
    assertThat(recorded.decisions().get(0).cycleId()).isEqualTo(cycleId);
    assertThat(recorded.decisions().get(2).assignmentIds()).isEmpty();

    // each assignment runs assignmentControl and appears as a task for its executor
    Assignment toSchool = assignments.get(recorded.decisions().get(0).assignmentIds().get(0));
    assertThat(toSchool.source()).isEqualTo("Решение коллегии от " + CollegiumService.RUSSIAN_DATE.format(calendar.today())
        + " (протокол № 4), п. 1");
    assertThat(task(instanceOf(toSchool))).hasCandidateGroup("school-sosh1");
    Assignment toGroup = assignments.get(recorded.decisions().get(1).assignmentIds().get(0));
    assertThat(task(instanceOf(toGroup))).hasCandidateGroup("methodists");
    Assignment toPerson = assignments.get(recorded.decisions().get(3).assignmentIds().get(0));
    assertThat(task(instanceOf(toPerson))).hasCandidateUser("coordinator");
    assertThat(instanceOf(toPerson)).isWaitingAt(AssignmentProcess.TASK_EXECUTE);

    // the decisions are the schools' outcomes on the cycle's list...
    Map<String, String> outcomes = new LinkedHashMap<>();
    listFormation.all(cycleId).forEach(s -> outcomes.put(s.schoolCode(), s.outcome()));
    assertThat(outcomes).containsEntry("sosh1", "CONTINUES").containsEntry("sosh35", "MORE_HELP")
        .containsEntry("sosh8", "IMPROVED");

    // ...and the next cycle offers those the collegium keeps, as carried over; not the one that leaves
    ProcessInstance next = cycles.start(nextYear);
    List<CycleSchool> candidates = listFormation.all(cycles.cycleId(next));
    assertThat(candidates).filteredOn(s -> s.schoolCode().equals("sosh1")).singleElement()
        .satisfies(s -> assertThat(s.source()).isEqualTo(CandidateSource.CARRIED_OVER));
    assertThat(candidates).filteredOn(s -> s.schoolCode().equals("sosh35")).singleElement()
        .satisfies(s -> assertThat(s.source()).isEqualTo(CandidateSource.CARRIED_OVER));
    assertThat(candidates).extracting(CycleSchool::schoolCode).doesNotContain("sosh8");
  }

  @Test
  void decisionsThatCannotBeAcceptedAreRefusedAndNothingIsStoredOrIssued() {
    long cycleId = cycleWithExtraSchools(TestYears.next());
    ProcessInstance meeting = startMeeting(calendar.today(), "Об итогах года");
    String taskId = task(meeting).getId();
    int assignmentsBefore = assignments.findAll().size();

    List<Map<String, Object>> decisions = List.of(
        decision("Продолжить сопровождение", "lyceum7", "CONTINUES"),
        decision("", "", "", assignment("Сдать отчёт", "SCHOOL", "sosh1", calendar.today().plusDays(5), "deputy")),
        decision("Поручить школам", "", "",
            assignment("Разместить программы", "SCHOOL", "no-such-school", calendar.today().minusDays(1), "nobody"),
            assignment("Провести семинар", "комиссия", "x", calendar.today().plusDays(5), "deputy")),
        decision("Продолжить сопровождение СОШ № 1", "sosh1", ""));

    assertThatThrownBy(() -> forms.submitTaskForm(taskId, withVariables(CollegiumProcess.DECISIONS, JsonValues.json(decisions),
        CollegiumProcess.DECISION_CYCLE, String.valueOf(cycleId))))
        .isInstanceOf(FormInputException.class)
        .hasMessageContaining("решение 1: школа «lyceum7» не входит в перечень цикла")
        .hasMessageContaining("решение 2: не указан текст решения")
        .hasMessageContaining("решение 3: поручение 1: срок исполнения")
        .hasMessageContaining("no-such-school")
        .hasMessageContaining("уже прошёл")
        .hasMessageContaining("контролёр «nobody»")
        .hasMessageContaining("решение 3: поручение 2: вид исполнителя «комиссия» не распознан")
        .hasMessageContaining("решение 4: для школы «sosh1» выберите решение");

    assertThat(meeting).isWaitingAt(CollegiumProcess.TASK_ENTER_DECISIONS);
    assertThat(collegium.get(meetingId(meeting)).decisions()).isEmpty();
    assertThat(collegium.get(meetingId(meeting)).status()).isEqualTo(CollegiumMeeting.Status.OPEN);
    assertThat(assignments.findAll()).hasSize(assignmentsBefore);
    assertThat(listFormation.all(cycleId)).allSatisfy(s -> assertThat(s.outcome()).isNull());
  }

  @Test
  void noDecisionsAtAllIsRefused() {
    ProcessInstance meeting = startMeeting(calendar.today(), "Разное");
    String taskId = task(meeting).getId();
    assertThatThrownBy(() -> forms.submitTaskForm(taskId, withVariables(CollegiumProcess.DECISIONS,
        JsonValues.json(List.of(decision("", "", ""))), CollegiumProcess.DECISION_CYCLE, "")))
        .isInstanceOf(FormInputException.class).hasMessageContaining("хотя бы одно решение");
    assertThat(meeting).isWaitingAt(CollegiumProcess.TASK_ENTER_DECISIONS);
  }

  @Test
  void aMeetingWithoutAgendaOrDateIsNotStarted() {
    long before = runtime.createProcessInstanceQuery().processDefinitionKey(CollegiumProcess.KEY).count();
    assertThatThrownBy(() -> runtime.startProcessInstanceByKey(CollegiumProcess.KEY, withVariables(
        CollegiumProcess.MEETING_DATE, "", CollegiumProcess.AGENDA, "  ")))
        .isInstanceOf(FormInputException.class)
        .hasMessageContaining("Дата заседания").hasMessageContaining("Повестка");
    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(CollegiumProcess.KEY).count()).isEqualTo(before);
  }

  @Test
  void theSecretaryMayStartAMeetingFromTasklistAndASchoolMayNot() {
    Map<String, Object> form = withVariables(CollegiumProcess.MEETING_DATE, calendar.today().toString(),
        CollegiumProcess.AGENDA, "О работе со школами");
    ProcessInstance meeting;
    engine.getIdentityService().setAuthentication("secretary", List.of("secretaries"));
    try {
      meeting = runtime.startProcessInstanceByKey(CollegiumProcess.KEY, form);
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
    assertThat(meeting).isWaitingAt(CollegiumProcess.TASK_ENTER_DECISIONS).variables()
        .containsEntry(CollegiumProcess.SECRETARY, "secretary");
    engine.getIdentityService().setAuthentication("director.sosh6", List.of("directors", "school-sosh6"));
    try {
      assertThatThrownBy(() -> runtime.startProcessInstanceByKey(CollegiumProcess.KEY, form))
          .isInstanceOf(org.camunda.bpm.engine.AuthorizationException.class);
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }

  /** A cycle whose list the coordinator extended by three schools no indicator proposes: sosh1, sosh35, sosh8. */
  private long cycleWithExtraSchools(int year) {
    ProcessInstance cycle = cycles.start(year);
    long cycleId = cycles.cycleId(cycle);
    List<String> codes = new ArrayList<>(listFormation.includedCodes(cycleId));
    codes.addAll(List.of("sosh1", "sosh35", "sosh8"));
    cycles.complete(cycle, "includedSchools", JsonValues.json(codes), "listChangeComment", "по итогам мониторинга");
    return cycleId;
  }

  private ProcessInstance startMeeting(LocalDate date, String agenda) {
    return runtime.startProcessInstanceByKey(CollegiumProcess.KEY, withVariables(
        CollegiumProcess.MEETING_DATE, date.toString(), CollegiumProcess.PROTOCOL_NUMBER, "4",
        CollegiumProcess.AGENDA, agenda, CollegiumProcess.SECRETARY, "secretary"));
  }

  private long meetingId(ProcessInstance meeting) {
    return ((Number) engine.getHistoryService().createHistoricVariableInstanceQuery()
        .processInstanceId(meeting.getId()).variableName(CollegiumProcess.MEETING_ID).singleResult().getValue())
        .longValue();
  }

  private ProcessInstance instanceOf(Assignment assignment) {
    return runtime.createProcessInstanceQuery().processInstanceId(assignment.processInstanceId()).singleResult();
  }

  @SafeVarargs
  static Map<String, Object> decision(String text, String school, String schoolDecision, Map<String, Object>... given) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("text", text);
    row.put("schoolCode", school);
    row.put("schoolDecision", schoolDecision);
    row.put("assignments", List.of(given));
    return row;
  }

  static Map<String, Object> assignment(String text, String kind, String ref, LocalDate deadline, String controller) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("text", text);
    row.put("executorKind", kind);
    row.put("executorRef", ref);
    row.put("deadline", deadline.toString());
    row.put("controller", controller);
    return row;
  }
}
