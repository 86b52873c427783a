package ru.schoolsupport.reminders;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import ru.schoolsupport.PostgresProfileTest;
import ru.schoolsupport.PostgresTestDatabase;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import ru.schoolsupport.EngineTestSupport;
import ru.schoolsupport.directory.DirectoryImportService;
import ru.schoolsupport.mail.MailOutbox;
import ru.schoolsupport.process.WorkCalendar;

/**
 * The reminder scan's SQL on the engine's tables and ours, on PostgreSQL (its own database
 * {@value #DATABASE} on the local server, created when missing): single reminders, a digest, no
 * duplicates on a rerun, a completed task's reminder dropped, and four scans at once (issue 23) queuing
 * each reminder once and failing nothing.
 */
@PostgresProfileTest
class RemindersOnPostgresTest {

  static final String DATABASE = "school_support_reminders_test";

  @DynamicPropertySource
  static void emptyDatabase(DynamicPropertyRegistry registry) throws SQLException {
    PostgresTestDatabase.emptied(DATABASE, registry);
  }


  @Autowired DirectoryImportService directoryImport;
  @Autowired TaskService tasks;
  @Autowired ReminderScan scan;
  @Autowired ReminderRecords records;
  @Autowired ReminderPreferences preferences;
  @Autowired ReminderMailCheck check;
  @Autowired MailOutbox outbox;
  @Autowired WorkCalendar calendar;
  @Autowired PlatformTransactionManager transactions;

  @AfterEach
  void resetClock() {
    EngineTestSupport.resetClock();
  }

  @Test
  void remindersAndADigestOnPostgres() throws Exception {
    directoryImport.importSchools("schools.csv", new ClassPathResource("demo/schools.csv").getContentAsByteArray());
    directoryImport.importPeople("people.csv", new ClassPathResource("demo/people.csv").getContentAsByteArray());
    preferences.set("deputy.sosh6", Delivery.DIGEST);
    LocalDate due = calendar.today().plusDays(10);
    Task task = tasks.newTask();
    task.setName("Представить самоанализ школы");
    task.setDueDate(calendar.dueAt(due));
    tasks.saveTask(task);
    tasks.addCandidateGroup(task.getId(), "school-sosh6");

    ReminderTestSupport.at(calendar, due.minusDays(1), 9, 0);
    ReminderScan.Result first = scan.scan();
    ReminderScan.Result again = scan.scan();
    assertThat(first.queued()).isEqualTo(1);
    assertThat(first.waiting()).isEqualTo(1);
    assertThat(first.digests()).isEqualTo(1);
    assertThat(again.queued() + again.waiting() + again.digests()).isZero();

    String single = ReminderKind.before(1).key(task.getId(), due, "director.sosh6");
    assertThat(outbox.status(single)).contains("PENDING");
    assertThat(outbox.status(ReminderKeys.digest("deputy.sosh6", due.minusDays(1)))).contains("PENDING");
    assertThat(records.status(ReminderKind.before(1).key(task.getId(), due, "deputy.sosh6")))
        .isEqualTo(ReminderRecords.DIGESTED);
    assertThat(check.dropReason(single)).isNull();

    tasks.complete(task.getId());
    assertThat(check.dropReason(single)).isEqualTo("задача выполнена или отменена");
    assertThat(records.status(single)).isEqualTo(ReminderRecords.DROPPED);
  }

  @Test
  void fourScansAtOnceQueueEachReminderOnceAndFailNothing() throws Exception {
    directoryImport.importSchools("schools.csv", new ClassPathResource("demo/schools.csv").getContentAsByteArray());
    directoryImport.importPeople("people.csv", new ClassPathResource("demo/people.csv").getContentAsByteArray());
    LocalDate due = calendar.today().plusDays(40);
    List<String> taskIds = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      Task task = tasks.newTask();
      task.setName("Отчёт о готовности " + i);
      task.setDueDate(calendar.dueAt(due));
      tasks.saveTask(task);
      tasks.addCandidateUser(task.getId(), "director.sosh6");
      taskIds.add(task.getId());
    }
    ReminderTestSupport.at(calendar, due.minusDays(1), 7, 0);

    // each scan in its own transaction, as the timer's job runs it; all four start together
    TransactionTemplate inTransaction = new TransactionTemplate(transactions);
    CyclicBarrier start = new CyclicBarrier(4);
    List<CompletableFuture<ReminderScan.Result>> scans = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      scans.add(CompletableFuture.supplyAsync(() -> {
        try {
          start.await(30, TimeUnit.SECONDS);
        } catch (Exception e) {
          throw new IllegalStateException(e);
        }
        return inTransaction.execute(status -> scan.scan());
      }));
    }
    int queued = 0;
    for (CompletableFuture<ReminderScan.Result> run : scans) {
      queued += run.get(120, TimeUnit.SECONDS).queued();
    }

    assertThat(queued).as("each reminder queued by one scan").isEqualTo(30);
    for (String taskId : taskIds) {
      String key = ReminderKind.before(1).key(taskId, due, "director.sosh6");
      assertThat(records.keysOfTask(taskId)).containsExactly(key);
      assertThat(outbox.status(key)).contains("PENDING");
    }
  }
}
