package ru.schoolsupport.schoolyear;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
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
import ru.schoolsupport.listformation.CycleSchool;
import ru.schoolsupport.listformation.CycleSchoolRepository;
import ru.schoolsupport.listformation.ListSourcesRepository;
import ru.schoolsupport.listformation.Project;
import ru.schoolsupport.listformation.SchoolIndicators;
import ru.schoolsupport.process.FormInputException;
import ru.schoolsupport.process.JsonValues;
import ru.schoolsupport.process.WorkCalendar;

/**
 * schoolSupport after the documents, path by path: the joint plan with the mentor school, the stage
 * reports under the curator's confirmation (returned, late), the final report, and each outcome.
 */
@SchoolSupportTest
class SchoolYearProcessTest {

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired FormService forms;
  @Autowired ManagementService management;
  @Autowired CycleService cycles;
  @Autowired CycleSchoolRepository cycleSchools;
  @Autowired RiskProfileService riskProfiles;
  @Autowired JointPlanService jointPlans;
  @Autowired StageReportService reports;
  @Autowired OutcomeService outcomes;
  @Autowired ListSourcesRepository sources;
  @Autowired WorkCalendar calendar;


  Cycle cycle;
  ProcessInstance school;

  @BeforeEach
  void aSchoolWhoseDocumentsWereAccepted() {
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
    forms.submitTaskForm(task(school).getId(), Map.of(SchoolSupportProcess.CONCEPT_LINK, "https://sosh6.example.ru/concept",
        SchoolSupportProcess.ROADMAP_LINK, "https://sosh6.example.ru/roadmap",
        SchoolSupportProcess.PROGRAMMES, JsonValues.json(List.of(programme("Низкий уровень оснащения школы"),
            programme("Низкая учебная мотивация обучающихся")))));
    forms.submitTaskForm(task(school).getId(), Map.of(SchoolSupportProcess.REVIEW_DECISION, "approved"));
    assertThat(cycleSchool().documentsStatus()).isEqualTo("ACCEPTED");
  }

  @AfterEach
  void resetClock() {
    EngineTestSupport.resetClock();
  }

  @Test
  void theJointPlanReturnedOnceThenAgreed() {
    assertThat(school).isWaitingAt(SchoolSupportProcess.TASK_DRAFT_JOINT_PLAN);
    assertThat(task(school)).hasCandidateGroup("school-lyceum7");
    assertThat(cycleSchool().yearStage()).isEqualTo("JOINT_PLAN");
    // Cockpit lists the instance by a key that says the cycle, the school and the stage
    assertThat(runtime.createProcessInstanceQuery().processInstanceId(school.getId()).singleResult().getBusinessKey())
        .isEqualTo(cycle.businessKey() + "/sosh6 · " + runtime.getVariable(school.getId(), "schoolName")
            + " · Совместный план со школой-наставником");
    assertThat(runtime.getVariable(school.getId(), SchoolSupportProcess.YEAR_STAGE))
        .isEqualTo("Совместный план со школой-наставником");

    proposeJointPlan("Взаимное посещение уроков");
    assertThat(school).isWaitingAt(SchoolSupportProcess.TASK_AGREE_JOINT_PLAN);
    assertThat(task(school)).hasCandidateGroup("school-sosh6");
    assertThat(tasks.getVariable(task(school).getId(), "jointPlanSummary").toString())
        .contains("Взаимное посещение уроков");
    assertThatThrownBy(() -> forms.submitTaskForm(task(school).getId(),
        Map.of(SchoolSupportProcess.JOINT_PLAN_DECISION, "returned", SchoolSupportProcess.JOINT_PLAN_COMMENT, "")))
        .isInstanceOf(FormInputException.class).hasMessageContaining("напишите, что изменить");
    forms.submitTaskForm(task(school).getId(), Map.of(SchoolSupportProcess.JOINT_PLAN_DECISION, "returned",
        SchoolSupportProcess.JOINT_PLAN_COMMENT, "Добавьте семинар по мотивации"));

    assertThat(school).isWaitingAt(SchoolSupportProcess.TASK_DRAFT_JOINT_PLAN);
    assertThat(tasks.getVariable(task(school).getId(), "jointPlanReturnComment")).isEqualTo("Добавьте семинар по мотивации");
    assertThat(tasks.getVariable(task(school).getId(), SchoolSupportProcess.JOINT_PLAN_EVENTS).toString())
        .contains("Взаимное посещение уроков");
    proposeJointPlan("Семинар по учебной мотивации");
    assertThat(tasks.getVariable(task(school).getId(), SchoolSupportProcess.JOINT_PLAN_DECISION)).isEqualTo("");
    assertThat(tasks.getVariable(task(school).getId(), SchoolSupportProcess.JOINT_PLAN_COMMENT)).isEqualTo("");
    forms.submitTaskForm(task(school).getId(), Map.of(SchoolSupportProcess.JOINT_PLAN_DECISION, "approved",
        SchoolSupportProcess.JOINT_PLAN_COMMENT, ""));

    assertThat(school).isWaitingAt(SchoolSupportProcess.EVENT_STAGE_REPORT_WINDOW_OPENS);
    JointPlan plan = jointPlans.latest(cycle.id(), "sosh6").orElseThrow();
    assertThat(plan.version()).isEqualTo(2);
    assertThat(plan.status()).isEqualTo(JointPlan.Status.AGREED);
    assertThat(plan.mentorSchoolCode()).isEqualTo("lyceum7");
  }

