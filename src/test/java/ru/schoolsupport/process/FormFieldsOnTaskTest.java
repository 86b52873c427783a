package ru.schoolsupport.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.builder.UserTaskBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import ru.schoolsupport.SchoolSupportTest;

/**
 * A user task's input and output mappings act on the task ({@link FormFieldsOnTaskPlugin}): the form's
 * fields are the task's own variables, no execution is made for the task, and what the form submits
 * reaches the output mappings whether Tasklist submits it or a client completes the task with variables.
 */
@SchoolSupportTest
class FormFieldsOnTaskTest {

  @Autowired RepositoryService repository;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired FormService forms;
  @Autowired IdentityService identity;

  String deployment;

  /** A form showing a computed value and a blank comment; a step after it keeps what was handed over. */
  private static BpmnModelInstance formThenSave(boolean withBoundaryEvent) {
    UserTaskBuilder form = Bpmn.createExecutableProcess("formFields").camundaHistoryTimeToLive(1).startEvent()
        .userTask("fill").camundaCandidateGroups("coordinators")
        .camundaInputParameter("shown", "${initial}")
        .camundaInputParameter("comment", "${''}")
        .camundaOutputParameter("handedOver", "${submittedForm.text(task, 'shown')}")
        .camundaOutputParameter("commentHandedOver", "${comment}");
    if (withBoundaryEvent) {
      form.boundaryEvent("late").cancelActivity(false).timerWithDuration("P30D").endEvent();
    }
    return form.serviceTask("save").camundaExpression(
            "${execution.setVariable('saved', handedOver.concat('/').concat(commentHandedOver))}")
        .userTask("next").camundaCandidateGroups("coordinators").endEvent().done();
  }

  @AfterEach
  void removeTheModel() {
    if (deployment != null) {
      repository.deleteDeployment(deployment, true);
    }
  }

  @Test
  void theFormsFieldsAreTheTasksOwnAndNoExecutionIsMadeForTheTask() {
    String instance = started(formThenSave(false));
    Task task = waitingTask(instance);

    assertThat(runtime.createExecutionQuery().processInstanceId(instance).count()).isEqualTo(1);
    assertThat(tasks.getVariablesLocal(task.getId())).containsOnly(Map.entry("shown", "computed"),
        Map.entry("comment", ""));
    assertThat(runtime.getVariablesLocal(instance)).containsOnlyKeys("initial");

    complete(task, Map.of("shown", "edited", "comment", "ok", "decision", "accepted"));

    assertThat(runtime.getVariables(instance)).containsEntry("saved", "edited/ok")
        // a field the form does not show goes to the process, as Camunda sets it
        .containsEntry("decision", "accepted")
        // an output of a plain expression is a process variable, as in Camunda
        .containsEntry("commentHandedOver", "ok")
        // the form's fields went with the task; the hand-over through submittedForm was transient
        .doesNotContainKeys("shown", "comment", "handedOver");
  }

  @Test
  void whatTasklistSubmitsReachesTheOutputsAsWell() {
    String instance = started(formThenSave(false));
    Task task = waitingTask(instance);

    forms.submitTaskForm(task.getId(), Map.of("shown", "from Tasklist", "comment", "fine"));

    assertThat(runtime.getVariable(instance, "saved")).isEqualTo("from Tasklist/fine");
    assertThat(runtime.getVariables(instance)).doesNotContainKeys("shown", "comment");
  }

  @Test
  void aTaskWithABoundaryEventKeepsItsScopeAndItsFieldsOnTheTask() {
    String instance = started(formThenSave(true));
    Task task = waitingTask(instance);

    // Camunda needs the task's own execution for the timer
    assertThat(runtime.createExecutionQuery().processInstanceId(instance).count()).isEqualTo(2);
    assertThat(tasks.getVariablesLocal(task.getId())).containsOnlyKeys("shown", "comment");

    complete(task, Map.of("shown", "edited", "comment", "ok"));

    assertThat(runtime.getVariable(instance, "saved")).isEqualTo("edited/ok");
    assertThat(runtime.getVariables(instance)).doesNotContainKeys("shown", "comment");
  }

  @Test
  void someoneWhoMayNotCompleteTheTaskChangesNothingOfItsForm() {
    String instance = started(formThenSave(false));
    Task task = waitingTask(instance);

    identity.setAuthentication("director.sosh6", List.of("directors", "school-sosh6"));
    try {
      assertThatThrownBy(() -> tasks.complete(task.getId(), Map.of("shown", "not theirs")))
          .isInstanceOf(AuthorizationException.class);
    } finally {
      identity.clearAuthentication();
    }

    assertThat(tasks.getVariableLocal(task.getId(), "shown")).isEqualTo("computed");
    assertThat(waitingTask(instance).getId()).isEqualTo(task.getId());
  }

  private String started(BpmnModelInstance model) {
    deployment = repository.createDeployment().name("form-fields").addModelInstance("formFields.bpmn", model)
        .deploy().getId();
    return runtime.startProcessInstanceByKey("formFields", Map.of("initial", "computed")).getId();
  }

  private Task waitingTask(String instance) {
    return tasks.createTaskQuery().processInstanceId(instance).singleResult();
  }

  private void complete(Task task, Map<String, Object> variables) {
    identity.setAuthentication("coordinator", List.of("coordinators"));
    try {
      tasks.complete(task.getId(), variables);
    } finally {
      identity.clearAuthentication();
    }
  }
}
