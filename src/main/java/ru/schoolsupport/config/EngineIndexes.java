package ru.schoolsupport.config;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.jdbc.DatabaseDriver;
import org.springframework.stereotype.Component;

/**
 * Our indexes on Camunda's tables, as Flyway migrations per database ({@code db/engine/{vendor}}),
 * applied once the engine has made its tables (this bean needs the engine), recorded in their own
 * history table ({@code ss_engine_schema_history}) apart from our tables' migrations. Camunda's
 * columns are never changed: a Camunda patch or a move to Operaton keeps its own schema scripts.
 */
@Component
public class EngineIndexes implements InitializingBean {

  static final String HISTORY_TABLE = "ss_engine_schema_history";
  private static final Logger log = LoggerFactory.getLogger(EngineIndexes.class);

  private final DataSource dataSource;

  EngineIndexes(DataSource dataSource, ProcessEngine engineWithItsTables) {
    this.dataSource = dataSource;
  }

  @Override
  public void afterPropertiesSet() throws SQLException {
    MigrateResult result = Flyway.configure()
        .dataSource(dataSource)
        .locations("classpath:db/engine/" + vendor())
        .table(HISTORY_TABLE)
        .baselineOnMigrate(true)
        .baselineVersion("0")
        .load()
        .migrate();
    if (result.migrationsExecuted > 0) {
      log.info("Indexes on the engine's tables: {} migration(s) applied", result.migrationsExecuted);
    }
  }

  /** The folder of this database's migrations, named as Spring Boot names {@code {vendor}}: h2, postgresql. */
  private String vendor() throws SQLException {
    try (Connection connection = dataSource.getConnection()) {
      return DatabaseDriver.fromJdbcUrl(connection.getMetaData().getURL()).getId();
    }
  }
}