  @Test
  void aJointPlanWithAnEmptyEventOrADateOutsideTheCycleIsRefused() {
    List<Map<String, Object>> events = List.of(
        Map.of("what", "", "date", cycle.startYear() + "-04-01", "who", "Лицей № 7"),
        Map.of("what", "Семинар", "date", (cycle.startYear() + 1) + "-04-01", "who", "Лицей № 7"));
    assertThatThrownBy(() -> forms.submitTaskForm(task(school).getId(),
        Map.of(SchoolSupportProcess.JOINT_PLAN_EVENTS, JsonValues.json(events))))
        .isInstanceOf(FormInputException.class)
        .hasMessageContaining("мероприятие 1: опишите мероприятие")
        .hasMessageContaining("мероприятие 2: дата");
    assertThat(school).isWaitingAt(SchoolSupportProcess.TASK_DRAFT_JOINT_PLAN);
    assertThat(jointPlans.latest(cycle.id(), "sosh6")).isEmpty();
  }

  @Test
  void aStageReportReturnedThenConfirmed() {
    agreeJointPlan();
    openReportWindow(1);
    assertThat(school).isWaitingAt(SchoolSupportProcess.TASK_SUBMIT_STAGE_REPORT);
    assertThat(task(school)).hasCandidateGroup("school-sosh6");
    assertThat(task(school).getDueDate()).isEqualTo(calendar.dueAt(cycle.deadlines().stage1Due()));
    assertThat(tasks.getVariable(task(school).getId(), "reportTitle")).isEqualTo("Отчёт за I этап");
    assertThat(tasks.getVariable(task(school).getId(), SchoolSupportProcess.REPORT_MEASURES).toString())
        .contains("\"ref\":\"1.1\"").contains("Провести педсовет");
    assertThat(cycleSchool().yearStage()).isEqualTo("STAGE_REPORT");

    submitReport("IN_PROGRESS", 10, "GREEN", "");
    assertThat(school).isWaitingAt(SchoolSupportProcess.TASK_CONFIRM_STAGE_REPORT);
    assertThat(task(school)).hasCandidateUser("curator1");
    assertThat(tasks.getVariable(task(school).getId(), "stageReportSummary").toString())
        .contains("Выполнено пунктов дорожной карты: **50 %**").contains("консультаций — 8");
    forms.submitTaskForm(task(school).getId(), Map.of(SchoolSupportProcess.REPORT_DECISION, "returned",
        SchoolSupportProcess.REPORT_COMMENT, "Уточните долю выполнения"));

    assertThat(school).isWaitingAt(SchoolSupportProcess.TASK_SUBMIT_STAGE_REPORT);
    assertThat(tasks.getVariable(task(school).getId(), "curatorComment")).isEqualTo("Уточните долю выполнения");
    assertThat(tasks.getVariable(task(school).getId(), SchoolSupportProcess.REPORT_MEASURES).toString())
        .contains("\"status\":\"IN_PROGRESS\"");
    submitReport("DONE", 12, "GREEN", "");
    // the curator's form opens blank, not with the last round's decision and comment
    assertThat(tasks.getVariable(task(school).getId(), SchoolSupportProcess.REPORT_DECISION)).isEqualTo("");
    assertThat(tasks.getVariable(task(school).getId(), SchoolSupportProcess.REPORT_COMMENT)).isEqualTo("");
    forms.submitTaskForm(task(school).getId(), Map.of(SchoolSupportProcess.REPORT_DECISION, "approved",
        SchoolSupportProcess.REPORT_COMMENT, ""));

    StageReport report = reports.latest(cycle.id(), "sosh6", 1).orElseThrow();
    assertThat(report.version()).isEqualTo(2);
    assertThat(report.status()).isEqualTo(StageReport.Status.CONFIRMED);
    assertThat(report.figures().roadmapDoneShare()).isEqualByComparingTo("100");
    assertThat(report.late()).isFalse();
    assertThat(school).isWaitingAt(SchoolSupportProcess.EVENT_STAGE_REPORT_WINDOW_OPENS);
  }

