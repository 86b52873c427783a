package ru.schoolsupport.process;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.TaskServiceImpl;
import org.camunda.bpm.engine.impl.bpmn.behavior.MultiInstanceActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.core.variable.mapping.IoMapping;
import org.camunda.bpm.engine.impl.core.variable.mapping.IoParameter;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.variable.VariableMap;
import org.springframework.stereotype.Component;

/**
 * A user task's input and output mappings act on the task itself: its form's fields are the task's own
 * variables. In Camunda a user task with mappings is a scope, so an execution of its own was created
 * and deleted for every task (the delete checks eleven foreign keys: the costliest statement of a
 * school's year, BENCHMARKS.md) only to hold what the form shows. Here:
 * <ul>
 *   <li>the inputs are computed when the task is created, as Camunda computes them (from the scope the
 *   task is in), and set on the task;</li>
 *   <li>what the form submits lands on those variables, from Tasklist ({@code submit-form} sets a
 *   task's variables) and from a completion with variables, over REST or the Java API
 *   ({@link CompletionOntoTheForm}: Camunda sets those on the task's execution, and so on the process
 *   instance, as a variable the task does not hold is still set);</li>
 *   <li>the outputs are computed when the task completes, from the task: a model names it {@code task}
 *   (e.g. {@code ${submittedForm.value(task, 'riskProfile')}}), and a bare variable name reads the
 *   task's own variable first, then the process's, as before;</li>
 *   <li>the task's variables go with the task (and are kept out of history,
 *   {@code config/VariableHistoryPlugin}).</li>
 * </ul>
 * A task with a boundary event stays a scope, as Camunda needs it for the event; its form's fields are
 * on the task all the same.
 */
@Component
public class FormFieldsOnTaskPlugin extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getCustomPreBPMNParseListeners() == null) {
      configuration.setCustomPreBPMNParseListeners(new ArrayList<>());
    }
    configuration.getCustomPreBPMNParseListeners().add(new MappingsMovedToTheTask());
    configuration.setTaskService(new CompletionOntoTheForm());
  }

  /** Moves a user task's mappings from its activity to task listeners, once the parser has read them. */
  static class MappingsMovedToTheTask extends AbstractBpmnParseListener {

    @Override
    public void parseIoMapping(Element extensionElements, ActivityImpl activity, IoMapping mapping) {
      if (!(activity.getActivityBehavior() instanceof UserTaskActivityBehavior userTask)) {
        return;
      }
      activity.setIoMapping(null);
      if (!isInMultiInstanceBody(activity)) {
        // the parser made it a scope for the mappings alone; a boundary event parsed later makes it one again
        activity.setScope(false);
      }
      userTask.getTaskDefinition().addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE,
          new MappingsOnTheTask(mapping.getInputParameters()));
      userTask.getTaskDefinition().addBuiltInTaskListener(TaskListener.EVENTNAME_COMPLETE,
          new MappingsOnTheTask(mapping.getOutputParameters()));
    }

    private static boolean isInMultiInstanceBody(ActivityImpl activity) {
      ScopeImpl flowScope = activity.getFlowScope();
      return flowScope instanceof ActivityImpl body
          && body.getActivityBehavior() instanceof MultiInstanceActivityBehavior;
    }
  }

  /**
   * A task's inputs or outputs, each run on the task as Camunda runs a mapping on its scope: an input is
   * computed from the scope the task is in and set on the task, an output computed from the task (its
   * own variables first) and set where Camunda would set it.
   */
  record MappingsOnTheTask(List<? extends IoParameter> parameters) implements TaskListener {

    @Override
    public void notify(DelegateTask task) {
      parameters.forEach(parameter -> parameter.execute((TaskEntity) task));
    }
  }

  /**
   * Camunda's task service, but a completion's variables that the task holds (its form's fields) are
   * set on the task, as a form's submission sets them; the others go to the process as before.
   */
  static class CompletionOntoTheForm extends TaskServiceImpl {

    @Override
    public void complete(String taskId, Map<String, Object> variables) {
      commandExecutor.execute(new CompleteOntoTheForm(taskId, variables, false, false));
    }

    @Override
    public VariableMap completeWithVariablesInReturn(String taskId, Map<String, Object> variables,
        boolean deserializeValues) {
      return commandExecutor.execute(new CompleteOntoTheForm(taskId, variables, true, deserializeValues));
    }
  }

  static class CompleteOntoTheForm extends CompleteTaskCmd {

    CompleteOntoTheForm(String taskId, Map<String, Object> variables, boolean returnVariables,
        boolean deserializeReturnedVariables) {
      super(taskId, variables, returnVariables, deserializeReturnedVariables);
    }

    /** Once the user may complete the task (Camunda sets the variables right after this check). */
    @Override
    protected void checkCompleteTask(TaskEntity task, CommandContext commandContext) {
      super.checkCompleteTask(task, commandContext);
      if (variables == null || variables.isEmpty()) {
        return;
      }
      Map<String, Object> forTheProcess = new HashMap<>();
      variables.forEach((name, value) -> {
        if (task.hasVariableLocal(name)) {
          task.setVariableLocal(name, value);
        } else {
          forTheProcess.put(name, value);
        }
      });
      variables = forTheProcess;
    }
  }
}
