package ru.schoolsupport.access;

import java.sql.SQLException;
import org.junit.jupiter.api.Tag;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import ru.schoolsupport.PostgresTestDatabase;

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

  @DynamicPropertySource
  static void emptyDatabase(DynamicPropertyRegistry registry) throws SQLException {
    PostgresTestDatabase.emptied(DATABASE, registry);
  }

}
