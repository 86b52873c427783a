package ru.schoolsupport.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.Tag;
import ru.schoolsupport.process.CommonVariables;
import ru.schoolsupport.mail.MailDispatcher;
import ru.schoolsupport.reminders.ReminderScan;
import ru.schoolsupport.reporting.MunicipalReportService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import ru.schoolsupport.access.TasklistFilters;
import ru.schoolsupport.cycle.AnnualCycleProcess;
import ru.schoolsupport.directory.DirectoryImportService;
import ru.schoolsupport.directory.Role;
import ru.schoolsupport.listformation.ListFormationService;
import ru.schoolsupport.listformation.ListSourcesImportService;
import ru.schoolsupport.process.JsonValues;
import ru.schoolsupport.schoolyear.RiskFactorSettings;
import ru.schoolsupport.schoolyear.RiskProfileService;
import ru.schoolsupport.schoolyear.SchoolSupportProcess;

/**
 * A whole year of a region of N schools on the local PostgreSQL, driven through the engine's API
 * as its users would (the variables their forms submit), next to the bare engine's reference
 * measured in the same run. Not part of the test run: {@code mvn -B -Pbenchmark test
 * -Dbenchmark.schools=1000} (see BENCHMARKS.md). Figures go to the console and to
 * {@code target/benchmark/year-N.md}.
 */
@Tag("benchmark")
@SpringBootTest(properties = {
    "camunda.bpm.job-execution.enabled=false",
    "schoolsupport.demo.enabled=false",
    "schoolsupport.mail.dispatch-enabled=false",
    "schoolsupport.mail.sink-directory=target/benchmark/mail",
    "spring.datasource.hikari.maximum-pool-size=10",
    "camunda.bpm.generic-properties.properties.enable-password-policy=false"
})
class YearBenchmark {

  static final int SCHOOLS = Integer.getInteger("benchmark.schools", 100);
  static final int THREADS = Integer.getInteger("benchmark.threads", 4);
  /** Open tasks to query among (the region's other work: assignments, other processes); 0 = only the year's. */
  static final int OPEN_TASKS = Integer.getInteger("benchmark.openTasks", 0);
  /** Only the region, the references and the spawning (-Dbenchmark.spawnOnly=true): to study the spawning. */
  static final boolean SPAWN_ONLY = Boolean.getBoolean("benchmark.spawnOnly");
  /**
   * Stop after the Tasklist queries among the open tasks, leaving them in the database
   * (-Dbenchmark.queriesOnly=true): to study the queries' plans with EXPLAIN.
   */
  static final boolean QUERIES_ONLY = Boolean.getBoolean("benchmark.queriesOnly");
  /**
   * Whether the year pauses between its steps for what autovacuum would have done, where it is on
   * ({@link #betweenSteps}; the property keeps the name it had when the pause was an ANALYZE).
   */
  static final boolean PAUSE_BETWEEN_STEPS = !"false".equals(System.getProperty("benchmark.analyzeBetweenSteps"));
  static final String DATABASE = "school_support_bench";
  static final int YEAR = LocalDate.now().getYear() + 1;

  @Autowired RuntimeService runtime;
  @Autowired ru.schoolsupport.reminders.DeadlineMoves deadlineMoves;
  @Autowired ru.schoolsupport.cycle.CycleRepository deadlineMovesCycles;
  @Autowired TaskService tasks;
  @Autowired FormService forms;
  @Autowired ManagementService management;
  @Autowired RepositoryService repository;
  @Autowired FilterService filters;
  @Autowired IdentityService identity;
  @Autowired DirectoryImportService directoryImport;
  @Autowired ListSourcesImportService listSources;
  @Autowired ListFormationService listFormation;
  @Autowired RiskProfileService riskProfiles;
  @Autowired JdbcClient jdbc;
  @Autowired ReminderScan reminderScan;
  @Autowired MailDispatcher mailDispatcher;
  @Autowired MunicipalReportService municipalReports;

  final Map<String, String> figures = new LinkedHashMap<>();
  final AtomicLong peakHeap = new AtomicLong();
  final AtomicLong retries = new AtomicLong();

  @DynamicPropertySource
  static void freshDatabase(DynamicPropertyRegistry registry) throws SQLException {
    try (Connection c = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/postgres", "postgres", "");
        Statement s = c.createStatement()) {
      s.execute("drop database if exists " + DATABASE + " with (force)");
      s.execute("create database " + DATABASE);
    }
    registry.add("spring.datasource.url", () -> "jdbc:postgresql://127.0.0.1:5432/" + DATABASE);
    registry.add("spring.datasource.username", () -> "postgres");
    registry.add("spring.datasource.password", () -> "");
    registry.add("schoolsupport.mentoring.mentor-capacity", () -> "3");
    registry.add("schoolsupport.mentoring.curator-load", () -> "3");
  }

