package ru.schoolsupport.schoolyear;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import ru.schoolsupport.TestYears;
import ru.schoolsupport.EngineTestSupport;
import ru.schoolsupport.SchoolSupportTest;
import ru.schoolsupport.cycle.CycleService;
import ru.schoolsupport.cycle.PeriodType;
import ru.schoolsupport.process.FormInputException;
import ru.schoolsupport.process.JsonValues;

/** The school's self-assessment in schoolSupport: the form's rows, the checks, and what is stored. */
@SchoolSupportTest
class SelfAssessmentTest {

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired CycleService cycles;
  @Autowired RiskProfileService riskProfiles;
  @Autowired FormService forms;
  @Autowired HistoryService history;


  long cycleId;
  ProcessInstance school;

  @BeforeEach
  void aSchoolOnTheList() {
    EngineTestSupport.init(engine);
    cycleId = cycles.register(new CycleService.CycleRequest(null, PeriodType.CALENDAR_YEAR, TestYears.next(), null)).id();
    school = runtime.startProcessInstanceByKey(SchoolSupportProcess.KEY, "test/sosh6",
        Map.of(SchoolSupportProcess.CYCLE_ID, cycleId, SchoolSupportProcess.SCHOOL_CODE, "sosh6"));
  }

  @Test
  void theSchoolRatesEveryFactorAndItsPrioritiesAreStored() {
    assertThat(school).isWaitingAt(SchoolSupportProcess.TASK_ASSESS_RISKS);
    assertThat(task(school)).hasCandidateGroup("school-sosh6");
    assertThat(runtime.getVariable(school.getId(), "schoolName")).isEqualTo("МОБУ СОШ № 6");
    // the form's fields are the task's own (set by the model's task listeners): no execution is made for the task
    assertThat(runtime.createExecutionQuery().processInstanceId(school.getId()).count()).isEqualTo(1);
    assertThat(tasks.getVariablesLocal(task(school).getId())).containsOnlyKeys(SchoolSupportProcess.RISK_PROFILE,
        SchoolSupportProcess.PRIORITY_RISKS, "maxPriorityRisks", ru.schoolsupport.access.SchoolOnTask.HEADING);

    forms.submitTaskForm(task(school).getId(), Map.of(
        SchoolSupportProcess.RISK_PROFILE, JsonValues.json(ratedRows("HIGH", "NOT_RELEVANT")),
        SchoolSupportProcess.PRIORITY_RISKS, JsonValues.json(List.of("equipment", "staff_shortage"))));

    assertThat(school).isWaitingAt(SchoolSupportProcess.TASK_DRAFT_DOCUMENTS);
    assertThat(riskProfiles.savedPriorities(cycleId, "sosh6")).containsExactlyInAnyOrder("equipment", "staff_shortage");
    assertThat(riskProfiles.rows(cycleId, "sosh6")).hasSize(10).first()
        .satisfies(r -> assertThat(r.rating()).isEqualTo("HIGH"));
    // submitted, the form's fields were saved, not kept on the process
    assertThat(runtime.getVariables(school.getId())).doesNotContainKeys(SchoolSupportProcess.RISK_PROFILE,
        SchoolSupportProcess.PRIORITY_RISKS);
  }

  @Test
  void submittedAsTasklistDoesTheProfileGoesToOurTablesAndNotIntoTheProcessVariables() {
    // Tasklist submits the form (the form's variables land on the task, not on the process)
    forms.submitTaskForm(task(school).getId(), Map.of(
        SchoolSupportProcess.RISK_PROFILE, JsonValues.json(ratedRows("HIGH", "NOT_RELEVANT")),
        SchoolSupportProcess.PRIORITY_RISKS, JsonValues.json(List.of("equipment", "staff_shortage"))));

    assertThat(school).isWaitingAt(SchoolSupportProcess.TASK_DRAFT_DOCUMENTS);
    assertThat(riskProfiles.savedPriorities(cycleId, "sosh6")).containsExactlyInAnyOrder("equipment", "staff_shortage");
    // the form's data was handed to the step that saved it as a transient variable: no copy is kept in
    // Camunda's variables or their history, only in our tables
    for (String name : List.of(SchoolSupportProcess.RISK_PROFILE, SchoolSupportProcess.PRIORITY_RISKS)) {
      assertThat(runtime.createVariableInstanceQuery().processInstanceIdIn(school.getId()).variableName(name).count())
          .as(name).isZero();
      assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(school.getId()).variableName(name)
          .count()).as(name).isZero();
    }
  }

  @Test
  void aFactorLeftUnratedNoPriorityOrANotRelevantPriorityIsRefusedAndNothingIsStored() {
    List<Map<String, Object>> rows = ratedRows("MEDIUM", "NOT_RELEVANT");
    rows.get(2).put("rating", "");
    assertThatThrownBy(() -> forms.submitTaskForm(task(school).getId(), Map.of(
        SchoolSupportProcess.RISK_PROFILE, JsonValues.json(rows),
        SchoolSupportProcess.PRIORITY_RISKS, JsonValues.json(List.of("language_barriers")))))
        .isInstanceOf(FormInputException.class)
        .hasMessageContaining("не выбрана оценка фактора «Недостаточная предметная")
        .hasMessageContaining("отмечен как неактуальный");
    assertThatThrownBy(() -> forms.submitTaskForm(task(school).getId(), Map.of(
        SchoolSupportProcess.RISK_PROFILE, JsonValues.json(ratedRows("HIGH", "LOW")),
        SchoolSupportProcess.PRIORITY_RISKS, JsonValues.json(List.of("equipment", "staff_shortage", "motivation",
            "parent_involvement")))))
        .isInstanceOf(FormInputException.class).hasMessageContaining("не больше 3");

    assertThat(school).isWaitingAt(SchoolSupportProcess.TASK_ASSESS_RISKS);
    assertThat(riskProfiles.savedPriorities(cycleId, "sosh6")).isEmpty();
  }

  /** The rows as Tasklist submits them: the factor's title (the form has no code field), rating, comment. */
  private List<Map<String, Object>> ratedRows(String firstHalf, String secondHalf) {
    List<Map<String, Object>> rows = new ArrayList<>();
    List<RiskFactorSettings.Factor> factors = riskProfiles.factors(cycleId);
    for (int i = 0; i < factors.size(); i++) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("title", factors.get(i).title());
      row.put("rating", i < factors.size() / 2 ? firstHalf : secondHalf);
      row.put("comment", i == 0 ? "В кабинетах нет интерактивного оборудования" : "");
      rows.add(row);
    }
    return rows;
  }
}
