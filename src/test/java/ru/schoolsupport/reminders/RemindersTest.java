package ru.schoolsupport.reminders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static ru.schoolsupport.reminders.ReminderTestSupport.about;
import static ru.schoolsupport.reminders.ReminderTestSupport.at;
import static ru.schoolsupport.reminders.ReminderTestSupport.body;
import static ru.schoolsupport.reminders.ReminderTestSupport.subject;
import static ru.schoolsupport.reminders.ReminderTestSupport.to;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.internet.MimeMessage;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import ru.schoolsupport.EngineTestSupport;
import ru.schoolsupport.SchoolSupportTest;
import ru.schoolsupport.mail.MailDispatcher;
import ru.schoolsupport.mail.MailOutbox;
import ru.schoolsupport.mail.MailSettings;
import ru.schoolsupport.process.WorkCalendar;

/**
 * Reminders through a real SMTP server (GreenMail), with the engine's clock moved forward: each
 * offset, on the day, overdue and the escalation arrive once each with a working link and the
 * deadline as a calendar event; a digest; the weekly summary; nothing for a completed task; a moved
 * due date; SMTP down then up; a restart between queuing and sending; the scan as a process whose
 * mail check becomes an incident.
 */
@SchoolSupportTest
class RemindersTest {

  /** Each test takes its own weeks, far from the others (the tests share one database). */
  static final AtomicInteger WEEKS = new AtomicInteger(10);

  @Autowired ProcessEngine engine;
  @Autowired TaskService tasks;
  @Autowired RuntimeService runtime;
  @Autowired ManagementService management;
  @Autowired ReminderScan scan;
  @Autowired ReminderRecords records;
  @Autowired ReminderPreferences preferences;
  @Autowired ReminderMailCheck reminderCheck;
  @Autowired MailOutbox outbox;
  @Autowired MailSettings mailSettings;
  @Autowired WorkCalendar calendar;
  @Autowired JdbcClient jdbc;
  @Autowired org.springframework.boot.test.web.client.TestRestTemplate http;

  GreenMail smtp;
  MailDispatcher dispatcher;
  /** A Wednesday weeks from now: the due date of the test's tasks. */
  LocalDate due;

  @BeforeEach
  void setUp() {
    EngineTestSupport.init(engine);
    smtp = ReminderTestSupport.startSmtp();
    dispatcher = newDispatcher();
    due = LocalDate.now(calendar.zone()).plusWeeks(WEEKS.getAndAdd(6)).with(TemporalAdjusters.next(DayOfWeek.WEDNESDAY));
    // what earlier tests queued goes out before this one starts
    at(calendar, due.minusDays(30), 7, 0);
    scan.scan();
    dispatcher.dispatchDue();
    smtp.reset();
  }

  @AfterEach
  void tearDown() {
    smtp.stop();
    preferences.set("director.sosh6", Delivery.SINGLE);
    preferences.set("deputy.sosh6", Delivery.SINGLE);
    EngineTestSupport.resetClock();
  }

  MailDispatcher newDispatcher() {
    return new MailDispatcher(outbox, ReminderTestSupport.smtpTransport(), mailSettings, calendar, List.of(reminderCheck),
        MailDispatcher.CLAIM_EXPIRY);
  }

  Task schoolTask(String name, LocalDate dueDate) {
    Task task = tasks.newTask();
    task.setName(name);
    task.setDueDate(calendar.dueAt(dueDate));
    tasks.saveTask(task);
    tasks.addCandidateGroup(task.getId(), "school-sosh6");
    return task;
  }

  Task assignedTask(String name, LocalDate dueDate, String assignee) {
    Task task = tasks.newTask();
    task.setName(name);
    task.setDueDate(calendar.dueAt(dueDate));
    task.setAssignee(assignee);
    tasks.saveTask(task);
    return task;
  }

  /** Scans and sends what is due at that moment; returns what arrived about the task since the last call. */
  List<MimeMessage> scanAndSend(Task task, LocalDate day, int hour) {
    at(calendar, day, hour, 0);
    scan.scan();
    scan.scan();
    dispatcher.dispatchDue();
    dispatcher.dispatchDue();
    List<MimeMessage> arrived = about(smtp, task.getId());
    smtp.reset();
    return arrived;
  }

