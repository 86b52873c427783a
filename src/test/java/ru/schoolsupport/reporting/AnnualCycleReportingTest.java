package ru.schoolsupport.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
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
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import ru.schoolsupport.EngineTestSupport;
import ru.schoolsupport.SchoolSupportTest;
import ru.schoolsupport.TestYears;
import ru.schoolsupport.cycle.AnnualCycleProcess;
import ru.schoolsupport.listformation.ListFormationService;
import ru.schoolsupport.mail.MailOutbox;
import ru.schoolsupport.process.JsonValues;
import ru.schoolsupport.schoolyear.SchoolSupportProcess;

/**
 * annualCycle's reporting branch with the real municipalReport: when the schools' stage I reports
 * fall due, the cycle calls the report, which the coordinator prepares and the head approves; the
 * report goes to the regional institute and the cycle waits for stage II.
 */
@SchoolSupportTest
class AnnualCycleReportingTest {

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired FormService forms;
  @Autowired ManagementService management;
  @Autowired ListFormationService listFormation;
  @Autowired MunicipalReportService reports;
  @Autowired MailOutbox outbox;
  @Autowired ru.schoolsupport.reminders.DeadlineMoves deadlineMoves;
  @Autowired ru.schoolsupport.cycle.CycleRepository cycles;
  @Autowired ru.schoolsupport.process.WorkCalendar calendar;

  @BeforeEach
  void init() {
    EngineTestSupport.init(engine);
  }

  @Test
  void aStageDeadlineMovedForAllSchoolsMovesTheStartOfTheMunicipalReport() {
    ProcessInstance cycle = cycleWaitingForStageOneReports(TestYears.next());
    long cycleId = ((Number) runtime.getVariable(cycle.getId(), AnnualCycleProcess.CYCLE_ID)).longValue();
    LocalDate later = cycles.get(cycleId).deadlines().stage1Due().plusDays(10);

    deadlineMoves.move(new ru.schoolsupport.reminders.DeadlineMoves.Request(cycleId,
        ru.schoolsupport.cycle.DeadlineKind.STAGE1, null, later, "Продлён срок отчётов школ", "coordinator"));

    Job stage1Due = management.createJobQuery().processInstanceId(cycle.getId())
        .activityId(AnnualCycleProcess.EVENT_STAGE1_REPORTS_DUE).singleResult();
    assertThat(stage1Due.getDuedate()).isEqualTo(calendar.dueAt(later));
  }

  private ProcessInstance cycleWaitingForStageOneReports(int year) {
    Map<String, Object> start = new HashMap<>();
    start.put(AnnualCycleProcess.PERIOD_TYPE, "CALENDAR_YEAR");
    start.put(AnnualCycleProcess.START_YEAR, (long) year);
    start.put(AnnualCycleProcess.COORDINATOR, "coordinator");
    ProcessInstance cycle = runtime.startProcessInstanceByKey(AnnualCycleProcess.KEY, start);
    long cycleId = ((Number) runtime.getVariable(cycle.getId(), AnnualCycleProcess.CYCLE_ID)).longValue();
    complete(cycle, Map.of(AnnualCycleProcess.INCLUDED_SCHOOLS, JsonValues.json(listFormation.includedCodes(cycleId))));
    complete(cycle, Map.of(AnnualCycleProcess.LIST_DECISION, AnnualCycleProcess.APPROVED));
    complete(cycle, Map.of(AnnualCycleProcess.MENTOR_PAIRS,
        tasks.getVariable(task(cycle).getId(), AnnualCycleProcess.MENTOR_PAIRS)));
    complete(cycle, Map.of(AnnualCycleProcess.PAIRS_DECISION, AnnualCycleProcess.APPROVED));
    complete(cycle, Map.of(AnnualCycleProcess.ORDER_NUMBER, "12", AnnualCycleProcess.ORDER_DATE,
        LocalDate.now().toString()));
    assertThat(cycle).isWaitingAt(AnnualCycleProcess.EVENT_STAGE1_REPORTS_DUE);
    return cycle;
  }

