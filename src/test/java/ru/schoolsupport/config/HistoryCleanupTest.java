package ru.schoolsupport.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import ru.schoolsupport.EngineTestSupport;
import ru.schoolsupport.SchoolSupportTest;
import ru.schoolsupport.assignment.AssignmentProcess;
import ru.schoolsupport.assignment.AssignmentService;
import ru.schoolsupport.assignment.ExecutorKind;
import ru.schoolsupport.assignment.NewAssignment;
import ru.schoolsupport.process.WorkCalendar;

/**
 * Camunda's history cleanup works on every process (issue 25): each model has its time to live (the
 * production profile sets the nightly window), and the history of an instance ended longer ago is removed
 * by the cleanup job, an instance still within it kept.
 */
@SchoolSupportTest
class HistoryCleanupTest {

  @Autowired ProcessEngine engine;
  @Autowired RepositoryService repository;
  @Autowired RuntimeService runtime;
  @Autowired HistoryService history;
  @Autowired ManagementService management;
  @Autowired AssignmentService assignments;
  @Autowired WorkCalendar calendar;

  @AfterEach
  void resetClock() {
    EngineTestSupport.resetClock();
  }

  @Test
  void everyProcessHasATimeToLive() {
    for (ProcessDefinition definition : repository.createProcessDefinitionQuery().latestVersion().list()) {
      assertThat(definition.getHistoryTimeToLive()).as(definition.getKey()).isNotNull().isPositive();
    }
  }

  @Test
  void anInstanceEndedLongerAgoThanItsTimeToLiveIsRemovedByTheCleanup() {
    EngineTestSupport.init(engine);
    long assignment = assignments.issue(new NewAssignment("Решение коллегии № 9", "Отчёт о работе", ExecutorKind.SCHOOL,
        "sosh6", "coordinator", calendar.today().plusDays(10)));
    String instance = runtime.createProcessInstanceQuery()
        .processInstanceBusinessKey(AssignmentProcess.businessKey(assignment)).singleResult().getId();
    runtime.deleteProcessInstance(instance, "Проверка очистки истории");
    HistoricProcessInstance ended = history.createHistoricProcessInstanceQuery().processInstanceId(instance)
        .singleResult();
    assertThat(ended.getRemovalTime()).as("removal time = end + the model's time to live").isNotNull();
    int ttlDays = repository.getProcessDefinition(ended.getProcessDefinitionId()).getHistoryTimeToLive();
    assertThat(ended.getRemovalTime().toInstant())
        .isAfter(ended.getEndTime().toInstant().plus(Duration.ofDays(ttlDays - 1)));

    EngineTestSupport.moveClockTo(ended.getRemovalTime().toInstant().plus(Duration.ofDays(1)));
    Job cleanup = history.cleanUpHistoryAsync(true);
    for (int run = 0; run < 50 && history.createHistoricProcessInstanceQuery().processInstanceId(instance).count() > 0;
        run++) {
      management.executeJob(history.findHistoryCleanupJobs().get(0).getId());
    }
    assertThat(cleanup).isNotNull();
    assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(instance).count()).isZero();
  }
}
