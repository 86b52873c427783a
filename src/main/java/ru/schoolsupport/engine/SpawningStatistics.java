package ru.schoolsupport.engine;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import javax.sql.DataSource;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.TransactionState;
import org.camunda.bpm.engine.impl.context.Context;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import ru.schoolsupport.cycle.AnnualCycleProcess;

/**
 * The schools of a cycle are spawned in a burst: within seconds the engine's runtime tables grow from
 * the few rows of the year before to thousands. PostgreSQL plans each statement a connection runs
 * often once, from the tables' statistics, and keeps the plan until the tables are analyzed again; a
 * plan made in the spawning's first moments, while the statistics say the tables are nearly empty,
 * reads them whole (an execution's variables: 880 blocks a call instead of 30), and autovacuum analyzes
 * them only once a minute or so. So once the first batch of a cycle's schools is committed, the tables
 * the spawning fills are analyzed at once, and every connection plans their statements again from
 * what they now hold (docs/adr/0004: 5,000 schools spawned in 15–23 s, or in 8 s when autovacuum came
 * early). On PostgreSQL only; a failure is logged and changes nothing else.
 */
@Component("spawningStatistics")
public class SpawningStatistics implements ExecutionListener {

  private static final Logger log = LoggerFactory.getLogger(SpawningStatistics.class);

  /** The engine's tables a school's first task fills, as the spawning writes them. */
  static final List<String> TABLES_THE_SPAWNING_FILLS = List.of("ACT_RU_EXECUTION", "ACT_RU_VARIABLE",
      "ACT_RU_TASK", "ACT_RU_IDENTITYLINK", "ACT_RU_AUTHORIZATION", "ACT_GE_BYTEARRAY");

  private final DataSource dataSource;

  public SpawningStatistics(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /** At the start of a schoolBatch: for the cycle's first batch, the tables are analyzed once it is committed. */
  @Override
  public void notify(DelegateExecution execution) {
    Object batch = execution.getVariable(AnnualCycleProcess.SCHOOL_BATCH);
    ProcessEngineConfigurationImpl engine = Context.getProcessEngineConfiguration();
    if (Integer.valueOf(0).equals(batch) && "postgres".equals(engine.getDatabaseType())) {
      String prefix = engine.getDatabaseTablePrefix();
      Context.getCommandContext().getTransactionContext().addTransactionListener(TransactionState.COMMITTED,
          committed -> analyze(prefix));
    }
  }

  /** ANALYZE of the tables the spawning fills, on a connection of its own. */
  void analyze(String tablePrefix) {
    long start = System.nanoTime();
    try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
      connection.setAutoCommit(true);
      statement.execute("analyze " + String.join(", ", TABLES_THE_SPAWNING_FILLS.stream()
          .map(table -> tablePrefix + table).toList()));
      log.info("The engine's runtime tables analyzed after the cycle's first batch of schools, in {} ms",
          (System.nanoTime() - start) / 1_000_000);
    } catch (SQLException e) {
      log.warn("Could not analyze the engine's runtime tables after the cycle's first batch of schools ({}); "
          + "autovacuum will, and until then the spawning may be slower", e.getMessage());
    }
  }
}