  @Test
  void aWholeYear() throws Exception {
    Files.deleteIfExists(Path.of("target/benchmark/statements-steps-" + SCHOOLS + ".txt"));
    Thread sampler = heapSampler();
    figures.put("schools", String.valueOf(SCHOOLS));
    figures.put("threads", String.valueOf(THREADS));
    autovacuumOn();

    long t0 = System.nanoTime();
    region();
    figures.put("region import (schools, people, accounts, indicators)", seconds(t0));

    bareEngineReference();

    long cycleStart = System.nanoTime();
    ProcessInstance cycle = startedCycle();
    long cycleNanos = System.nanoTime() - cycleStart;
    whatAutovacuumWouldHaveDone();
    resetStatementStatistics();
    long spawnStart = System.nanoTime();
    // a job per batch of schools; the job executor runs them on its threads (they are not exclusive)
    List<Job> batches = management.createJobQuery().processInstanceId(cycle.getId()).messages().list();
    parallel(batches, batch -> management.executeJob(batch.getId()));
    figures.put("spawn: batches (a job and a transaction each, on " + THREADS + " threads)",
        String.valueOf(batches.size()));
    long waiting = tasks.createTaskQuery().taskDefinitionKey(SchoolSupportProcess.TASK_ASSESS_RISKS).count();
    long spawnNanos = System.nanoTime() - spawnStart;
    figures.put("spawn every school's instance, each waiting at its first task", seconds(spawnStart));
    assertThat(waiting).isEqualTo(SCHOOLS);
    costliestStatements("spawn");
    moveADeadlineForAll(cycle);
    if (SPAWN_ONLY) {
      write();
      return;
    }

    tasklistQueries("ours", this::directorQuery, this::coordinatorQuery);
    if (OPEN_TASKS > SCHOOLS) {
      queriesAmongManyOpenTasks();
    }
    if (QUERIES_ONLY) {
      write();
      return;
    }

    AtomicLong completed = new AtomicLong();
    resetStatementStatistics();
    long yearStart = System.nanoTime();
    phase(SchoolSupportProcess.TASK_ASSESS_RISKS, this::riskProfile, completed);
    phase(SchoolSupportProcess.TASK_DRAFT_DOCUMENTS, t -> documents(), completed);
    phase("Task_ReviewDocuments", t -> Map.of(SchoolSupportProcess.REVIEW_DECISION, "approved"), completed);
    phase(SchoolSupportProcess.TASK_DRAFT_JOINT_PLAN, t -> jointPlan(), completed);
    phase(SchoolSupportProcess.TASK_AGREE_JOINT_PLAN, t -> Map.of(SchoolSupportProcess.JOINT_PLAN_DECISION, "approved",
        SchoolSupportProcess.JOINT_PLAN_COMMENT, ""), completed);
    for (int stage = 1; stage <= 2; stage++) {
      fireTimers(SchoolSupportProcess.EVENT_STAGE_REPORT_WINDOW_OPENS, completed);
      phase(SchoolSupportProcess.TASK_SUBMIT_STAGE_REPORT, t -> report(), completed);
      phase(SchoolSupportProcess.TASK_CONFIRM_STAGE_REPORT, t -> Map.of(SchoolSupportProcess.REPORT_DECISION,
          "approved", SchoolSupportProcess.REPORT_COMMENT, ""), completed);
      municipalReport(cycleId(cycle), stage);
    }
    fireTimers(SchoolSupportProcess.EVENT_FINAL_REPORT_WINDOW_OPENS, completed);
    phase(SchoolSupportProcess.TASK_SUBMIT_FINAL_REPORT, t -> report(), completed);
    phase(SchoolSupportProcess.TASK_RECOMMEND_OUTCOME, t -> Map.of(SchoolSupportProcess.RECOMMENDED_OUTCOME,
        "CONTINUES", SchoolSupportProcess.RECOMMENDATION_COMMENT, "Продолжить"), completed);
    phase(SchoolSupportProcess.TASK_DECIDE_OUTCOME, t -> Map.of(SchoolSupportProcess.OUTCOME_DECISION, "CONTINUES",
        SchoolSupportProcess.OUTCOME_COMMENT, ""), completed);
    betweenSteps();
    bareRound(SchoolSupportProcess.EVENT_SCHOOL_YEAR_FINISHED, false);
    long endsStart = System.nanoTime();
    List<Job> ends = shuffled(management.createJobQuery().activityId(SchoolSupportProcess.EVENT_SCHOOL_YEAR_FINISHED).list());
    assertThat(ends).hasSize(SCHOOLS);
    parallel(ends, j -> {
      // as the job executor does: a job that meets a concurrent update is simply tried again
      for (int attempt = 1; ; attempt++) {
        try {
          management.executeJob(j.getId());
          break;
        } catch (org.camunda.bpm.engine.OptimisticLockingException e) {
          if (attempt == 1000) {
            throw e;
          }
          retries.incrementAndGet();
          sleepQuietly(ThreadLocalRandom.current().nextInt(1, 5 + attempt));
        }
      }
      completed.incrementAndGet();
    });
    phaseFigure(SchoolSupportProcess.EVENT_SCHOOL_YEAR_FINISHED, endsStart);
    bareRound(SchoolSupportProcess.EVENT_SCHOOL_YEAR_FINISHED, true);
    figures.put("the schools' ends: concurrent updates of the cycle retried", String.valueOf(retries.get()));
    costliestStatements("year");
    double wallSeconds = (System.nanoTime() - yearStart) / 1e9;
    double yearSeconds = wallSeconds - stepPauses.get() / 1e9 - bareRoundNanos / 1e9;
    double bareInterleaved = bareRoundNanos / 1e6 / bareRoundLives;
    figures.put("bare, interleaved with the year: a task's life (" + bareRoundLives + " processes started and completed, "
            + BARE_ROUND + (BARE_ROUND_AFTER_STEP ? " after" : " before") + " each of the year's steps)",
        String.format("%.2f ms (%.1f s, %.0f /s)", bareInterleaved, bareRoundNanos / 1e9, bareRoundLives / (bareRoundNanos / 1e9)));
    figures.put("the schools' year: tasks completed and timers fired", String.valueOf(completed.get()));
    if (stepPauses.get() > 0) {
      figures.put("the schools' year: wall time, the pauses between steps and the bare rounds included / of which "
              + "what autovacuum would have done",
          String.format("%.1f s / %.1f s", wallSeconds, stepPauses.get() / 1e9));
    }
    figures.put("the schools' year: wall time", String.format("%.1f s", yearSeconds));
    // the municipal reports are the coordinator's, not a school's task, and are given as figures of their own
    double taskSeconds = yearSeconds - reportNanos.get() / 1e9;
    figures.put("the schools' year: wall time of the tasks and timers (the municipal reports left out)",
        String.format("%.1f s", taskSeconds));
    double ours = completed.get() / taskSeconds;
    figures.put("the schools' year: completions per second", String.format("%.0f /s", ours));
    figures.put("the whole year end to end: the cycle's list, pairs and order, the spawning and the schools' year",
        String.format("%.1f s", (cycleNanos + spawnNanos) / 1e9 + yearSeconds));
    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(SchoolSupportProcess.KEY).count()).isZero();

