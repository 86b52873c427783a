package ru.schoolsupport.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import ru.schoolsupport.SchoolSupportTest;

/** History keeps each variable's last value and who did what, but not every value a variable took. */
@SchoolSupportTest
class VariableValueLogTest {

  @Autowired RepositoryService repository;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired HistoryService history;
  @Autowired IdentityService identity;

  @Test
  void historyKeepsTheLastValuesAndTheUserOperationsButNoLogOfEveryValue() {
    repository.createDeployment().name("variable-value-log").addModelInstance("variableValueLog.bpmn",
        Bpmn.createExecutableProcess("variableValueLog").camundaHistoryTimeToLive(1).startEvent()
            .userTask("work").camundaCandidateGroups("coordinators").endEvent().done())
        .deploy();
    String instance = runtime.startProcessInstanceByKey("variableValueLog",
        Map.of("decision", "returned", "summary", org.camunda.bpm.engine.variable.Variables.objectValue(
            Map.of("school", "sosh6")).serializationDataFormat("application/json").create())).getId();
    Task task = tasks.createTaskQuery().processInstanceId(instance).singleResult();
    identity.setAuthentication("coordinator", List.of("coordinators"));
    try {
      tasks.complete(task.getId(), Map.of("decision", "accepted"));
    } finally {
      identity.clearAuthentication();
    }

    assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(instance).variableName("decision")
        .singleResult().getValue()).isEqualTo("accepted");
    assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(instance).variableName("summary")
        .singleResult().getValue()).isEqualTo(Map.of("school", "sosh6"));
    assertThat(history.createHistoricDetailQuery().processInstanceId(instance).count()).isZero();
    assertThat(history.createUserOperationLogQuery().taskId(task.getId())
        .operationType(UserOperationLogEntry.OPERATION_TYPE_COMPLETE).singleResult().getUserId())
        .isEqualTo("coordinator");
  }
}
