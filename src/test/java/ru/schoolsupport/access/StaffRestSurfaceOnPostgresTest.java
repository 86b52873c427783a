package ru.schoolsupport.access;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Tag;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The same tries of the engine's REST API as {@link StaffRestSurfaceTest}, on PostgreSQL: a value
 * too long for a column, a wrong type or a foreign id is refused before the database sees it there
 * too. The demo people and data on a database of its own, emptied at every run.
 */
@Tag("postgres")
@Tag("own-context")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "camunda.bpm.job-execution.enabled=false",
    "server.address=127.0.0.1",
    "schoolsupport.mail.dispatch-enabled=false",
    "schoolsupport.mail.sink-directory=target/mail"
})
class StaffRestSurfaceOnPostgresTest extends StaffRestSurfaceTest {

  static final String DATABASE = "school_support_gate_test";
  static final String SERVER = System.getenv().getOrDefault("SCHOOLSUPPORT_TEST_DB_SERVER",
      "jdbc:postgresql://127.0.0.1:5432/");

  @DynamicPropertySource
  static void emptyDatabase(DynamicPropertyRegistry registry) throws SQLException {
    try (Connection connection = DriverManager.getConnection(SERVER + "postgres", "postgres", "");
        Statement statement = connection.createStatement()) {
      statement.execute("drop database if exists " + DATABASE + " with (force)");
      statement.execute("create database " + DATABASE);
    }
    registry.add("spring.datasource.url", () -> SERVER + DATABASE);
    registry.add("spring.datasource.username", () -> "postgres");
    registry.add("spring.datasource.password", () -> "");
  }
}
