package ru.schoolsupport.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import ru.schoolsupport.assignment.AssignmentService;
import ru.schoolsupport.assignment.ExecutorKind;
import ru.schoolsupport.assignment.NewAssignment;
import ru.schoolsupport.directory.DirectoryImportService;
import ru.schoolsupport.process.WorkCalendar;

/**
 * The production setup on the local PostgreSQL server (see DEVELOPERS.md; `.ci/run` creates the
 * database {@value #DATABASE}): Camunda's schema and our migrations, no demo data, the password
 * policy on, REST behind a login, and an assignment carried through on PostgreSQL.
 */
@Tag("postgres")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@ActiveProfiles("postgres")
@Tag("own-context")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "camunda.bpm.job-execution.enabled=false",
    "camunda.bpm.admin-user.password=Sch00l-Support-Pr0d!",
    "server.address=127.0.0.1",
    "schoolsupport.mail.transport=file",
    "schoolsupport.mail.sink-directory=target/mail"
})
class PostgresProductionTest {

  static final String DATABASE = "school_support_test";
  static final String URL = System.getenv().getOrDefault("SCHOOLSUPPORT_TEST_DB_URL",
      "jdbc:postgresql://127.0.0.1:5432/" + DATABASE);

  @DynamicPropertySource
  static void cleanDatabase(DynamicPropertyRegistry registry) throws SQLException {
    // a clean schema for every run: the test proves a first start on an empty database
    try (Connection connection = DriverManager.getConnection(URL, "postgres", "");
        Statement statement = connection.createStatement()) {
      statement.execute("drop schema if exists public cascade");
      statement.execute("create schema public");
    }
    registry.add("spring.datasource.url", () -> URL);
    registry.add("spring.datasource.username", () -> "postgres");
    registry.add("spring.datasource.password", () -> "");
  }

  @Autowired ProcessEngine engine;
  @Autowired RepositoryService repository;
  @Autowired IdentityService identity;
  @Autowired TaskService tasks;
  @Autowired FormService forms;
  @Autowired DirectoryImportService directoryImport;
  @Autowired AssignmentService assignments;
  @Autowired WorkCalendar calendar;
  @Autowired TestRestTemplate http;
  @Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc;