  @Test
  void eachReminderArrivesOnceOnTimeToTheCandidatesThenTheEscalationToTheCoordinator() {
    Task task = schoolTask("Представить самоанализ школы", due);

    assertThat(scanAndSend(task, due.minusDays(8), 9)).as("8 days before: nothing yet").isEmpty();

    List<MimeMessage> sevenDays = scanAndSend(task, due.minusDays(7), 9);
    assertThat(sevenDays).extracting(ReminderTestSupport::to)
        .containsExactlyInAnyOrder("director.sosh6@prirechensk-edu.example.ru", "deputy.sosh6@prirechensk-edu.example.ru");
    MimeMessage first = sevenDays.get(0);
    assertThat(subject(first)).isEqualTo("Через 7 дней срок: Представить самоанализ школы (МОБУ СОШ № 6)");
    assertThat(body(first))
        .contains("Что сделать: Представить самоанализ школы")
        .contains("Школа: МОБУ СОШ № 6")
        .contains("Срок: " + ReminderMails.DATE.format(due) + ", 18:00")
        .contains("Задача ещё не взята в работу")
        .contains(SchoolSupportTest.PUBLIC_URL + "/camunda/app/tasklist/default/#/?task=" + task.getId())
        .doesNotContain("localhost");
    String ics = ReminderTestSupport.calendarAttachment(first);
    assertThat(ics).contains("BEGIN:VEVENT", "UID:task-" + task.getId() + "@school-support",
        "DTEND:" + ReminderMails.DATE.format(due).substring(6) + due.toString().substring(5, 7)
            + due.toString().substring(8, 10) + "T150000Z");

    assertThat(scanAndSend(task, due.minusDays(3), 9)).as("between the offsets: nothing").isEmpty();

    List<MimeMessage> oneDay = scanAndSend(task, due.minusDays(1), 9);
    assertThat(oneDay).hasSize(2).allSatisfy(m -> assertThat(subject(m)).startsWith("Через 1 день срок"));
    assertThat(ReminderTestSupport.calendarAttachment(oneDay.get(0))).contains("UID:task-" + task.getId() + "@school-support");

    // claimed: from now on only the assignee hears of it
    tasks.claim(task.getId(), "director.sosh6");
    List<MimeMessage> today = scanAndSend(task, due, 9);
    assertThat(today).extracting(ReminderTestSupport::to).containsExactly("director.sosh6@prirechensk-edu.example.ru");
    assertThat(subject(today.get(0))).startsWith("Сегодня срок");
    assertThat(body(today.get(0))).contains("Исполнитель: Мурадян О.В.");

    List<MimeMessage> overdue = scanAndSend(task, due, 19);
    assertThat(overdue).extracting(ReminderTestSupport::to).containsExactly("director.sosh6@prirechensk-edu.example.ru");
    assertThat(subject(overdue.get(0))).startsWith("Срок прошёл");

    assertThat(scanAndSend(task, due.plusDays(2), 19)).as("before the escalation delay: nothing").isEmpty();

    List<MimeMessage> escalation = scanAndSend(task, due.plusDays(3), 19);
    assertThat(escalation).extracting(ReminderTestSupport::to).containsExactly("coordinator@prirechensk-edu.example.ru");
    assertThat(subject(escalation.get(0))).isEqualTo("Просрочено на 3 дня: Представить самоанализ школы (МОБУ СОШ № 6)");
    assertThat(body(escalation.get(0))).contains("как координатору").contains("Исполнитель: Мурадян О.В.");

    assertThat(scanAndSend(task, due.plusDays(4), 19)).as("every reminder once").isEmpty();
    assertThat(records.keysOfTask(task.getId())).hasSize(7);
    tasks.complete(task.getId());
  }

