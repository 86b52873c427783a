package ru.schoolsupport.reminders;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import ru.schoolsupport.SchoolSupportTest;
import ru.schoolsupport.mail.MailMessage;
import ru.schoolsupport.mail.MailOutbox;

/**
 * A region's head with thousands of overdue tasks, or a coordinator with hundreds of reminders in a day, gets
 * a mail the outbox can hold (its body column takes 20,000 characters): the schools with most overdue tasks
 * written out, the rest counted, the link to see them all. A longer mail never fails the scan that queues it.
 */
@SchoolSupportTest
class LongReminderMailsTest {

  @Autowired
  ReminderMails mails;
  @Autowired
  Recipients recipients;
  @Autowired
  MailOutbox outbox;
  @Autowired
  JdbcClient jdbc;

  final Recipient head = new Recipient("head", "head@example.ru", "Зайцев А. П.");

  @Test
  void theWeeklySummaryOfThousandsOfOverdueTasksNamesTheWorstSchoolsAndCountsTheRest() {
    List<OpenTask> overdue = new ArrayList<>();
    for (int school = 0; school < 1_000; school++) {
      int tasks = school == 517 ? 9 : school == 42 ? 7 : 3;
      for (int t = 0; t < tasks; t++) {
        overdue.add(task("s" + school + "-" + t, "school" + school));
      }
    }

    MailMessage mail = mails.summary(head, overdue, recipients.lookup());

    assertThat(mail.body().length()).isLessThan(20_000);
    assertThat(mail.subject()).contains(String.valueOf(overdue.size()));
    assertThat(mail.body())
        .contains("Сначала школы, у которых таких задач больше всего")
        .contains("Полный список — на странице мониторинга: " + SchoolSupportTest.PUBLIC_URL + "/app/monitoring");
    assertThat(mail.body().indexOf("school517 — 9:")).isPositive().isLessThan(mail.body().indexOf("school42 — 7:"));
    assertThat(mail.body()).containsPattern("И ещё \\d+ школ\\(ы\\), просроченных задач у них — \\d+\\.");
  }

  @Test
  void aFewOverdueTasksAreAllWrittenOutBySchoolName() {
    MailMessage mail = mails.summary(head, List.of(task("a", "schoolB"), task("b", "schoolA")), recipients.lookup());

    assertThat(mail.body().indexOf("schoolA — 1:")).isLessThan(mail.body().indexOf("schoolB — 1:"));
    assertThat(mail.body()).doesNotContain("И ещё").doesNotContain("Полный список");
  }

  @Test
  void aDigestOfHundredsOfRemindersListsTheFirstAndLinksTasklistForTheRest() {
    List<ReminderMails.DigestEntry> entries = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      entries.add(new ReminderMails.DigestEntry(task("d" + i, "school" + i), ReminderKind.OVERDUE));
    }

    MailMessage mail = mails.digest(head, entries, recipients.lookup());

    assertThat(mail.body().length()).isLessThan(20_000);
    assertThat(mail.body()).contains("И ещё " + (300 - ReminderMails.MOST_TASKS_IN_ONE_MAIL)
        + " — все ваши задачи в Tasklist: " + SchoolSupportTest.PUBLIC_URL + "/camunda/app/tasklist/default/");
  }

  @Test
  void aBodyLongerThanTheOutboxHoldsIsQueuedShortenedAtALineEnd() {
    String line = "строка письма, которое длиннее, чем вмещает очередь\n";
    String key = "test:long-body:" + System.nanoTime();

    assertThat(outbox.enqueue(key, new MailMessage("head@example.ru", "Тема", line.repeat(1_000), List.of()))).isTrue();

    String stored = jdbc.sql("select body from ss_mail_outbox where message_key = ?").param(key).query(String.class).single();
    assertThat(stored.length()).isLessThanOrEqualTo(20_000);
    assertThat(stored).startsWith(line).endsWith("(Письмо сокращено: полный список — в системе сопровождения школ.)\n");
    jdbc.sql("delete from ss_mail_outbox where message_key = ?").param(key).update();
  }

  private static OpenTask task(String id, String school) {
    Instant due = Instant.now().minus(10, ChronoUnit.DAYS);
    return new OpenTask(id, "Задача " + id, due, LocalDate.now().minusDays(10), null, List.of(),
        List.of("coordinators"), "pi-" + id, "Сопровождение школы", school);
  }
}