  @Test
  @Order(1)
  void runsOnPostgresWithoutDemoDataAndWithThePasswordPolicy() throws Exception {
    assertThat(engine.getProcessEngineConfiguration().getDatabaseType()).isEqualTo("postgres");
    assertThat(repository.createProcessDefinitionQuery().processDefinitionKey("assignmentControl").count())
        .isPositive();
    assertThat(identity.createUserQuery().userId("coordinator").count()).isZero();
    assertThat(identity.checkPassword("admin", "Sch00l-Support-Pr0d!")).isTrue();

    User weak = identity.newUser("weak.password");
    weak.setPassword("demo");
    assertThatThrownBy(() -> identity.saveUser(weak)).hasMessageContaining("does not match policy");

    assertThat(http.getForEntity("/engine-rest/task", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(http.withBasicAuth("admin", "Sch00l-Support-Pr0d!").getForEntity("/engine-rest/task", String.class)
        .getStatusCode()).isEqualTo(HttpStatus.OK);
  }

  @Test
  @Order(1)
  void theSessionAndCsrfCookiesTravelOverHttpsOnly() {
    ResponseEntity<String> tasklist = http.getForEntity("/camunda/app/tasklist/default/", String.class);
    assertThat(tasklist.getHeaders().get(HttpHeaders.SET_COOKIE)).isNotEmpty()
        .anyMatch(cookie -> cookie.startsWith("XSRF-TOKEN=")).allMatch(cookie -> cookie.contains("Secure"));
    // the webapps' login: the session the user works in
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
    headers.add("X-XSRF-TOKEN", tasklist.getHeaders().getFirst("X-XSRF-TOKEN"));
    headers.add(HttpHeaders.COOKIE, String.join("; ", tasklist.getHeaders().get(HttpHeaders.SET_COOKIE).stream()
        .map(cookie -> cookie.substring(0, cookie.indexOf(';'))).toList()));
    ResponseEntity<String> login = http.postForEntity("/camunda/api/admin/auth/user/default/login/tasklist",
        new HttpEntity<>("username=admin&password=Sch00l-Support-Pr0d!", headers), String.class);
    assertThat(login.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(login.getHeaders().get(HttpHeaders.SET_COOKIE)).anyMatch(cookie -> cookie.startsWith("JSESSIONID="))
        .allMatch(cookie -> cookie.contains("Secure") && cookie.contains("HttpOnly"));
  }

  @Test
  @Order(2)
  void ourTablesWorkOnPostgres() throws Exception {
    directoryImport.importSchools("schools.csv", new ClassPathResource("demo/schools.csv").getContentAsByteArray());
    directoryImport.importPeople("people.csv", new ClassPathResource("demo/people.csv").getContentAsByteArray());
    long id = assignments.issue(new NewAssignment("Приказ № 1", "Разместить документы на сайте", ExecutorKind.SCHOOL,
        "sosh6", "coordinator", calendar.today().plusDays(5)));
    var task = tasks.createTaskQuery().taskCandidateGroup("school-sosh6").singleResult();
    forms.submitTaskForm(task.getId(), java.util.Map.of("executionReport", "Документы размещены на сайте школы"));
    assertThat(assignments.get(id).reportText()).isEqualTo("Документы размещены на сайте школы");
  }

  @Test
  @Order(3)
  void theEngineTablesHaveTheIndexesTheEngineLacks() {
    // without it, completing a task reads every open task (docs/adr/0009)
    assertThat(jdbc.sql("select count(*) from pg_indexes where tablename = 'act_ru_task' and indexname = ?")
        .param("ss_act_ru_task_parent").query(Long.class).single()).isEqualTo(1L);
    // without it, every Tasklist query of a logged-in user reads every grant (docs/adr/0009)
    assertThat(jdbc.sql("select indexdef from pg_indexes where tablename = 'act_ru_authorization' and indexname = ?")
        .param("ss_act_ru_auth_user").query(String.class).single()).contains("(user_id_)");
  }

  @Test
  @Order(4)
  void allTasksBySchoolReadAnIndex() {
    // «Все задачи по школам» sorts by the task's description, then its due date (docs/adr/0009)
    // Camunda's column as Camunda made it
    assertThat(jdbc.sql("""
            select a.atttypmod - 4 from pg_attribute a
            where a.attrelid = 'act_ru_task'::regclass and a.attname = 'description_'""")
        .query(Integer.class).single()).isEqualTo(4000);
    assertThat(jdbc.sql("select indexdef from pg_indexes where tablename = 'act_ru_task' and indexname = ?")
        .param("ss_act_ru_task_description_due").query(String.class).single())
        .contains("(description_, due_date_)");
  }

  @Test
  @Order(5)
  void theTablesTheSpawningFillsAreAnalyzedOnceTheFirstBatchOfSchoolsIsCommitted() throws Exception {
    String deployment = repository.createDeployment().name("spawning-statistics").addModelInstance("batch.bpmn",
        org.camunda.bpm.model.bpmn.Bpmn.createExecutableProcess("spawningStatistics").camundaHistoryTimeToLive(1)
            .startEvent().camundaExecutionListenerDelegateExpression("start", "${spawningStatistics}")
            .endEvent().done())
        .deploy().getId();
    try {
      java.sql.Timestamp before = lastAnalyzed();
      engine.getRuntimeService().startProcessInstanceByKey("spawningStatistics",
          java.util.Map.of(ru.schoolsupport.cycle.AnnualCycleProcess.SCHOOL_BATCH, 1));
      assertThat(lastAnalyzed()).as("not after a later batch").isEqualTo(before);
      engine.getRuntimeService().startProcessInstanceByKey("spawningStatistics",
          java.util.Map.of(ru.schoolsupport.cycle.AnnualCycleProcess.SCHOOL_BATCH, 0));
      // the server's statistics show the analysis within a second or so
      long until = System.currentTimeMillis() + 10_000;
      while (java.util.Objects.equals(lastAnalyzed(), before) && System.currentTimeMillis() < until) {
        Thread.sleep(100);
      }
      assertThat(lastAnalyzed()).isNotNull().isNotEqualTo(before);
    } finally {
      repository.deleteDeployment(deployment, true);
    }
  }

  private java.sql.Timestamp lastAnalyzed() {
    return jdbc.sql("select last_analyze from pg_stat_user_tables where relname = 'act_ru_execution'")
        .query(java.sql.Timestamp.class).optional().orElse(null);
  }
}