  @Test
  void aSchoolThatHasNotReportedByTheDeadlineShowsAsLate() {
    agreeJointPlan();
    openReportWindow(1);
    EngineTestSupport.moveClockTo(calendar.dueAt(cycle.deadlines().stage1Due()).toInstant().plus(1, ChronoUnit.HOURS));
    EngineTestSupport.executeDueJobs(management, school.getId());

    assertThat(school).isWaitingAt(SchoolSupportProcess.TASK_SUBMIT_STAGE_REPORT);
    assertThat(reports.isLate(cycle.id(), "sosh6", 1)).isTrue();

    submitReport("IN_PROGRESS", 10, "AMBER", "Не хватает учителей математики");
    assertThat(reports.latest(cycle.id(), "sosh6", 1).orElseThrow().late()).isTrue();
    assertThat(tasks.getVariable(task(school).getId(), "stageReportSummary").toString())
        .contains("представлен с опозданием");
  }

  @Test
  void impossibleReportValuesAreRefusedAndNothingIsSaved() {
    agreeJointPlan();
    openReportWindow(1);
    Map<String, Object> variables = reportVariables("IN_PROGRESS", -3, "RED", "");
    variables.put(SchoolSupportProcess.CONSULTATIONS, -1);
    variables.put(SchoolSupportProcess.REPORT_MEASURES, JsonValues.json(List.of(
        Map.of("ref", "1.1", "status", "DONE"), Map.of("ref", "9.9", "status", "DONE"))));

    assertThatThrownBy(() -> forms.submitTaskForm(task(school).getId(), variables))
        .isInstanceOf(FormInputException.class)
        .hasMessageContaining("число консультаций")
        .hasMessageContaining("мероприятие 2.1 «Провести педсовет»: укажите статус")
        .hasMessageContaining("мероприятия 9.9 нет")
        .hasMessageContaining("значение должно быть числом не меньше нуля")
        .hasMessageContaining("опишите проблемы");

    assertThat(school).isWaitingAt(SchoolSupportProcess.TASK_SUBMIT_STAGE_REPORT);
    assertThat(reports.latest(cycle.id(), "sosh6", 1)).isEmpty();
  }