  @Test
  void aDigestBringsTheDaysRemindersInOneMail() {
    preferences.set("deputy.sosh6", Delivery.DIGEST);
    Task soon = assignedTask("Подготовить отчёт за I этап", due, "deputy.sosh6");
    Task later = assignedTask("Согласовать совместный план", due.plusDays(6), "deputy.sosh6");

    at(calendar, due.minusDays(1), 7, 0);
    scan.scan();
    dispatcher.dispatchDue();
    assertThat(about(smtp, soon.getId())).as("before digest time nothing goes").isEmpty();

    at(calendar, due.minusDays(1), 9, 0);
    scan.scan();
    scan.scan();
    dispatcher.dispatchDue();
    List<MimeMessage> digests = Arrays.stream(smtp.getReceivedMessages())
        .filter(m -> to(m).equals("deputy.sosh6@prirechensk-edu.example.ru")).toList();
    assertThat(digests).hasSize(1);
    assertThat(subject(digests.get(0))).startsWith("Сроки задач на " + ReminderMails.DATE.format(due.minusDays(1)));
    assertThat(body(digests.get(0)))
        .contains("через 1 день: Подготовить отчёт за I этап")
        .contains("через 7 дней: Согласовать совместный план")
        .contains("?task=" + soon.getId()).contains("?task=" + later.getId());
    assertThat(ReminderTestSupport.calendarAttachment(digests.get(0)))
        .contains("UID:task-" + soon.getId() + "@school-support", "UID:task-" + later.getId() + "@school-support");
    smtp.reset();

    // on the day: a new reminder waits for the next day's digest only if today's went already
    at(calendar, due, 9, 0);
    scan.scan();
    dispatcher.dispatchDue();
    List<MimeMessage> next = Arrays.stream(smtp.getReceivedMessages())
        .filter(m -> to(m).equals("deputy.sosh6@prirechensk-edu.example.ru")).toList();
    assertThat(next).hasSize(1);
    assertThat(body(next.get(0))).contains("сегодня: Подготовить отчёт за I этап").doesNotContain("Согласовать");
    tasks.complete(soon.getId());
    tasks.complete(later.getId());
  }

  @Test
  void theHeadGetsTheWeeklyOverdueSummaryBySchool() {
    Task school = schoolTask("Представить концепцию развития", due);
    Task office = assignedTask("Подготовить муниципальный отчёт", due, "coordinator");
    LocalDate monday = due.with(TemporalAdjusters.next(DayOfWeek.MONDAY));

    at(calendar, monday, 9, 0);
    scan.scan();
    scan.scan();
    dispatcher.dispatchDue();
    List<MimeMessage> summaries = Arrays.stream(smtp.getReceivedMessages())
        .filter(m -> to(m).equals("head@prirechensk-edu.example.ru") && subject(m).startsWith("Просроченные задачи")).toList();
    assertThat(summaries).hasSize(1);
    assertThat(body(summaries.get(0)))
        .contains("МОБУ СОШ № 6 — ")
        .contains("• Представить концепцию развития: срок " + ReminderMails.DATE.format(due))
        .contains("Задачи управления (без школы)")
        .contains("• Подготовить муниципальный отчёт")
        .contains("?task=" + school.getId());
    smtp.reset();

    at(calendar, monday.plusDays(2), 9, 0);
    scan.scan();
    dispatcher.dispatchDue();
    assertThat(Arrays.stream(smtp.getReceivedMessages())
        .filter(m -> subject(m).startsWith("Просроченные задачи"))).as("once a week").isEmpty();
    tasks.complete(school.getId());
    tasks.complete(office.getId());
  }

  @Test
  void aCompletedTaskGetsNothingEvenIfItsReminderWasQueued() {
    Task task = assignedTask("Утвердить перечень", due, "director.sosh6");
    at(calendar, due.minusDays(1), 9, 0);
    scan.scan();
    String key = ReminderKind.before(1).key(task.getId(), due, "director.sosh6");
    assertThat(outbox.status(key)).contains("PENDING");

    tasks.complete(task.getId());
    dispatcher.dispatchDue();
    assertThat(about(smtp, task.getId())).isEmpty();
    assertThat(outbox.status(key)).contains("DROPPED");
    assertThat(records.status(key)).isEqualTo(ReminderRecords.DROPPED);

    at(calendar, due.plusDays(5), 9, 0);
    scan.scan();
    dispatcher.dispatchDue();
    assertThat(about(smtp, task.getId())).isEmpty();
    assertThat(records.keysOfTask(task.getId())).containsExactly(key);
  }

