package ru.schoolsupport.config;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.handler.DbHistoryEventHandler;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
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
 *   compute from our tables for the form to show, set on the task ({@link
 *   ru.schoolsupport.process.FormFieldsOnTaskPlugin}), and which are dropped when the task is completed (what
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

    @Override
    public void handleEvent(HistoryEvent event) {
      if (event instanceof HistoricVariableUpdateEventEntity variable && variable.getTaskId() != null) {
        return;
      }
      super.handleEvent(event);
    }

    @Override
    protected boolean shouldWriteHistoricDetail(HistoricVariableUpdateEventEntity historyEvent) {
      return false;
    }
  }
}
