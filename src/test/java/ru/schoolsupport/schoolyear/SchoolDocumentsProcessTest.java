package ru.schoolsupport.schoolyear;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.time.temporal.ChronoUnit;
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
import ru.schoolsupport.TestYears;
import ru.schoolsupport.EngineTestSupport;
import ru.schoolsupport.SchoolSupportTest;
import ru.schoolsupport.cycle.Cycle;
import ru.schoolsupport.cycle.CycleService;
import ru.schoolsupport.cycle.PeriodType;
import ru.schoolsupport.listformation.Candidate;
import ru.schoolsupport.listformation.CandidateSource;
import ru.schoolsupport.listformation.Category;
import ru.schoolsupport.listformation.CycleSchoolRepository;
import ru.schoolsupport.listformation.Project;
import ru.schoolsupport.process.FormInputException;
import ru.schoolsupport.process.JsonValues;
import ru.schoolsupport.process.WorkCalendar;

/** schoolSupport's documents under review, path by path: accepted, returned twice, the round limit, the deadline. */
@SchoolSupportTest
class SchoolDocumentsProcessTest {

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired FormService forms;
  @Autowired ManagementService management;
  @Autowired CycleService cycles;
  @Autowired CycleSchoolRepository cycleSchools;
  @Autowired RiskProfileService riskProfiles;
  @Autowired SchoolDocumentService documents;
  @Autowired WorkCalendar calendar;


  Cycle cycle;
  ProcessInstance school;

  @BeforeEach
  void aSchoolThatHasChosenItsPriorityRisks() {
    EngineTestSupport.init(engine);
    cycle = cycles.register(new CycleService.CycleRequest(null, PeriodType.CALENDAR_YEAR, TestYears.next(), null));
    cycleSchools.insert(cycle.id(), new Candidate("sosh6", Category.SHNOR, Project.P500, CandidateSource.REGIONAL_LIST,
        "тест"), true, null);
    cycleSchools.setPair(cycle.id(), "sosh6", "lyceum7", "curator1");
    school = runtime.startProcessInstanceByKey(SchoolSupportProcess.KEY, cycle.businessKey() + "/sosh6",
        Map.of(SchoolSupportProcess.CYCLE_ID, cycle.id(), SchoolSupportProcess.SCHOOL_CODE, "sosh6"));
    List<Map<String, Object>> rows = new java.util.ArrayList<>();
    for (RiskFactorSettings.Factor f : riskProfiles.factors(cycle.id())) {
      rows.add(new HashMap<>(Map.of("title", f.title(), "rating", "HIGH", "comment", "")));
    }
    forms.submitTaskForm(task(school).getId(), Map.of(SchoolSupportProcess.RISK_PROFILE, JsonValues.json(rows),
        SchoolSupportProcess.PRIORITY_RISKS, JsonValues.json(List.of("equipment", "motivation"))));
  }

  @AfterEach
  void resetClock() {
    EngineTestSupport.resetClock();
  }

  @Test
  void acceptedAtTheFirstReview() {
    assertThat(school).isWaitingAt(SchoolSupportProcess.TASK_DRAFT_DOCUMENTS);
    assertThat(task(school)).hasCandidateGroup("school-sosh6");
    Object programmes = tasks.getVariable(task(school).getId(), SchoolSupportProcess.PROGRAMMES);
    assertThat(programmes.toString()).contains("Низкий уровень оснащения школы").contains("Низкая учебная мотивация");

    submitDocuments("https://sosh6.example.ru/concept");
    assertThat(school).isWaitingAt(SchoolSupportProcess.TASK_REVIEW_DOCUMENTS);
    assertThat(task(school)).hasCandidateUser("curator1");
    assertThat(tasks.getVariable(task(school).getId(), "documentsSummary").toString())
        .contains("Версия 1").contains("Провести педсовет");

    review("approved", null);

    assertThat(school).hasPassed("Event_DocumentsAccepted");
    assertThat(documents.latest(cycle.id(), "sosh6").orElseThrow().number()).isEqualTo(1);
  }

  @Test
  void returnedTwiceWithCommentsThenAccepted() {
    submitDocuments("https://sosh6.example.ru/concept");
    assertThatThrownBy(() -> review("returned", null)).isInstanceOf(FormInputException.class)
        .hasMessageContaining("хотя бы к одному документу");
    review("returned", "Нет показателей по мотивации");

    assertThat(school).isWaitingAt(SchoolSupportProcess.TASK_DRAFT_DOCUMENTS);
    Task again = task(school);
    assertThat(tasks.getVariable(again.getId(), "curatorComments").toString()).contains("Нет показателей по мотивации");
    assertThat(tasks.getVariable(again.getId(), SchoolSupportProcess.CONCEPT_LINK))
        .isEqualTo("https://sosh6.example.ru/concept");

    submitDocuments("https://sosh6.example.ru/concept-v2");
    review("returned", "Уточните сроки");
    submitDocuments("https://sosh6.example.ru/concept-v3");
    review("approved", null);

    assertThat(school).hasPassed("Event_DocumentsAccepted");
    assertThat(documents.latest(cycle.id(), "sosh6").orElseThrow().number()).isEqualTo(3);
    assertThat(documents.reviews(cycle.id(), "sosh6")).extracting(DocumentReview::accepted)
        .containsExactly(false, false, true);
  }