  @Test
  void targetsReachedSoTheSchoolLeavesTheList() {
    sources.saveIndicators(new SchoolIndicators("sosh6", cycle.startYear() - 1, new BigDecimal("40"), null, null, null,
        null));
    sources.saveIndicators(new SchoolIndicators("sosh6", cycle.startYear(), new BigDecimal("25"), null, null, null,
        null));
    yearUpToTheFinalReport();
    submitReport("DONE", 45, "GREEN", "");

    assertThat(school).isWaitingAt(SchoolSupportProcess.TASK_RECOMMEND_OUTCOME);
    assertThat(task(school)).hasCandidateUser("curator1");
    assertThat(cycleSchool().yearStage()).isEqualTo("OUTCOME");
    assertThat(tasks.getVariable(task(school).getId(), SchoolSupportProcess.RECOMMENDED_OUTCOME)).isEqualTo("IMPROVED");
    assertThat(tasks.getVariable(task(school).getId(), "resultDynamics").toString())
        .contains("Достигнуто целевых значений: **2 из 2**")
        .contains("| Доля неудовлетворительных результатов ВПР, % | 40 | 25 | улучшение |");

    recommend("IMPROVED", "Цели программ достигнуты, ВПР улучшились");
    assertThat(school).isWaitingAt(SchoolSupportProcess.TASK_DECIDE_OUTCOME);
    assertThat(task(school)).hasCandidateGroup("coordinators");
    assertThat(tasks.getVariable(task(school).getId(), SchoolSupportProcess.OUTCOME_DECISION)).isEqualTo("IMPROVED");
    decide("IMPROVED", "");

    assertThat(school).isEnded().hasPassed(SchoolSupportProcess.EVENT_SCHOOL_YEAR_FINISHED);
    assertThat(cycleSchool().outcome()).isEqualTo("IMPROVED");
    assertThat(cycleSchool().yearStage()).isEqualTo("FINISHED");
  }

  @Test
  void someProgressSoTheCoordinatorKeepsTheSchoolOnTheListAgainstTheRecommendation() {
    yearUpToTheFinalReport();
    submitReport("IN_PROGRESS", 20, "AMBER", "Оборудование поставлено не полностью");
    assertThat(tasks.getVariable(task(school).getId(), SchoolSupportProcess.RECOMMENDED_OUTCOME)).isEqualTo("CONTINUES");
    recommend("IMPROVED", "Школа старалась");

    assertThatThrownBy(() -> decide("CONTINUES", "")).isInstanceOf(FormInputException.class)
        .hasMessageContaining("расходится с рекомендацией куратора");
    decide("CONTINUES", "Целевые значения не достигнуты");

    assertThat(school).isEnded();
    assertThat(cycleSchool().outcome()).isEqualTo("CONTINUES");
    assertThat(outcomes.find(cycle.id(), "sosh6").orElseThrow().recommended()).isEqualTo(SchoolOutcome.IMPROVED);
  }

  @Test
  void aRedProgrammeMeansMoreHelp() {
    yearUpToTheFinalReport();
    submitReport("NOT_STARTED", 10, "RED", "Программа по оснащению не выполнена");
    assertThat(tasks.getVariable(task(school).getId(), SchoolSupportProcess.RECOMMENDED_OUTCOME)).isEqualTo("MORE_HELP");
    recommend("MORE_HELP", "Нужна помощь методистов");
    decide("MORE_HELP", "");

    assertThat(school).isEnded();
    assertThat(cycleSchool().outcome()).isEqualTo("MORE_HELP");
  }

  private void yearUpToTheFinalReport() {
    agreeJointPlan();
    for (int stage = 1; stage <= 2; stage++) {
      openReportWindow(stage);
      submitReport(stage == 1 ? "IN_PROGRESS" : "DONE", 20, "GREEN", "");
      forms.submitTaskForm(task(school).getId(), Map.of(SchoolSupportProcess.REPORT_DECISION, "approved",
          SchoolSupportProcess.REPORT_COMMENT, ""));
    }
    assertThat(school).isWaitingAt(SchoolSupportProcess.EVENT_FINAL_REPORT_WINDOW_OPENS);
    openReportWindow(SchoolSupportProcess.FINAL_REPORT);
    assertThat(school).isWaitingAt(SchoolSupportProcess.TASK_SUBMIT_FINAL_REPORT);
    assertThat(tasks.getVariable(task(school).getId(), "reportTitle")).isEqualTo("Итоговый отчёт за год");
    assertThat(cycleSchool().yearStage()).isEqualTo("FINAL_REPORT");
  }

  private void agreeJointPlan() {
    proposeJointPlan("Взаимное посещение уроков");
    forms.submitTaskForm(task(school).getId(), Map.of(SchoolSupportProcess.JOINT_PLAN_DECISION, "approved",
        SchoolSupportProcess.JOINT_PLAN_COMMENT, ""));
  }

