package ru.schoolsupport.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.handler.DbHistoryEventHandler;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * What history keeps of variables. History level {@code full} stays: who did what (the user operation
 * log that Tasklist shows under «История»), tasks, activities, incidents, job logs and identity links,
 * and every process variable's last value. Two things Camunda would also keep are left out, because
 * they made most of a school's year's writes (BENCHMARKS.md) and nothing reads them:
 * <ul>
 *   <li>the log of every value each variable took ({@code ACT_HI_DETAIL}, a Json value copied once more
 *   into {@code ACT_GE_BYTEARRAY}): 190,000 rows at 1,000 schools, a third of the database;</li>
 *   <li>the variables of a user task itself: our forms' working copies, which a task's input mappings
 *   compute from our tables for the form to show and which are dropped when the task is completed (what
 *   the user submitted is handed by the task's output mappings to the step that saves it in our tables,
 *   {@link ru.schoolsupport.process.SubmittedForm}; the flags that steer the flow stay process
 *   variables, and so in history).</li>
 * </ul>
 * The business record (documents and their versions, reviews, reports) is in our own tables. Set
 * {@code schoolsupport.history.full-variable-history: true} to keep variables as Camunda does.
 */
@Component
public class VariableHistoryPlugin extends AbstractProcessEnginePlugin {

  private final boolean fullVariableHistory;

  VariableHistoryPlugin(@Value("${schoolsupport.history.full-variable-history:false}") boolean fullVariableHistory) {
    this.fullVariableHistory = fullVariableHistory;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (!fullVariableHistory) {
      // the engine's own writer replaced; any other handler configured still gets every event
      configuration.setEnableDefaultDbHistoryEventHandler(false);
      List<HistoryEventHandler> handlers = new ArrayList<>();
      handlers.add(new ProcessVariablesLastValues());
      if (configuration.getCustomHistoryEventHandlers() != null) {
        handlers.addAll(configuration.getCustomHistoryEventHandlers());
      }
      configuration.setCustomHistoryEventHandlers(handlers);
    }
  }

  /** Camunda's own history writer, but for the two things above. */
  static class ProcessVariablesLastValues extends DbHistoryEventHandler {

    /** Whether an activity of a process definition is a user task, by "definition id/activity id". */
    private final Map<String, Boolean> userTasks = new ConcurrentHashMap<>();

    @Override
    public void handleEvent(HistoryEvent event) {
      if (event instanceof HistoricVariableUpdateEventEntity variable && isTasksOwn(variable)) {
        return;
      }
      super.handleEvent(event);
    }

    /**
     * A variable of the task, or of the user task's activity: input mappings put a form's working copies
     * in the scope of the task's activity instance, whose id begins with the activity's id.
     */
    private boolean isTasksOwn(HistoricVariableUpdateEventEntity variable) {
      if (variable.getTaskId() != null) {
        return true;
      }
      String scope = variable.getScopeActivityInstanceId();
      String definitionId = variable.getProcessDefinitionId();
      int colon = scope == null ? -1 : scope.indexOf(':');
      if (colon < 0 || definitionId == null) {
        return false;
      }
      String activityId = scope.substring(0, colon);
      return userTasks.computeIfAbsent(definitionId + "/" + activityId, key -> {
        ProcessDefinitionEntity definition = Context.getProcessEngineConfiguration().getDeploymentCache()
            .findDeployedProcessDefinitionById(definitionId);
        ActivityImpl activity = definition == null ? null : definition.findActivity(activityId);
        return activity != null && activity.getActivityBehavior() instanceof UserTaskActivityBehavior;
      });
    }

    @Override
    protected boolean shouldWriteHistoricDetail(HistoricVariableUpdateEventEntity historyEvent) {
      return false;
    }
  }
}