    Long size = jdbc.sql("select pg_database_size(current_database())").query(Long.class).single();
    figures.put("database size", String.format("%.1f MB", size / 1e6));
    figures.put("database size per school", String.format("%.0f kB", size / 1e3 / SCHOOLS));
    // a task of the year is created (with what its form shows) and completed (with what its step saves);
    // the bare engine's counterpart is its one-task process started and completed, before the cycle and
    // after the year, on the same database
    bareTasks("bare after the year", false, SCHOOLS);
    double before = bareTaskMs("bare");
    double after = bareTaskMs("bare after the year");
    double bareTaskMs = (before + after) / 2;
    figures.put("bare: a task's life (process started, task completed), before the cycle / after the year / mean",
        String.format("%.2f / %.2f / %.2f ms", before, after, bareTaskMs));
    figures.put("the schools' year: a task's life (wall time / tasks and timers)", String.format("%.2f ms", 1000 / ours));
    figures.put("per-task cost, ours / bare engine (started and completed; the mean of before and after)",
        String.format("%.2f× (%.2f× of before, %.2f× of after)", (1000 / ours) / bareTaskMs, (1000 / ours) / before,
            (1000 / ours) / after));
    figures.put("per-task cost, ours / bare engine interleaved with the year (the same JVM, database and threads, "
        + "round by round between the year's steps)", String.format("%.2f×", (1000 / ours) / bareInterleaved));
    figures.put("per-task cost, ours / bare engine's completion alone (before the cycle)",
        String.format("%.2f×", rate("bare: complete a one-task process") / ours));
    sampler.interrupt();
    figures.put("peak heap used", String.format("%.0f MB", peakHeap.get() / 1e6));
    write();
  }

  // ---- the region

  /**
   * «Move for all» (issue 25): the documents deadline of every school moved by a day, in the one transaction
   * the coordinator's move is, with every school at its first task; how long it takes is how long it holds
   * the tasks and timers it moves.
   */
  private void moveADeadlineForAll(ProcessInstance cycle) {
    long cycleId = ((Number) runtime.getVariable(cycle.getId(), AnnualCycleProcess.CYCLE_ID)).longValue();
    java.time.LocalDate documents = deadlineMovesCycles.get(cycleId).deadlines().documentsDue();
    long start = System.nanoTime();
    ru.schoolsupport.reminders.DeadlineMoves.Result moved = deadlineMoves.move(
        new ru.schoolsupport.reminders.DeadlineMoves.Request(cycleId, ru.schoolsupport.cycle.DeadlineKind.DOCUMENTS,
            null, documents.plusDays(1), "Бенчмарк: перенос для всех школ", "coordinator"));
    figures.put("move the documents deadline for all " + SCHOOLS + " schools (one transaction; "
        + moved.tasksMoved() + " tasks, " + moved.timersMoved() + " timers)", seconds(start));
  }

  private void region() {
    int mentors = (SCHOOLS + 2) / 3;
    int curators = (SCHOOLS + 2) / 3;
    StringBuilder schools = new StringBuilder("Код,Полное наименование,Краткое наименование,Район,Может быть наставником,E-mail,Телефон,Адрес\n");
    StringBuilder people = new StringBuilder("Логин,Фамилия,Имя,Отчество,Должность,E-mail,Роль,Код школы\n");
    StringBuilder indicators = new StringBuilder("Код школы;Год;Доля неудовлетворительных результатов ВПР, %;Средний балл ОГЭ;"
        + "Средний балл ЕГЭ;Доля результатов ниже минимального порога, %;Индекс социального благополучия\n");
    person(people, "head", Role.HEAD, "");
    person(people, "coordinator", Role.COORDINATOR, "");
    for (int i = 1; i <= curators; i++) {
      person(people, "curator" + i, Role.CURATOR, "");
    }
    for (int i = 1; i <= SCHOOLS; i++) {
      school(schools, "s" + i, "МОБУ СОШ № " + i, "Район " + (i % 20), false);
      person(people, "director.s" + i, Role.DIRECTOR, "s" + i);
      indicators.append("s").append(i).append(';').append(YEAR - 1).append(";50;3,0;45;20;0,3\n");
    }
    for (int i = 1; i <= mentors; i++) {
      school(schools, "m" + i, "МОБУ лицей № " + i, "Район " + (i % 20), true);
      person(people, "director.m" + i, Role.DIRECTOR, "m" + i);
    }
    directoryImport.importSchools("schools.csv", schools.toString().getBytes(StandardCharsets.UTF_8));
    directoryImport.importPeople("people.csv", people.toString().getBytes(StandardCharsets.UTF_8));
    listSources.importIndicators("indicators.csv", indicators.toString().getBytes(StandardCharsets.UTF_8));
  }

  private static void school(StringBuilder csv, String code, String name, String district, boolean mentor) {
    csv.append(code).append(",Муниципальное общеобразовательное учреждение ").append(name).append(',').append(name)
        .append(',').append(district).append(',').append(mentor ? "да" : "нет").append(',').append(code)
        .append("@bench.example.ru,,\n");
  }

  private static void person(StringBuilder csv, String login, Role role, String school) {
    csv.append(login).append(",Иванова,Анна,Петровна,").append(role.title()).append(',').append(login)
        .append("@bench.example.ru,").append(role.title()).append(',').append(school).append('\n');
  }

  private ProcessInstance startedCycle() {
    long t = System.nanoTime();
    Map<String, Object> start = new HashMap<>();
    start.put(AnnualCycleProcess.PERIOD_TYPE, "CALENDAR_YEAR");
    start.put(AnnualCycleProcess.START_YEAR, (long) YEAR);
    start.put(AnnualCycleProcess.COORDINATOR, "coordinator");
    ProcessInstance cycle = runtime.startProcessInstanceByKey(AnnualCycleProcess.KEY, start);
    long cycleId = ((Number) runtime.getVariable(cycle.getId(), AnnualCycleProcess.CYCLE_ID)).longValue();
    List<String> proposed = listFormation.includedCodes(cycleId);
    assertThat(proposed).hasSize(SCHOOLS);
    complete(cycle, Map.of(AnnualCycleProcess.INCLUDED_SCHOOLS, JsonValues.json(proposed)));
    complete(cycle, Map.of(AnnualCycleProcess.LIST_DECISION, AnnualCycleProcess.APPROVED));
    complete(cycle, Map.of(AnnualCycleProcess.MENTOR_PAIRS, tasks.getVariable(tasks.createTaskQuery().processInstanceId(cycle.getId()).singleResult().getId(),
        AnnualCycleProcess.MENTOR_PAIRS)));
    complete(cycle, Map.of(AnnualCycleProcess.PAIRS_DECISION, AnnualCycleProcess.APPROVED));
    complete(cycle, Map.of(AnnualCycleProcess.ORDER_NUMBER, "1", AnnualCycleProcess.ORDER_DATE,
        LocalDate.now().toString()));
    figures.put("cycle: list, pairs and the order (DOCX, mail to everyone named)", seconds(t));
    return cycle;
  }

  private void complete(ProcessInstance instance, Map<String, Object> variables) {
    Task task = tasks.createTaskQuery().processInstanceId(instance.getId()).singleResult();
    forms.submitTaskForm(task.getId(), variables);
  }

  // ---- the year, phase by phase, on THREADS threads

  private void phase(String taskKey, Function<Task, Map<String, Object>> form, AtomicLong completed) throws Exception {
    betweenSteps();
    bareRound(taskKey, false);
    Map<Long, StatementCost> before = statementTotals();
    long t = System.nanoTime();
    List<Task> open = shuffled(tasks.createTaskQuery().taskDefinitionKey(taskKey).list());
    assertThat(open).as(taskKey).hasSize(SCHOOLS);
    parallel(open, task -> {
      forms.submitTaskForm(task.getId(), form.apply(task));
      completed.incrementAndGet();
    });
    phaseFigure(taskKey, t, before);
    bareRound(taskKey, true);
  }

  private void fireTimers(String activityId, AtomicLong completed) throws Exception {
    betweenSteps();
    bareRound(activityId, false);
    Map<Long, StatementCost> before = statementTotals();
    long t = System.nanoTime();
    List<Job> timers = shuffled(management.createJobQuery().activityId(activityId).timers().list());
    assertThat(timers).as(activityId).hasSize(SCHOOLS);
    parallel(timers, j -> {
      management.executeJob(j.getId());
      completed.incrementAndGet();
    });
    phaseFigure(activityId, t, before);
    bareRound(activityId, true);
  }

  private void phaseFigure(String step, long since) {
    phaseFigure(step, since, Map.of());
  }

  /**
   * A step's time and, where pg_stat_statements counts them, its statements a school (those since
   * {@code before}; the bare round runs outside that span), with the step's costliest to
   * {@code target/benchmark/statements-steps-N.txt}: which step costs what, and which statements it runs.
   */
  private void phaseFigure(String step, long since, Map<Long, StatementCost> before) {
    double s = (System.nanoTime() - since) / 1e9;
    String figure = repeatable("  step " + step);
    List<StatementCost> ran = (before.isEmpty() ? Map.<Long, StatementCost>of() : statementsSince(before)).values()
        .stream().filter(st -> st.calls > 0)
        .sorted(java.util.Comparator.comparingLong((StatementCost st) -> st.calls).reversed()).toList();
    long statements = ran.stream().mapToLong(st -> st.calls).sum();
    figures.put(figure, String.format("%.1f s, %.0f /s", s, SCHOOLS / s)
        + (ran.isEmpty() ? "" : String.format(", %.1f statements a school", (double) statements / SCHOOLS)));
    if (!ran.isEmpty()) {
      StringBuilder out = new StringBuilder(String.format("%n%s: %d statements, %.1f a school%n", figure.trim(),
          statements, (double) statements / SCHOOLS));
      for (StatementCost st : ran.subList(0, Math.min(30, ran.size()))) {
        out.append(String.format("%8d %6.2f a school %8.3f ms/call  %s%n", st.calls, (double) st.calls / SCHOOLS,
            st.ms / st.calls, st.query));
      }
      try {
        Path file = Path.of("target/benchmark/statements-steps-" + SCHOOLS + ".txt");
        Files.createDirectories(file.getParent());
        Files.writeString(file, out, java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
      } catch (IOException e) {
        figures.put("statements of the steps", "not written: " + e.getMessage());
      }
    }
    writeSoFar();
  }
  /** A figure's name, numbered where the year repeats its step (the stage reports' second window: " (2)"). */
  private String repeatable(String name) {
    String key = name;
    for (int i = 2; figures.containsKey(key); i++) {
      key = name + " (" + i + ")";
    }
    return key;
  }


  /**
   * The schools in no particular order, as their people work (and as the bare reference completes its
   * tasks): the engine's lists come ordered by id, which puts the schools of one batch side by side, so
   * that their ends met on their batch's counters far more often than a region's would.
   */
  private static <T> List<T> shuffled(List<T> items) {
    List<T> copy = new ArrayList<>(items);
    Collections.shuffle(copy);
    return copy;
  }

  private <T> void parallel(List<T> items, Consumer<T> work) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (T item : items) {
        futures.add(pool.submit(() -> work.accept(item)));
      }
      for (Future<?> f : futures) {
        f.get();
      }
    } finally {
      pool.shutdown();
      pool.awaitTermination(1, TimeUnit.MINUTES);
    }
  }

  private List<Map<String, Object>> riskRows;

  private Map<String, Object> riskProfile(Task task) {
    if (riskRows == null) {
      long cycleId = ((Number) runtime.getVariable(task.getProcessInstanceId(), SchoolSupportProcess.CYCLE_ID)).longValue();
      List<Map<String, Object>> rows = new ArrayList<>();
      for (RiskFactorSettings.Factor f : riskProfiles.factors(cycleId)) {
        rows.add(Map.of("title", f.title(), "rating", "HIGH", "comment", ""));
      }
      riskRows = rows;
    }
    return Map.of(SchoolSupportProcess.RISK_PROFILE, JsonValues.json(riskRows),
        SchoolSupportProcess.PRIORITY_RISKS, JsonValues.json(List.of("equipment", "motivation")));
  }

  private Map<String, Object> documents() {
    return Map.of(SchoolSupportProcess.CONCEPT_LINK, "https://school.example.ru/concept",
        SchoolSupportProcess.ROADMAP_LINK, "https://school.example.ru/roadmap",
        SchoolSupportProcess.PROGRAMMES, JsonValues.json(List.of(programme("Низкий уровень оснащения школы"),
            programme("Низкая учебная мотивация обучающихся"))));
  }

  private static Map<String, Object> programme(String risk) {
    return Map.of("riskTitle", risk, "goal", "Снизить влияние риска", "tasks", "Задачи программы",
        "measures", List.of(Map.of("what", "Педсовет", "deadline", YEAR + "-03-15", "responsible", "Заместитель"),
            Map.of("what", "Курсы", "deadline", YEAR + "-10-15", "responsible", "Директор")),
        "indicators", List.of(Map.of("name", "Доля отметок 4 и 5, %", "baseline", 20, "target", 35)));
  }

  private static Map<String, Object> jointPlan() {
    return Map.of(SchoolSupportProcess.JOINT_PLAN_EVENTS, JsonValues.json(List.of(
        Map.of("what", "Взаимное посещение уроков", "date", YEAR + "-04-10", "who", "Школа-наставник"),
        Map.of("what", "Семинар", "date", YEAR + "-10-10", "who", "Школа-наставник"))));
  }

  private static Map<String, Object> report() {
    Map<String, Object> v = new HashMap<>();
    v.put(SchoolSupportProcess.REPORT_MEASURES, JsonValues.json(List.of(Map.of("ref", "1.1", "status", "DONE"),
        Map.of("ref", "1.2", "status", "IN_PROGRESS"), Map.of("ref", "2.1", "status", "DONE"),
        Map.of("ref", "2.2", "status", "NOT_STARTED"))));
    v.put(SchoolSupportProcess.REPORT_INDICATORS, JsonValues.json(List.of(Map.of("ref", "1.1", "value", 30),
        Map.of("ref", "2.1", "value", 25))));
    v.put(SchoolSupportProcess.REPORT_PROGRAMMES, JsonValues.json(List.of(Map.of("ref", "1", "rag", "GREEN"),
        Map.of("ref", "2", "rag", "GREEN"))));
    v.put(SchoolSupportProcess.CONSULTATIONS, 8);
    v.put(SchoolSupportProcess.SEMINARS, 3);
    v.put(SchoolSupportProcess.VISITS, 1);
    v.put(SchoolSupportProcess.ROUND_TABLES, 1);
    v.put(SchoolSupportProcess.OTHER_EVENTS, 0);
    v.put(SchoolSupportProcess.PROBLEMS, "");
    v.put(SchoolSupportProcess.REPORT_SUMMARY, "Итоги");
    return v;
  }

  // ---- Tasklist queries, with authorization on

  private List<Task> directorQuery() {
    String school = "s" + ThreadLocalRandom.current().nextInt(1, SCHOOLS + 1);
    identity.setAuthentication("director." + school, List.of("directors", "school-" + school));
    try {
      return filters.listPage(filterId(TasklistFilters.MY_GROUP_TASKS), 0, 50);
    } finally {
      identity.clearAuthentication();
    }
  }

  private List<Task> coordinatorQuery() {
    return coordinatorQuery(TasklistFilters.ALL_BY_SCHOOL);
  }

  private List<Task> coordinatorQuery(String filterName) {
    identity.setAuthentication("coordinator", List.of("coordinators"));
    try {
      return filters.listPage(filterId(filterName), 0, 50);
    } finally {
      identity.clearAuthentication();
    }
  }

  /**
   * The same criteria as the coordinator's filter asked of the task query directly, with authorization on
   * and the coordinator's grants: what a user of stock Camunda gets for them without our saved filter.
   */
  private List<Task> asCoordinator(Supplier<List<Task>> query) {
    identity.setAuthentication("coordinator", List.of("coordinators"));
    try {
      return query.get();
    } finally {
      identity.clearAuthentication();
    }
  }

  private final Map<String, String> filterIds = new java.util.concurrent.ConcurrentHashMap<>();

  /** Tasklist lists the filters once, when it opens; a page of a filter is then one request by the filter's id. */
  private String filterId(String name) {
    return filterIds.computeIfAbsent(name,
        n -> filters.createFilterQuery().filterName(n).singleResult().getId());
  }

  private List<Task> bareQuery() {
    return tasks.createTaskQuery().taskCandidateGroup("bench").orderByDueDate().asc().listPage(0, 50);
  }

  private void tasklistQueries(String who, Supplier<List<Task>> director,
      Supplier<List<Task>> coordinator) {
    whatAutovacuumWouldHaveDone();
    long open = tasks.createTaskQuery().count();
    figures.put(who + ": open tasks while querying", String.valueOf(open));
    figures.put(who + ": school director's «Задачи моей группы», p50 / p95", percentiles(director));
    if (coordinator != null) {
      figures.put(who + ": coordinator's «Все задачи по школам», p50 / p95", percentiles(coordinator));
    }
  }

  private static String percentiles(Supplier<List<Task>> query) {
    return percentilesSideBySide(List.of(new TimedQuery("", query))).get("");
  }

  /** A query timed among others, under the figure its p50 / p95 go to. */
  private record TimedQuery(String figure, Supplier<List<Task>> query) {
  }

  /** Times the queries side by side and puts each one's p50 / p95 under its figure. */
  private void timeSideBySide(TimedQuery... queries) {
    figures.putAll(percentilesSideBySide(List.of(queries)));
  }

  /** Untimed runs of a query before it is timed: at least this many, and for at least {@link #WARM_UP}. */
  static final int WARM_UP_RUNS = 20;
  static final long WARM_UP = TimeUnit.SECONDS.toNanos(5);
  /** Timed runs: at least this many, more while {@link #TIMED_FOR} lasts, at most {@link #TIMED_AT_MOST}. */
  static final int TIMED_AT_LEAST = 200;
  static final long TIMED_FOR = TimeUnit.SECONDS.toNanos(10);
  static final int TIMED_AT_MOST = 2_000;

  /**
   * p50 / p95 of each query, the queries run in turn: a run of each, then the next run of each. A
   * query and its reference so share the machine's moments; timed one block after the other, a second
   * apart, a few slow runs in one block moved the ratio of two small queries' p95 from 1.16× to 1.55×
   * between two runs of the same code. Before they are timed they run for {@link #WARM_UP}, as Tasklist's
   * queries run all day: until 2026-12-07 they ran 20 times, and a query of a few milliseconds was then
   * timed while the JVM was still compiling its code (a director's filter 1.5 / 7.3 ms after 20 runs,
   * 1.6 / 2.4 ms after 3,000). Then each is timed at least {@link #TIMED_AT_LEAST} times, and as often
   * as {@link #TIMED_FOR} allows up to {@link #TIMED_AT_MOST}, so that a quick query's p95 rests on more
   * than its ten slowest runs.
   */
  private static Map<String, String> percentilesSideBySide(List<TimedQuery> queries) {
    long warmUpStart = System.nanoTime();
    for (int i = 0; i < WARM_UP_RUNS || System.nanoTime() - warmUpStart < WARM_UP; i++) {
      queries.forEach(q -> q.query().get());
    }
    List<List<Double>> ms = new ArrayList<>();
    queries.forEach(q -> ms.add(new ArrayList<>()));
    long timedStart = System.nanoTime();
    for (int i = 0; i < TIMED_AT_LEAST || (i < TIMED_AT_MOST && System.nanoTime() - timedStart < TIMED_FOR); i++) {
      for (int q = 0; q < queries.size(); q++) {
        long t = System.nanoTime();
        queries.get(q).query().get();
        ms.get(q).add((System.nanoTime() - t) / 1e6);
      }
    }
    Map<String, String> percentiles = new LinkedHashMap<>();
    for (int q = 0; q < queries.size(); q++) {
      double[] runs = ms.get(q).stream().mapToDouble(Double::doubleValue).sorted().toArray();
      percentiles.put(queries.get(q).figure(), String.format("%.1f / %.1f ms (%d runs)", runs[runs.length / 2],
          runs[(int) (runs.length * 0.95)], runs.length));
    }
    return percentiles;
  }

  // ---- Tasklist at scale: the year's tasks among OPEN_TASKS open tasks of the schools and the coordinators

  private void queriesAmongManyOpenTasks() throws Exception {
    repository.createDeployment().name("bench-other-work").addModelInstance("benchOtherWork.bpmn",
        Bpmn.createExecutableProcess("benchOtherWork").camundaHistoryTimeToLive(1).startEvent()
            .userTask("work").camundaCandidateGroups("${group}").camundaDueDate("${dueDate}").endEvent().done())
        .deploy();
    List<Integer> n = new ArrayList<>();
    for (int i = 0; i < OPEN_TASKS - SCHOOLS; i++) {
      n.add(i);
    }
    long t = System.nanoTime();
    parallel(n, i -> runtime.startProcessInstanceByKey("benchOtherWork", Map.of(
        // four in five are a school's, each school as many as the next (until 2026-12-07 the school of
        // i % N: with N a multiple of 5, one school in five had none), the rest the coordinators'
        "group", i % 5 == 4 ? "coordinators" : "school-s" + schoolOfOtherWork(i),
        // a school's work names the school, as every process of the cycle does
        CommonVariables.SCHOOL_NAME, i % 5 == 4 ? "" : "МОБУ СОШ № " + schoolOfOtherWork(i),
        // due within the next week: each task is owed one reminder (7 or 1 day before)
        "dueDate", new java.util.Date(System.currentTimeMillis() + 3_600_000L
            + ThreadLocalRandom.current().nextLong(6L * 24 * 3_600_000)))));
    figures.put("at scale: other open tasks started", String.format("%d in %s", n.size(), seconds(t)));
    writeSoFar();
    whatAutovacuumWouldHaveDone();
    figures.put("at scale: open tasks while querying", String.valueOf(tasks.createTaskQuery().count()));
    // each filter is timed side by side with its references, run by run in turn, so that the machine's
    // moments (an autovacuum worker, a neighbour) fall on all of them alike, not on one block of runs
    timeSideBySide(
        new TimedQuery("at scale: bare candidate-group query of a school, page of 50 by due date, p50 / p95",
            () -> tasks.createTaskQuery()
                .taskCandidateGroup("school-s" + ThreadLocalRandom.current().nextInt(1, SCHOOLS + 1))
                .orderByDueDate().asc().listPage(0, 50)),
        new TimedQuery("at scale: the same criteria as «Задачи моей группы», without authorization, p50 / p95",
            () -> tasks.createTaskQuery()
                .taskCandidateGroupIn(List.of("directors", "school-s" + ThreadLocalRandom.current().nextInt(1, SCHOOLS + 1)))
                .includeAssignedTasks().orderByDueDate().asc().listPage(0, 50)),
        new TimedQuery("at scale: school director's «Задачи моей группы», p50 / p95", this::directorQuery),
        new TimedQuery("at scale: the same criteria as «Задачи моей группы», with authorization, not through the filter, p50 / p95",
            () -> {
              String school = "s" + ThreadLocalRandom.current().nextInt(1, SCHOOLS + 1);
              List<String> groups = List.of("directors", "school-" + school);
              identity.setAuthentication("director." + school, groups);
              try {
                return tasks.createTaskQuery().taskCandidateGroupIn(groups).includeAssignedTasks().orderByDueDate().asc()
                    .listPage(0, 50);
              } finally {
                identity.clearAuthentication();
              }
            }));
    timeSideBySide(
        new TimedQuery("at scale: bare query of every open task, page of 50 by due date, p50 / p95",
            () -> tasks.createTaskQuery().orderByDueDate().asc().listPage(0, 50)),
        new TimedQuery("at scale: the same criteria as «Все задачи по школам», without authorization, p50 / p95",
            () -> tasks.createTaskQuery().orderByTaskDescription().asc().orderByDueDate().asc().listPage(0, 50)),
        new TimedQuery("at scale: the same criteria as «Все задачи по школам», with authorization, not through the filter, p50 / p95",
            () -> asCoordinator(() -> tasks.createTaskQuery().orderByTaskDescription().asc().orderByDueDate().asc()
                .listPage(0, 50))),
        new TimedQuery("at scale: coordinator's «Все задачи по школам», p50 / p95", this::coordinatorQuery));
    timeSideBySide(
        new TimedQuery("at scale: the same criteria as the coordinator's «Задачи моей группы», without authorization, p50 / p95",
            () -> tasks.createTaskQuery().taskCandidateGroupIn(List.of("coordinators")).includeAssignedTasks()
                .orderByDueDate().asc().listPage(0, 50)),
        new TimedQuery("at scale: the same criteria as the coordinator's «Задачи моей группы», with authorization, not through the filter, p50 / p95",
            () -> asCoordinator(() -> tasks.createTaskQuery().taskCandidateGroupIn(List.of("coordinators"))
                .includeAssignedTasks().orderByDueDate().asc().listPage(0, 50))),
        new TimedQuery("at scale: coordinator's «Задачи моей группы» (the coordinators' tasks), p50 / p95",
            () -> coordinatorQuery(TasklistFilters.MY_GROUP_TASKS)));
    timeSideBySide(
        new TimedQuery("at scale: the same criteria as «Срок в ближайшие 7 дней», without authorization, p50 / p95",
            () -> tasks.createTaskQuery().dueAfter(new java.util.Date())
                .dueBefore(new java.util.Date(System.currentTimeMillis() + 7L * 24 * 3_600_000))
                .orderByDueDate().asc().listPage(0, 50)),
        new TimedQuery("at scale: the same criteria as «Срок в ближайшие 7 дней», with authorization, not through the filter, p50 / p95",
            () -> asCoordinator(() -> tasks.createTaskQuery().dueAfter(new java.util.Date())
                .dueBefore(new java.util.Date(System.currentTimeMillis() + 7L * 24 * 3_600_000))
                .orderByDueDate().asc().listPage(0, 50))),
        new TimedQuery("at scale: coordinator's «Срок в ближайшие 7 дней» (every open task here is due within the week), p50 / p95",
            () -> coordinatorQuery(TasklistFilters.DUE_IN_7_DAYS)));
    if (QUERIES_ONLY) {
      return;
    }
    reminders();
    List<String> other = runtime.createProcessInstanceQuery().processDefinitionKey("benchOtherWork").list().stream()
        .map(ProcessInstance::getId).toList();
    for (int from = 0; from < other.size(); from += 1000) {
      runtime.deleteProcessInstances(other.subList(from, Math.min(other.size(), from + 1000)), "benchmark", true, true);
    }
  }

  /** The school of the i-th piece of other work (every fifth is the coordinators'): the schools in turn. */
  private static int schoolOfOtherWork(int i) {
    return (i / 5 * 4 + i % 5) % SCHOOLS + 1;
  }

  // ---- reminders and reports

  private void reminders() {
    long t = System.nanoTime();
    ReminderScan.Result first = reminderScan.scan();
    figures.put("reminders: first scan (every open task read, a reminder queued for each that is owed one)",
        String.format("%s: %d tasks, %d reminders queued", seconds(t), first.tasks(), first.queued()));
    writeSoFar();
    whatAutovacuumWouldHaveDone();
    t = System.nanoTime();
    ReminderScan.Result second = reminderScan.scan();
    figures.put("reminders: next scan (every open task read, nothing new owed)",
        String.format("%s: %d tasks, %d reminders queued", seconds(t), second.tasks(), second.queued()));
    t = System.nanoTime();
    int sent = 0;
    while (sent < 2_000) {
      int now = mailDispatcher.dispatchDue();
      if (now == 0) {
        break;
      }
      sent += now;
    }
    double s = (System.nanoTime() - t) / 1e9;
    figures.put("reminders: mails sent (.eml files written), first 2,000", String.format("%d in %.1f s, %.0f /s", sent, s, sent / s));
    writeSoFar();
  }

  /** The time the year spent generating the municipal reports, in nanoseconds (a figure of its own). */
  private final AtomicLong reportNanos = new AtomicLong();

  private void municipalReport(long cycleId, int stage) {
    long t = System.nanoTime();
    municipalReports.generate(cycleId, stage, "benchmark");
    reportNanos.addAndGet(System.nanoTime() - t);
    String time = seconds(t);
    figures.put("municipal report of stage " + stage + " (data of every school, XLSX with chart, DOCX)",
        String.format("%s (%d kB + %d kB)", time,
            municipalReports.workbook(cycleId, stage).orElseThrow().content().length / 1024,
            municipalReports.document(cycleId, stage).orElseThrow().content().length / 1024));
  }

  private long cycleId(ProcessInstance cycle) {
    return ((Number) runtime.getVariable(cycle.getId(), AnnualCycleProcess.CYCLE_ID)).longValue();
  }

  // ---- the bare engine, same database, same threads

  private double rate(String figure) {
    return Double.parseDouble(figures.get(figure).replace(" /s", ""));
  }

  private void bareEngineReference() throws Exception {
    repository.createDeployment().name("bench-bare").addModelInstance("benchBare.bpmn",
        Bpmn.createExecutableProcess("benchBare").camundaHistoryTimeToLive(1).startEvent()
            .userTask("work").camundaCandidateGroups("bench").camundaDueDate("${dueDate}").endEvent().done())
        .deploy();
    // the JVM has only imported the region so far: the engine's code is compiled while the year runs,
    // so the reference's code is warmed up first, untimed, as percentiles() warms up a query
    bareTasks("bare warm-up", false, 200);
    bareTasks("bare", true, SCHOOLS);
  }

  /**
   * N one-task processes started, then their tasks completed, on the same threads. Measured before the
   * cycle, on the just-imported region, and again after the year, on the database the year left (its
   * history included): the year's own tables grow from the one to the other.
   */
  private void bareTasks(String label, boolean withQuery, int count) throws Exception {
    whatAutovacuumWouldHaveDone();
    long t = System.nanoTime();
    startBareProcesses(count);
    figures.put(label + ": start a one-task process", String.format("%.0f /s", count / ((System.nanoTime() - t) / 1e9)));
    whatAutovacuumWouldHaveDone();
    if (withQuery) {
      figures.put(label + ": open tasks while querying", String.valueOf(tasks.createTaskQuery().count()));
      figures.put(label + ": candidate-group query, page of 50 by due date, p50 / p95", percentiles(this::bareQuery));
    }
    t = System.nanoTime();
    int completed = completeBareTasks();
    figures.put(label + ": complete a one-task process", String.format("%.0f /s", completed / ((System.nanoTime() - t) / 1e9)));
  }

  /** Bare processes started and completed in a round, one round a step: 16,000 in a year at 1,000 schools, 20,000 from 1,250 up. */
  static final int BARE_ROUND = Math.max(Math.min(SCHOOLS, 1_250), 250);
  /**
   * Where the bare round runs: before each step, just after the pause (the default), or after it
   * ({@code -Dbenchmark.bareRoundAfterStep=true}), so that the step, not the round, follows the pause.
   */
  static final boolean BARE_ROUND_AFTER_STEP = Boolean.getBoolean("benchmark.bareRoundAfterStep");
  private long bareRoundNanos;
  private int bareRoundLives;

  /**
   * The bare engine's reference, interleaved with the year: before each step (after the pause for what
   * autovacuum would have done; after the step with {@link #BARE_ROUND_AFTER_STEP}), {@link #BARE_ROUND}
   * one-task processes started and completed on the same threads, timed apart from the year, on the
   * database as the step finds it (a region's open tasks, their variables, grants and timers). Measured
   * once before the year, as until 2026-12-01, the reference and the year were minutes apart, and this
   * machine's speed drifts by ±20 % within an hour: the rounds of one run took from 5.09 to 9.21 ms a
   * task. Interleaved, the drift weighs on both alike. Does nothing where the round belongs on the other
   * side of the step.
   */
  private void bareRound(String step, boolean afterStep) throws Exception {
    if (afterStep != BARE_ROUND_AFTER_STEP) {
      return;
    }
    Map<Long, StatementCost> before = statementTotals();
    long t = System.nanoTime();
    startBareProcesses(BARE_ROUND);
    int lives = completeBareTasks();
    long nanos = System.nanoTime() - t;
    bareRoundLives += lives;
    bareRoundNanos += nanos;
    figures.put(repeatable((afterStep ? "  bare round after " : "  bare round before ") + step),
        String.format("%.2f ms a task's life", nanos / 1e6 / lives));
    statementsSince(before).forEach((id, ran) -> bareRoundStatements.merge(id, ran, StatementCost::plus));
  }

  /** That many one-task processes started on the threads, each task due at a random time. */
  private void startBareProcesses(int count) throws Exception {
    parallel(java.util.stream.IntStream.range(0, count).boxed().toList(), i -> runtime.startProcessInstanceByKey(
        "benchBare", Map.of("dueDate", new java.util.Date(System.currentTimeMillis()
            + ThreadLocalRandom.current().nextInt(1_000_000_000)))));
  }

  /** Every open task of the bare process completed on the threads, in no particular order; how many. */
  private int completeBareTasks() throws Exception {
    List<Task> open = shuffled(tasks.createTaskQuery().taskCandidateGroup("bench").list());
    parallel(open, task -> tasks.complete(task.getId()));
    return open.size();
  }

  /** A task's life in the bare engine, measured as {@link #bareTasks} labelled it, in milliseconds. */
  private double bareTaskMs(String label) {
    return 1000 / rate(label + ": start a one-task process") + 1000 / rate(label + ": complete a one-task process");
  }

  // ---- figures

  private Boolean autovacuum;

  /** Whether the server runs autovacuum (read once, and given among the figures). */
  private boolean autovacuumOn() {
    if (autovacuum == null) {
      autovacuum = "on".equals(jdbc.sql("show autovacuum").query(String.class).single());
      figures.put("autovacuum on the server", autovacuum ? "on (as in production)"
          : "off: between the year's steps the benchmark does what autovacuum would have done, and counts that time apart");
    }
    return autovacuum;
  }

  /**
   * What autovacuum would have done by now, given the days a real year leaves it, table by table and by
   * its own rules: VACUUM where the dead rows, or the rows inserted since the last vacuum, pass their
   * thresholds; ANALYZE where the rows changed since the last analysis pass theirs (the server's
   * {@code autovacuum_*} settings). A table nobody has written is left alone, as autovacuum leaves it.
   * That matters: PostgreSQL plans a table never vacuumed or analyzed as at least 10 pages, but believes
   * a table analyzed while empty to be empty, and a plan made then lives as long as its connection's
   * cached statement or foreign-key check does. A {@code VACUUM ANALYZE} of the whole database before
   * the year (as this benchmark ran until 2026-12-01) marked the tables of the year's later steps as
   * empty, and each step that filled one read it by sequential scans: at 5,000 schools 250 million risk
   * ratings read in the self-assessment step, 174 million programmes in the documents step. Run before
   * each measured part (the bare reference, the spawning, the queries) and between the year's steps
   * ({@link #betweenSteps}); where autovacuum is off (as the CI machines here are set up) it is the only
   * vacuum the database gets.
   */
  private void whatAutovacuumWouldHaveDone() {
    sleepQuietly(1500); // each connection reports what it wrote within a second of going idle
    List<String> work = jdbc.sql("""
            select case when to_vacuum and to_analyze then 'vacuum analyze ' when to_vacuum then 'vacuum '
                        else 'analyze ' end || name
            from (select quote_ident(s.schemaname) || '.' || quote_ident(s.relname) as name,
                         s.n_dead_tup > current_setting('autovacuum_vacuum_threshold')::float8
                             + current_setting('autovacuum_vacuum_scale_factor')::float8 * greatest(c.reltuples, 0)
                         or s.n_ins_since_vacuum > current_setting('autovacuum_vacuum_insert_threshold')::float8
                             + current_setting('autovacuum_vacuum_insert_scale_factor')::float8 * greatest(c.reltuples, 0)
                             as to_vacuum,
                         s.n_mod_since_analyze > current_setting('autovacuum_analyze_threshold')::float8
                             + current_setting('autovacuum_analyze_scale_factor')::float8 * greatest(c.reltuples, 0)
                             as to_analyze
                  from pg_stat_user_tables s join pg_class c on c.oid = s.relid) t
            where to_vacuum or to_analyze""").query(String.class).list();
    for (String statement : work) {
      jdbc.sql(statement).update();
    }
  }

  /** The time the year paused between its steps for what autovacuum would have done by then, in nanoseconds. */
  private final AtomicLong stepPauses = new AtomicLong();

  /**
   * Between the year's steps, which are weeks apart in a real year: what autovacuum would have done by
   * the next step ({@link #whatAutovacuumWouldHaveDone}), timed apart from the year, since a step's
   * minutes here are too short for autovacuum to analyze what the last step wrote (a table that grew
   * from empty, such as the risk ratings or the report rows, was read along the plan of an empty table
   * for the whole next step). {@code -Dbenchmark.analyzeBetweenSteps=false} leaves it to autovacuum.
   */
  private void betweenSteps() {
    if (autovacuumOn() && !PAUSE_BETWEEN_STEPS) {
      return;
    }
    long t = System.nanoTime();
    whatAutovacuumWouldHaveDone();
    stepPauses.addAndGet(System.nanoTime() - t);
  }

  /** The statements that took the most database time since the last reset, to target/benchmark/statements-STEP-N.txt. */
  private void costliestStatements(String step) {
    try {
      Map<Long, StatementCost> year = statementTotals();
      bareRoundStatements.forEach((id, bare) -> year.computeIfPresent(id, (k, all) -> all.minus(bare)));
      List<StatementCost> top = year.values().stream().filter(st -> st.calls > 0)
          .sorted(java.util.Comparator.comparingDouble((StatementCost st) -> st.ms).reversed()).toList();
      StringBuilder out = new StringBuilder(String.format("%d statements, %.1f s of database time%s%n",
          top.stream().mapToLong(st -> st.calls).sum(), top.stream().mapToDouble(st -> st.ms).sum() / 1000,
          bareRoundStatements.isEmpty() ? "" : " (the bare rounds interleaved with the year left out)"));
      for (StatementCost st : top.subList(0, Math.min(25, top.size()))) {
        out.append(String.format("%8d %9.0f ms %8.3f ms/call %8.1f blocks/call  %s%n", st.calls, st.ms, st.ms / st.calls,
            st.blocks / st.calls, st.query));
      }
      Path file = Path.of("target/benchmark/statements-" + step + "-" + SCHOOLS + ".txt");
      Files.createDirectories(file.getParent());
      Files.writeString(file, out);
    } catch (RuntimeException | IOException e) {
      figures.put("statement statistics of " + step, "not available: " + e.getMessage());
    }
  }

  /** A statement's calls, database time and blocks, as pg_stat_statements counts them. */
  private record StatementCost(String query, long calls, double ms, double blocks) {
    StatementCost minus(StatementCost other) {
      return new StatementCost(query, calls - other.calls, ms - other.ms, blocks - other.blocks);
    }

    StatementCost plus(StatementCost other) {
      return new StatementCost(query, calls + other.calls, ms + other.ms, blocks + other.blocks);
    }
  }

  /** What the bare rounds interleaved with the year ran, by statement, to be left out of the year's statements. */
  private final Map<Long, StatementCost> bareRoundStatements = new HashMap<>();

  /** What each statement ran since {@code before} (totals of {@link #statementTotals}). */
  private Map<Long, StatementCost> statementsSince(Map<Long, StatementCost> before) {
    Map<Long, StatementCost> ran = new HashMap<>();
    statementTotals().forEach((id, after) -> ran.put(id, before.containsKey(id) ? after.minus(before.get(id)) : after));
    return ran;
  }

  /** pg_stat_statements' totals for this database by statement (empty where it is not loaded). */
  private Map<Long, StatementCost> statementTotals() {
    try {
      Map<Long, StatementCost> totals = new HashMap<>();
      jdbc.sql("""
              select queryid, calls, total_exec_time, shared_blks_hit, left(regexp_replace(query, '\\s+', ' ', 'g'), 160)
              from pg_stat_statements where dbid = (select oid from pg_database where datname = current_database())""")
          .query((RowCallbackHandler) rs -> totals.put(rs.getLong(1),
              new StatementCost(rs.getString(5), rs.getLong(2), rs.getDouble(3), rs.getDouble(4))));
      return totals;
    } catch (RuntimeException e) {
      return new HashMap<>();
    }
  }

  /**
   * Where PostgreSQL has pg_stat_statements (shared_preload_libraries), the year's statements are
   * counted from here on, so that the costliest can be read afterwards:
   * {@code select calls, total_exec_time, query from pg_stat_statements order by total_exec_time desc}.
   */
  private void resetStatementStatistics() {
    try {
      jdbc.sql("create extension if not exists pg_stat_statements").update();
      jdbc.sql("select pg_stat_statements_reset()").query().singleValue();
    } catch (RuntimeException e) {
      figures.put("statement statistics", "not available (pg_stat_statements is not loaded)");
    }
  }

  private Thread heapSampler() {
    Thread sampler = new Thread(() -> {
      while (!Thread.currentThread().isInterrupted()) {
        peakHeap.accumulateAndGet(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(), Math::max);
        try {
          Thread.sleep(200);
        } catch (InterruptedException e) {
          return;
        }
      }
    });
    sampler.setDaemon(true);
    sampler.start();
    return sampler;
  }

  private static void sleepQuietly(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static String seconds(long since) {
    return String.format("%.1f s", (System.nanoTime() - since) / 1e9);
  }

  private void write() throws IOException {
    System.out.println("\n==== benchmark: a year of " + SCHOOLS + " schools ====\n" + writeSoFar());
  }

  /** The figures so far, to target/benchmark/year-N.md: a long run shows its progress there. */
  private String writeSoFar() {
    StringBuilder md = new StringBuilder("| figure | value |\n|---|---|\n");
    figures.forEach((k, v) -> md.append("| ").append(k).append(" | ").append(v).append(" |\n"));
    try {
      Path out = Path.of("target/benchmark/year-" + SCHOOLS + ".md");
      Files.createDirectories(out.getParent());
      Files.writeString(out, md.toString());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return md.toString();
  }
}
