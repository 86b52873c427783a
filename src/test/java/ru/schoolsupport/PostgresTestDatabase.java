package ru.schoolsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A test's own database on the local PostgreSQL server (user postgres, trust auth; another server
 * through {@code SCHOOLSUPPORT_TEST_DB_SERVER}), made if missing and emptied, and the application's
 * datasource pointed at it: each run starts as a first start on an empty database.
 */
public final class PostgresTestDatabase {

  public static final String SERVER =
      System.getenv().getOrDefault("SCHOOLSUPPORT_TEST_DB_SERVER", "jdbc:postgresql://127.0.0.1:5432/");

  private PostgresTestDatabase() {
  }

  public static void emptied(String database, DynamicPropertyRegistry registry) throws SQLException {
    String url = emptied(database);
    registry.add("spring.datasource.url", () -> url);
    registry.add("spring.datasource.username", () -> "postgres");
    registry.add("spring.datasource.password", () -> "");
  }

  /** The database made if missing and emptied; its JDBC URL (user postgres, no password). */
  public static String emptied(String database) throws SQLException {
    try (Connection connection = DriverManager.getConnection(SERVER + "postgres", "postgres", "");
        Statement statement = connection.createStatement()) {
      try (ResultSet exists = statement.executeQuery("select 1 from pg_database where datname = '" + database + "'")) {
        if (!exists.next()) {
          statement.execute("create database " + database);
        }
      }
    }
    try (Connection connection = DriverManager.getConnection(SERVER + database, "postgres", "");
        Statement statement = connection.createStatement()) {
      statement.execute("drop schema if exists public cascade");
      statement.execute("create schema public");
    }
    return SERVER + database;
  }
}