  @Test
  void aCancelledTaskGetsNothingEither() {
    Task task = schoolTask("Провести самообследование", due);
    at(calendar, due, 9, 0);
    scan.scan();
    String key = ReminderKind.TODAY.key(task.getId(), due, "deputy.sosh6");
    assertThat(outbox.status(key)).contains("PENDING");

    tasks.deleteTask(task.getId(), "Школа исключена из перечня");
    dispatcher.dispatchDue();
    assertThat(about(smtp, task.getId())).isEmpty();
    assertThat(outbox.status(key)).contains("DROPPED");
  }

  @Test
  void aMovedDueDateDropsTheOldRemindersAndGivesNewOnes() {
    Task task = assignedTask("Представить отчёт за II этап", due, "director.sosh6");
    at(calendar, due.minusDays(1), 9, 0);
    scan.scan();

    LocalDate moved = due.plusDays(14);
    task.setDueDate(calendar.dueAt(moved));
    tasks.saveTask(task);
    dispatcher.dispatchDue();
    assertThat(about(smtp, task.getId())).as("the old deadline's reminder is dropped").isEmpty();
    assertThat(outbox.status(ReminderKind.before(1).key(task.getId(), due, "director.sosh6"))).contains("DROPPED");

    assertThat(scanAndSend(task, due.plusDays(1), 9)).as("the old deadline passes unnoticed").isEmpty();
    List<MimeMessage> sevenDays = scanAndSend(task, moved.minusDays(7), 9);
    assertThat(sevenDays).hasSize(1);
    assertThat(body(sevenDays.get(0))).contains("Срок: " + ReminderMails.DATE.format(moved));
    assertThat(scanAndSend(task, moved.minusDays(1), 9)).hasSize(1);
    tasks.complete(task.getId());
  }

  @Test
  void whileSmtpIsDownNothingIsLostAndAfterwardsEachReminderArrivesOnce() {
    Task first = assignedTask("Загрузить дорожную карту", due, "director.sosh6");
    Task second = schoolTask("Заполнить рисковый профиль", due);
    smtp.stop();
    at(calendar, due.minusDays(1), 9, 0);
    scan.scan();
    assertThat(dispatcher.dispatchDue()).isZero();
    at(calendar, due.minusDays(1), 9, 30);
    scan.scan();
    assertThat(dispatcher.dispatchDue()).isZero();

    smtp = ReminderTestSupport.startSmtp();
    at(calendar, due.minusDays(1), 11, 0);
    scan.scan();
    dispatcher.dispatchDue();
    at(calendar, due.minusDays(1), 13, 0);
    scan.scan();
    dispatcher.dispatchDue();
    assertThat(about(smtp, first.getId())).hasSize(1);
    assertThat(about(smtp, second.getId())).hasSize(2);
    tasks.complete(first.getId());
    tasks.complete(second.getId());
  }

  @Test
  void aReminderQueuedBeforeARestartIsSentOnceByTheNewInstance() {
    Task task = assignedTask("Направить отчёт в ЦОКО", due, "director.sosh6");
    at(calendar, due.minusDays(7), 9, 0);
    scan.scan();
    String key = ReminderKind.before(7).key(task.getId(), due, "director.sosh6");
    // the node stopped while sending: the message stays claimed
    jdbc.sql("update ss_mail_outbox set status = 'SENDING', claim_id = 'stopped-node', claimed_at = ? where message_key = ?")
        .params(java.sql.Timestamp.from(calendar.now().toInstant()), key).update();

    MailDispatcher afterRestart = newDispatcher();
    afterRestart.dispatchDue();
    assertThat(about(smtp, task.getId())).as("claimed by the stopped node: not yet").isEmpty();
    at(calendar, due.minusDays(7), 9, 20);
    afterRestart.dispatchDue();
    newDispatcher().dispatchDue();
    dispatcher.dispatchDue();
    assertThat(about(smtp, task.getId())).hasSize(1);
    assertThat(outbox.status(key)).contains("SENT");
    tasks.complete(task.getId());
  }

