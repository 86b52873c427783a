package ru.schoolsupport.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import ru.schoolsupport.SchoolSupportTest;

/** History keeps each process variable's last value and who did what, not every value nor a task's own variables. */
@SchoolSupportTest
class VariableHistoryTest {

  @Autowired RepositoryService repository;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired FormService forms;
  @Autowired HistoryService history;
  @Autowired IdentityService identity;

  @Test
  void historyKeepsTheProcessVariablesLastValuesAndTheUserOperations() {
    String deployment = repository.createDeployment().name("variable-history").addModelInstance("variableHistory.bpmn",
        Bpmn.createExecutableProcess("variableHistory").camundaHistoryTimeToLive(1).startEvent()
            .userTask("work").camundaCandidateGroups("coordinators")
            .camundaTaskListenerExpression("create", "${task.setVariableLocal('shownInTheForm', decision)}")
            .camundaTaskListenerExpression("complete", "${execution.setVariable('decisionFromTheForm', shownInTheForm)}")
            .endEvent().done())
        .deploy().getId();
    try {
      completeAndCheck();
    } finally {
      // the other tests see only the app's own models
      repository.deleteDeployment(deployment, true);
    }
  }

  private void completeAndCheck() {
    String instance = runtime.startProcessInstanceByKey("variableHistory",
        Map.of("decision", "returned", "summary", org.camunda.bpm.engine.variable.Variables.objectValue(
            Map.of("school", "sosh6")).serializationDataFormat("application/json").create())).getId();
    Task task = tasks.createTaskQuery().processInstanceId(instance).singleResult();
    identity.setAuthentication("coordinator", List.of("coordinators"));
    try {
      forms.submitTaskForm(task.getId(), Map.of("decision", "accepted", "shownInTheForm", "edited"));
    } finally {
      identity.clearAuthentication();
    }

    assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(instance).variableName("decision")
        .singleResult().getValue()).isEqualTo("accepted");
    assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(instance).variableName("summary")
        .singleResult().getValue()).isEqualTo(Map.of("school", "sosh6"));
    assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(instance)
        .variableName("decisionFromTheForm").singleResult().getValue()).isEqualTo("edited");
    // the task's own working copy is not kept, nor any earlier value
    assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(instance)
        .variableName("shownInTheForm").count()).isZero();
    assertThat(history.createHistoricVariableInstanceQuery().taskIdIn(task.getId()).count()).isZero();
    assertThat(history.createHistoricDetailQuery().processInstanceId(instance).count()).isZero();
    assertThat(history.createUserOperationLogQuery().taskId(task.getId())
        .operationType(UserOperationLogEntry.OPERATION_TYPE_COMPLETE).singleResult().getUserId())
        .isEqualTo("coordinator");
  }
}