  private void proposeJointPlan(String event) {
    forms.submitTaskForm(task(school).getId(), Map.of(SchoolSupportProcess.JOINT_PLAN_EVENTS, JsonValues.json(List.of(
        Map.of("what", event, "date", cycle.startYear() + "-04-10", "who", "МОБУ лицей № 7")))));
  }

  /** Moves the clock to the day the school is asked for the report and fires the timer. */
  private void openReportWindow(int stage) {
    LocalDate deadline = switch (stage) {
      case 1 -> cycle.deadlines().stage1Due();
      case 2 -> cycle.deadlines().stage2Due();
      default -> cycle.deadlines().finalDue();
    };
    Instant opens = calendar.dueAt(deadline.minusDays(14)).toInstant().plus(1, ChronoUnit.HOURS);
    EngineTestSupport.moveClockTo(opens);
    EngineTestSupport.executeDueJobs(management, school.getId());
  }

  /** A report with measure 1.1 done and 2.1 as given (the share of the roadmap done follows: 50 or 100 %). */
  private void submitReport(String secondMeasure, double indicatorValue, String rag, String problems) {
    forms.submitTaskForm(task(school).getId(), reportVariables(secondMeasure, indicatorValue, rag, problems));
  }

  private Map<String, Object> reportVariables(String secondMeasure, double indicatorValue, String rag,
      String problems) {
    Map<String, Object> v = new HashMap<>();
    v.put(SchoolSupportProcess.REPORT_MEASURES, JsonValues.json(List.of(
        Map.of("ref", "1.1", "status", "DONE", "comment", ""), Map.of("ref", "2.1", "status", secondMeasure))));
    v.put(SchoolSupportProcess.REPORT_INDICATORS, JsonValues.json(List.of(
        Map.of("ref", "1.1", "value", indicatorValue), Map.of("ref", "2.1", "value", indicatorValue))));
    v.put(SchoolSupportProcess.REPORT_PROGRAMMES, JsonValues.json(List.of(
        Map.of("ref", "1", "rag", rag, "comment", ""), Map.of("ref", "2", "rag", "GREEN"))));
    v.put(SchoolSupportProcess.CONSULTATIONS, 8);
    v.put(SchoolSupportProcess.SEMINARS, 3);
    v.put(SchoolSupportProcess.VISITS, 1);
    v.put(SchoolSupportProcess.ROUND_TABLES, 1);
    v.put(SchoolSupportProcess.OTHER_EVENTS, 0);
    v.put(SchoolSupportProcess.PROBLEMS, problems);
    v.put(SchoolSupportProcess.REPORT_SUMMARY, "Итоги года: программы выполняются");
    return v;
  }

  private void recommend(String outcome, String comment) {
    forms.submitTaskForm(task(school).getId(), Map.of(SchoolSupportProcess.RECOMMENDED_OUTCOME, outcome,
        SchoolSupportProcess.RECOMMENDATION_COMMENT, comment));
  }

  private void decide(String outcome, String comment) {
    forms.submitTaskForm(task(school).getId(), Map.of(SchoolSupportProcess.OUTCOME_DECISION, outcome,
        SchoolSupportProcess.OUTCOME_COMMENT, comment));
    // the year ends asynchronously (many schools end at once in a cycle)
    EngineTestSupport.executeDueJobs(management, school.getId());
  }

  private CycleSchool cycleSchool() {
    return cycleSchools.find(cycle.id(), "sosh6").orElseThrow();
  }

  private Map<String, Object> programme(String risk) {
    return Map.of("riskTitle", risk, "goal", "Снизить влияние риска", "tasks", "Обновить оборудование; обучить педагогов",
        "link", "https://sosh6.example.ru/programmes",
        "measures", List.of(Map.of("what", "Провести педсовет", "deadline", cycle.startYear() + "-03-15",
            "responsible", "Заместитель директора по УВР")),
        "indicators", List.of(Map.of("name", "Доля уроков с цифровым оборудованием, %", "baseline", 10, "target", 40)));
  }
}