  @Test
  void aNewRoundOfReviewStartsWithAnEmptyDecisionAndNoCommentsOfTheLastRound() {
    submitDocuments("https://sosh6.example.ru/concept");
    forms.submitTaskForm(task(school).getId(), Map.of(SchoolSupportProcess.REVIEW_DECISION, "returned",
        SchoolSupportProcess.ROADMAP_COMMENT, "Добавьте сроки по кварталам"));
    submitDocuments("https://sosh6.example.ru/concept-v2");

    // the curator's form opens blank, not with the last round's decision and comments
    Task secondRound = task(school);
    for (String field : List.of(SchoolSupportProcess.REVIEW_DECISION, SchoolSupportProcess.CONCEPT_COMMENT,
        SchoolSupportProcess.ROADMAP_COMMENT, SchoolSupportProcess.PROGRAMMES_COMMENT)) {
      assertThat(tasks.getVariable(secondRound.getId(), field)).as(field).isEqualTo("");
    }
    review("accepted", null); // as a form deployed before the one vocabulary submitted it
    // and the accepting review does not carry the last round's comment
    assertThat(documents.reviews(cycle.id(), "sosh6")).extracting(DocumentReview::roadmapComment)
        .containsExactly("Добавьте сроки по кварталам", null);
  }

  @Test
  void theCoordinatorIsDrawnInAtTheRoundLimit() {
    for (int round = 1; round <= 3; round++) {
      submitDocuments("https://sosh6.example.ru/concept-" + round);
      review("returned", "Замечание раунда " + round);
    }
    assertThat(school).isWaitingAt(SchoolSupportProcess.TASK_RESOLVE_REVIEW_ESCALATION);
    assertThat(task(school)).hasCandidateGroup("coordinators");
    assertThat(tasks.getVariable(task(school).getId(), "reviewHistory").toString())
        .contains("Раунд 1").contains("Раунд 3").contains("Замечание раунда 2");

    forms.submitTaskForm(task(school).getId(), Map.of(SchoolSupportProcess.ESCALATION_DECISION, "approved"));

    assertThat(school).hasPassed("Event_DocumentsAcceptedByCoordinator");
  }

  @Test
  void atTheDeadlineTheCoordinatorIsToldWhileTheWorkGoesOn() {
    EngineTestSupport.moveClockTo(calendar.dueAt(cycle.deadlines().documentsDue()).toInstant().plus(1, ChronoUnit.HOURS));
    EngineTestSupport.executeDueJobs(management, school.getId());

    assertThat(school).isWaitingAt(SchoolSupportProcess.TASK_DRAFT_DOCUMENTS, SchoolSupportProcess.TASK_NOTE_DOCUMENTS_OVERDUE);
  }

  @Test
  void impossibleValuesAreRefusedAndNothingIsSaved() {
    Map<String, Object> measure = Map.of("what", "", "deadline", (cycle.startYear() + 1) + "-03-01", "responsible", "");
    Map<String, Object> indicator = Map.of("name", "Доля обучающихся с отметками 4 и 5", "baseline", 20, "target", -5);
    Map<String, Object> programme = Map.of("riskTitle", "Низкий уровень оснащения школы", "goal", "Цель", "tasks", "Задачи",
        "measures", List.of(measure), "indicators", List.of(indicator));

    assertThatThrownBy(() -> forms.submitTaskForm(task(school).getId(), Map.of(
        SchoolSupportProcess.CONCEPT_LINK, "sosh6.ru/concept", SchoolSupportProcess.ROADMAP_LINK, "https://x.ru/r",
        SchoolSupportProcess.PROGRAMMES, JsonValues.json(List.of(programme)))))
        .isInstanceOf(FormInputException.class)
        .hasMessageContaining("должна начинаться с http")
        .hasMessageContaining("пустое мероприятие")
        .hasMessageContaining("вне периода цикла")
        .hasMessageContaining("целевое значение должно быть числом не меньше нуля")
        .hasMessageContaining("на каждый приоритетный риск");

    assertThat(school).isWaitingAt(SchoolSupportProcess.TASK_DRAFT_DOCUMENTS);
    assertThat(documents.latest(cycle.id(), "sosh6")).isEmpty();
  }

  private void submitDocuments(String conceptLink) {
    List<Map<String, Object>> programmes = List.of(programme("Низкий уровень оснащения школы"),
        programme("Низкая учебная мотивация обучающихся"));
    forms.submitTaskForm(task(school).getId(), Map.of(SchoolSupportProcess.CONCEPT_LINK, conceptLink,
        SchoolSupportProcess.ROADMAP_LINK, "https://sosh6.example.ru/roadmap",
        SchoolSupportProcess.PROGRAMMES, JsonValues.json(programmes)));
  }

  private Map<String, Object> programme(String risk) {
    return Map.of("riskTitle", risk, "goal", "Снизить влияние риска", "tasks", "Обновить оборудование; обучить педагогов",
        "link", "https://sosh6.example.ru/programmes",
        "measures", List.of(Map.of("what", "Провести педсовет", "deadline", cycle.startYear() + "-03-15",
            "responsible", "Заместитель директора по УВР")),
        "indicators", List.of(Map.of("name", "Доля уроков с цифровым оборудованием, %", "baseline", 10, "target", 40)));
  }

  private void review(String decision, String comment) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(SchoolSupportProcess.REVIEW_DECISION, decision);
    if (comment != null) {
      variables.put(SchoolSupportProcess.PROGRAMMES_COMMENT, comment);
    }
    forms.submitTaskForm(task(school).getId(), variables);
  }
}