  @Test
  void theStageOneReportOfTheCycleIsMadeApprovedAndSentThenTheCycleWaitsForStageTwo() {
    int year = TestYears.next();
    ProcessInstance cycle = cycleWaitingForStageOneReports(year);
    long cycleId = ((Number) runtime.getVariable(cycle.getId(), AnnualCycleProcess.CYCLE_ID)).longValue();

    Job stage1Due = management.createJobQuery().processInstanceId(cycle.getId()).timers().singleResult();
    management.executeJob(stage1Due.getId());
    assertThat(cycle).isWaitingAt(AnnualCycleProcess.CALL_STAGE1_REPORT);
    ProcessInstance report = runtime.createProcessInstanceQuery().superProcessInstanceId(cycle.getId())
        .processDefinitionKey(MunicipalReportProcess.KEY).singleResult();
    assertThat(report.getBusinessKey()).isEqualTo(year + "/report-1");

    executeJob(report);
    assertThat(report).isWaitingAt(MunicipalReportProcess.TASK_PREPARE);
    String taskId = task(report).getId();
    assertThat(tasks.getVariable(taskId, MunicipalReportProcess.REPORT_INTRO).toString())
        .contains("включено 4 школы").contains("приказ № 12");
    forms.submitTaskForm(taskId, Map.of(
        MunicipalReportProcess.REPORT_INTRO, tasks.getVariable(taskId, MunicipalReportProcess.REPORT_INTRO),
        MunicipalReportProcess.REPORT_PROBLEMS, tasks.getVariable(taskId, MunicipalReportProcess.REPORT_PROBLEMS),
        MunicipalReportProcess.REPORT_DECISIONS, tasks.getVariable(taskId, MunicipalReportProcess.REPORT_DECISIONS)));
    forms.submitTaskForm(task(report).getId(), Map.of(MunicipalReportProcess.REPORT_DECISION, MunicipalReportProcess.APPROVED,
        MunicipalReportProcess.REPORT_DECISION_COMMENT, ""));
    executeJob(report);

    assertThat(report).isEnded().hasPassed(MunicipalReportProcess.END_SENT);
    assertThat(reports.find(cycleId, 1).orElseThrow().status()).isEqualTo(MunicipalReportStatus.SENT);
    assertThat(outbox.sentOrQueuedTo("cokio@iro.example.ru"))
        .anyMatch(m -> m.subject().endsWith("Муниципальный отчёт за I этап, " + year) && m.attachments().size() == 2);
    // the schools' branch is untouched: its spawning job still waits
    assertThat(cycle).isWaitingAt(AnnualCycleProcess.SCHOOL_BATCHES,
        AnnualCycleProcess.EVENT_STAGE2_REPORTS_DUE);
  }

  @Test
  void theCycleClosesWhenEverySchoolsYearAndEveryReportIsDone() {
    ProcessInstance cycle = cycleWaitingForStageOneReports(TestYears.next());
    long cycleId = ((Number) runtime.getVariable(cycle.getId(), AnnualCycleProcess.CYCLE_ID)).longValue();
    management.executeJob(management.createJobQuery().processInstanceId(cycle.getId()).messages().singleResult().getId());
    List<ProcessInstance> schools = runtime.createProcessInstanceQuery().processDefinitionKey(SchoolSupportProcess.KEY)
        .variableValueEquals(AnnualCycleProcess.CYCLE_ID, cycleId).list();
    assertThat(schools).hasSize(4);

    // the reports of stage I, stage II and the final one, each made, approved and sent
    for (String due : List.of(AnnualCycleProcess.EVENT_STAGE1_REPORTS_DUE, AnnualCycleProcess.EVENT_STAGE2_REPORTS_DUE,
        AnnualCycleProcess.EVENT_FINAL_REPORTS_DUE)) {
      assertThat(cycle).isWaitingAt(due);
      management.executeJob(management.createJobQuery().processInstanceId(cycle.getId()).activityId(due)
          .singleResult().getId());
      ProcessInstance report = runtime.createProcessInstanceQuery().superProcessInstanceId(cycle.getId())
          .processDefinitionKey(MunicipalReportProcess.KEY).singleResult();
      executeJob(report);
      String taskId = task(report).getId();
      forms.submitTaskForm(taskId, Map.of(
          MunicipalReportProcess.REPORT_INTRO, tasks.getVariable(taskId, MunicipalReportProcess.REPORT_INTRO),
          MunicipalReportProcess.REPORT_PROBLEMS, tasks.getVariable(taskId, MunicipalReportProcess.REPORT_PROBLEMS),
          MunicipalReportProcess.REPORT_DECISIONS, tasks.getVariable(taskId, MunicipalReportProcess.REPORT_DECISIONS)));
      forms.submitTaskForm(task(report).getId(), Map.of(MunicipalReportProcess.REPORT_DECISION,
          MunicipalReportProcess.APPROVED, MunicipalReportProcess.REPORT_DECISION_COMMENT, ""));
      executeJob(report);
      assertThat(report).isEnded();
    }
    assertThat(reports.ofCycle(cycleId)).extracting(MunicipalReport::status).containsOnly(MunicipalReportStatus.SENT)
        .hasSize(3);
    // the reporting is done, the schools are not: the cycle waits for them
    assertThat(cycle).isWaitingAt(AnnualCycleProcess.SCHOOL_BATCHES);
    ProcessInstance batch = runtime.createProcessInstanceQuery().superProcessInstanceId(cycle.getId())
        .processDefinitionKey(AnnualCycleProcess.SCHOOL_BATCH_KEY).singleResult();
    assertThat(batch).isWaitingAt(AnnualCycleProcess.CALL_SCHOOL_SUPPORT);

    // each school's year comes to its end (its path is SchoolYearProcessTest's): the cycle closes
    for (ProcessInstance school : schools) {
      runtime.createProcessInstanceModification(school.getId())
          .cancelAllForActivity(SchoolSupportProcess.TASK_ASSESS_RISKS)
          .startBeforeActivity(SchoolSupportProcess.EVENT_SCHOOL_YEAR_FINISHED)
          .execute();
      executeJob(school);
    }
    assertThat(batch).isEnded();
    assertThat(cycle).isEnded().hasPassed(AnnualCycleProcess.END_CYCLE_DONE);
  }

  private void complete(ProcessInstance instance, Map<String, Object> variables) {
    forms.submitTaskForm(task(instance).getId(), variables);
  }

  private void executeJob(ProcessInstance instance) {
    List<Job> jobs = management.createJobQuery().processInstanceId(instance.getId()).list();
    assertThat(jobs).hasSize(1);
    management.executeJob(jobs.get(0).getId());
  }
}
