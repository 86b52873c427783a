package ru.schoolsupport.config;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.stereotype.Component;

/**
 * What a node does once at start on the shared database (role groups, grants, Tasklist filters) done by
 * one node at a time: two nodes starting together would otherwise both create a filter or a group, or
 * one would fail on the other's update and not start. On PostgreSQL a session-level advisory lock held
 * on a connection of its own; the embedded H2 database has one node only.
 */
@Component
public class StartupLock {

  /** The advisory lock's key: "ss" and 1, any number no other part of the app uses. */
  static final long KEY = 0x7373_0001L;

  private final DataSource dataSource;
  private final SqlDialect dialect;

  public StartupLock(DataSource dataSource, SqlDialect dialect) {
    this.dataSource = dataSource;
    this.dialect = dialect;
  }

  public void exclusively(Runnable work) {
    if (!dialect.advisoryLocks()) {
      work.run();
      return;
    }
    try (Connection connection = dataSource.getConnection()) {
      call(connection, "select pg_advisory_lock(?)");
      try {
        work.run();
      } finally {
        call(connection, "select pg_advisory_unlock(?)");
      }
    } catch (SQLException e) {
      throw new IllegalStateException("The start-up lock on the database could not be taken: " + e.getMessage(), e);
    }
  }

  private static void call(Connection connection, String sql) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setLong(1, KEY);
      statement.execute();
    }
  }
}
