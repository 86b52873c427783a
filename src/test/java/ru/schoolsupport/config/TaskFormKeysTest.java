package ru.schoolsupport.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.SuspendedEntityInteractionException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.ExecuteFilterListCmd;
import org.camunda.bpm.engine.impl.interceptor.CommandInvocationContext;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionManager;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import ru.schoolsupport.SchoolSupportTest;
import ru.schoolsupport.config.TaskFormKeysPlugin.DeployedDefinitionsInQueries;

/**
 * A query names each task's form from the definition the engine holds; what may change about a
 * definition (suspended or not) is still read afresh by the commands that start or continue its work.
 */
@SchoolSupportTest
class TaskFormKeysTest {

  @Autowired ProcessEngine engine;
  @Autowired RepositoryService repository;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired FilterService filters;

  String deployment;
  Filter filter;

  @BeforeEach
  void aProcessWithAForm() {
    deployment = repository.createDeployment().name("form-keys").addModelInstance("formKeys.bpmn",
        Bpmn.createExecutableProcess("formKeys").camundaHistoryTimeToLive(1).startEvent()
            .userTask("work").camundaFormRef("formKeysForm").camundaFormRefBinding("latest")
            .camundaCandidateGroups("coordinators").endEvent().done())
        .deploy().getId();
    filter = filters.saveFilter(filters.newTaskFilter("Формы задач")
        .setQuery(tasks.createTaskQuery().processDefinitionKey("formKeys")));
  }

  @AfterEach
  void removeIt() {
    filters.deleteFilter(filter.getId());
    // the other tests see only the app's own models
    repository.deleteDeployment(deployment, true);
  }

  @Test
  void aQueryNamesTheFormsAndASuspendedDefinitionIsStillRefusedAtOnce() {
    runtime.startProcessInstanceByKey("formKeys");
    List<Task> found = tasks.createTaskQuery().processDefinitionKey("formKeys").initializeFormKeys().list();
    assertThat(found).singleElement().satisfies(task ->
        assertThat(task.getCamundaFormRef().getKey()).isEqualTo("formKeysForm"));
    assertThat(filters.<Task>list(filter.getId())).singleElement().satisfies(task ->
        assertThat(task.getCamundaFormRef().getKey()).isEqualTo("formKeysForm"));

    repository.suspendProcessDefinitionByKey("formKeys");
    assertThatThrownBy(() -> runtime.startProcessInstanceByKey("formKeys"))
        .isInstanceOf(SuspendedEntityInteractionException.class);
    // a query after the suspension still names the form, and the suspension still holds after it
    assertThat(filters.<Task>list(filter.getId())).singleElement().satisfies(task ->
        assertThat(task.getCamundaFormRef().getKey()).isEqualTo("formKeysForm"));
    assertThatThrownBy(() -> runtime.startProcessInstanceByKey("formKeys"))
        .isInstanceOf(SuspendedEntityInteractionException.class);
    repository.activateProcessDefinitionByKey("formKeys");
    runtime.startProcessInstanceByKey("formKeys");
    assertThat(tasks.createTaskQuery().processDefinitionKey("formKeys").count()).isEqualTo(2);
  }

  @Test
  void onlyQueriesTakeTheDefinitionAsTheEngineHoldsIt() {
    var configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    assertThat(configuration.getSessionFactories().get(ProcessDefinitionManager.class).openSession())
        .isInstanceOf(DeployedDefinitionsInQueries.class);
    assertThat(DeployedDefinitionsInQueries.isQuery(invocation(new TaskQueryImpl()))).isTrue();
    assertThat(DeployedDefinitionsInQueries.isQuery(invocation(new ExecuteFilterListCmd(filter.getId())))).isTrue();
    assertThat(DeployedDefinitionsInQueries.isQuery(invocation(new CompleteTaskCmd("some task", null)))).isFalse();
    assertThat(DeployedDefinitionsInQueries.isQuery(null)).isFalse();
  }

  private CommandInvocationContext invocation(org.camunda.bpm.engine.impl.interceptor.Command<?> command) {
    return new CommandInvocationContext(command, (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration(),
        false);
  }
}
