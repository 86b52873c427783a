package ru.schoolsupport.engine;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.camunda.bpm.engine.impl.history.event.HistoryEventType;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * A custom history level (Camunda's manual, «Implement a custom history level»): everything the level
 * {@code full} keeps — who did what (the user operation log Tasklist shows under «История»), tasks,
 * activities, incidents, job logs, identity links and every process variable's last value — but for
 * two things nothing reads, which made most of a school year's writes (docs/adr):
 * <ul>
 *   <li>the log of every value each variable took and of every field each form submitted
 *   ({@code ACT_HI_DETAIL}): what a form submits is kept in our tables, with who submitted it;</li>
 *   <li>a user task's own variables: the form's working copies, computed from our tables when the task is
 *   created (the model sets them on the task) and gone with the task. What a user submits is saved in
 *   our tables by the step after the task; the decisions that steer the flow are process variables,
 *   and so in history.</li>
 * </ul>
 * Chosen with {@code camunda.bpm.history-level: full-without-task-variables}; {@code full} keeps
 * everything as Camunda does.
 */
@Component
public class TaskVariablesOutOfHistory extends AbstractProcessEnginePlugin {

  static final HistoryLevel LEVEL = new HistoryLevel() {
    @Override
    public int getId() {
      return 27;
    }

    @Override
    public String getName() {
      return "full-without-task-variables";
    }

    @Override
    public boolean isHistoryEventProduced(HistoryEventType eventType, Object entity) {
      if (eventType == HistoryEventTypes.VARIABLE_INSTANCE_UPDATE_DETAIL
          || eventType == HistoryEventTypes.FORM_PROPERTY_UPDATE) {
        return false;
      }
      return !(entity instanceof VariableInstance variable && variable.getTaskId() != null);
    }
  };

  private static final Logger log = LoggerFactory.getLogger(TaskVariablesOutOfHistory.class);
  /** The level Camunda records in a database it made: read, never written, by us. */
  private static final String RECORDED_LEVEL = "select VALUE_ from ACT_GE_PROPERTY where NAME_ = 'historyLevel'";

  private final DataSource dataSource;

  TaskVariablesOutOfHistory(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getCustomHistoryLevels() == null) {
      configuration.setCustomHistoryLevels(new ArrayList<>());
    }
    configuration.getCustomHistoryLevels().add(LEVEL);
    String recorded = recordedLevel();
    if (LEVEL.getName().equals(configuration.getHistory()) && recorded != null
        && !recorded.equals(String.valueOf(LEVEL.getId()))) {
      // Camunda keeps the level a database was made with; an older database of ours was made with "full"
      log.warn("The database was made with history level {} (Camunda's id); it stays so: history is kept in full. "
          + "A new database gets the level {}.", recorded, LEVEL.getName());
      configuration.setHistory(recorded.equals("3") ? ProcessEngineConfiguration.HISTORY_FULL : recorded);
    }
  }

  private String recordedLevel() {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement();
        ResultSet row = statement.executeQuery(RECORDED_LEVEL)) {
      return row.next() ? row.getString(1) : null;
    } catch (SQLException noEngineTablesYet) {
      return null;
    }
  }
}