  @Test
  void theScanRunsAsAProcessAndAMailOutageBecomesAnIncidentThatClosesItself() {
    Task task = assignedTask("Провести заседание рабочей группы", due, "director.sosh6");
    smtp.stop();
    at(calendar, due.minusDays(1), 9, 0);
    String instance = startScanInstance();
    executeJob(instance, ReminderScanProcess.TASK_SCAN_REMINDERS);
    assertThat(outbox.status(ReminderKind.before(1).key(task.getId(), due, "director.sosh6"))).contains("PENDING");
    for (int attempt = 0; attempt < 6; attempt++) {
      at(calendar, due.minusDays(1), 10 + attempt * 2, 0);
      dispatcher.dispatchDue();
    }
    for (int retry = 0; retry < 3; retry++) {
      Job check = job(instance, ReminderScanProcess.TASK_CHECK_MAIL_DELIVERY);
      assertThatThrownBy(() -> management.executeJob(check.getId())).hasMessageContaining("Почта не уходит");
    }
    assertThat(runtime.createIncidentQuery().processInstanceId(instance).singleResult().getIncidentMessage())
        .contains("Почта не уходит");

    // while the outage is reported, later scans pass
    String later = startScanInstance();
    executeJob(later, ReminderScanProcess.TASK_SCAN_REMINDERS);
    executeJob(later, ReminderScanProcess.TASK_CHECK_MAIL_DELIVERY);
    assertThat(runtime.createProcessInstanceQuery().processInstanceId(later).count()).isZero();

    smtp = ReminderTestSupport.startSmtp();
    at(calendar, due.minusDays(1), 23, 0);
    dispatcher.dispatchDue();
    assertThat(about(smtp, task.getId())).hasSize(1);

    String afterwards = startScanInstance();
    executeJob(afterwards, ReminderScanProcess.TASK_SCAN_REMINDERS);
    executeJob(afterwards, ReminderScanProcess.TASK_CHECK_MAIL_DELIVERY);
    executeJob(instance, ReminderScanProcess.TASK_CHECK_MAIL_DELIVERY);
    assertThat(runtime.createIncidentQuery().processInstanceId(instance).count()).isZero();
    assertThat(runtime.createProcessInstanceQuery().processInstanceId(instance).count()).isZero();
    dispatcher.dispatchDue();
    assertThat(about(smtp, task.getId())).as("still once").hasSize(1);
    tasks.complete(task.getId());
  }

  @Test
  void eachPersonChoosesSingleMailsOrADigestOverRest() {
    var asDeputy = http.withBasicAuth("deputy.sosh6", "demo");
    assertThat(asDeputy.getForEntity("/api/reminders/preferences", java.util.Map.class).getBody())
        .containsEntry("delivery", "SINGLE");
    var answer = asDeputy.exchange("/api/reminders/preferences", org.springframework.http.HttpMethod.PUT,
        new org.springframework.http.HttpEntity<>(java.util.Map.of("delivery", "DIGEST")), java.util.Map.class);
    assertThat(answer.getBody()).containsEntry("delivery", "DIGEST")
        .containsEntry("message", "Напоминания о сроках приходят одной сводкой в день.");
    assertThat(preferences.get("deputy.sosh6")).isEqualTo(Delivery.DIGEST);
    assertThat(preferences.get("director.sosh6")).as("only the logged-in user's").isEqualTo(Delivery.SINGLE);
    var bad = asDeputy.exchange("/api/reminders/preferences", org.springframework.http.HttpMethod.PUT,
        new org.springframework.http.HttpEntity<>(java.util.Map.of("delivery", "WEEKLY")), java.util.Map.class);
    assertThat(bad.getStatusCode().value()).isEqualTo(400);
    assertThat(http.getForEntity("/api/reminders/preferences", String.class).getStatusCode().value()).isEqualTo(401);
  }

  String startScanInstance() {
    Job timer = management.createJobQuery().processDefinitionKey(ReminderScanProcess.KEY).timers().singleResult();
    assertThat(timer).as("the reminderScan timer is scheduled").isNotNull();
    management.executeJob(timer.getId());
    return runtime.createProcessInstanceQuery().processDefinitionKey(ReminderScanProcess.KEY).active().list().stream()
        .filter(pi -> management.createJobQuery().processInstanceId(pi.getId())
            .activityId(ReminderScanProcess.TASK_SCAN_REMINDERS).count() == 1)
        .findFirst().orElseThrow().getId();
  }

  Job job(String instance, String activity) {
    return management.createJobQuery().processInstanceId(instance).activityId(activity).singleResult();
  }

  void executeJob(String instance, String activity) {
    management.executeJob(job(instance, activity).getId());
  }
}
