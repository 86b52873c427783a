package ru.schoolsupport.config;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.handler.DbHistoryEventHandler;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * History level {@code full} keeps, besides every variable's last value ({@code ACT_HI_VARINST}), a log of
 * every value each variable ever took ({@code ACT_HI_DETAIL}, Json values copied once more into
 * {@code ACT_GE_BYTEARRAY}). Our forms read their data through variables that each task sets and drops,
 * so that log took the most inserts of a school's year (190,000 at 1,000 schools) and a quarter of its
 * database, while nothing reads it: the business record (documents and their versions, reviews,
 * reports) is in our own tables, and who did what stays in the user operation log that Tasklist shows
 * under «История», which {@code full} still keeps, as it keeps incidents, job logs and identity links.
 * Set {@code schoolsupport.history.variable-value-log: true} to keep the log as Camunda does.
 */
@Component
public class VariableValueLogPlugin extends AbstractProcessEnginePlugin {

  private final boolean keepTheLog;

  VariableValueLogPlugin(@Value("${schoolsupport.history.variable-value-log:false}") boolean keepTheLog) {
    this.keepTheLog = keepTheLog;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (!keepTheLog) {
      // the engine's own writer replaced; any other handler configured still gets every event
      configuration.setEnableDefaultDbHistoryEventHandler(false);
      List<HistoryEventHandler> handlers = new ArrayList<>();
      handlers.add(new WithoutVariableValueLog());
      if (configuration.getCustomHistoryEventHandlers() != null) {
        handlers.addAll(configuration.getCustomHistoryEventHandlers());
      }
      configuration.setCustomHistoryEventHandlers(handlers);
    }
  }

  /** Camunda's own history writer, but for the log of variable values. */
  static class WithoutVariableValueLog extends DbHistoryEventHandler {
    @Override
    protected boolean shouldWriteHistoricDetail(HistoricVariableUpdateEventEntity historyEvent) {
      return false;
    }
  }
}
