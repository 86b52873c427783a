package ru.schoolsupport.config;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.boot.jdbc.DatabaseDriver;
import org.springframework.stereotype.Component;

/**
 * The few statements our tables need written per database: PostgreSQL (production) and H2 (the
 * embedded default and tests).
 */
@Component
public class SqlDialect {

  private final boolean postgres;

  public SqlDialect(DataSource dataSource) throws SQLException {
    try (Connection connection = dataSource.getConnection()) {
      this.postgres = DatabaseDriver.fromJdbcUrl(connection.getMetaData().getURL()) == DatabaseDriver.POSTGRESQL;
    }
  }

  /**
   * Whether {@code insert … on conflict do nothing} is understood: on PostgreSQL an insert that meets a
   * row with the same unique key, even one another transaction has not committed yet, waits for it and
   * then inserts nothing instead of failing (and aborting the transaction around it).
   */
  public boolean onConflictDoNothing() {
    return postgres;
  }

  /** Whether session-level advisory locks exist ({@code pg_advisory_lock}): PostgreSQL's. */
  public boolean advisoryLocks() {
    return postgres;
  }
}
