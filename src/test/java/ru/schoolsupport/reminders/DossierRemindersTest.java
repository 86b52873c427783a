package ru.schoolsupport.reminders;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import ru.schoolsupport.EngineTestSupport;
import ru.schoolsupport.SchoolSupportTest;
import ru.schoolsupport.DossierTestCycles;
import ru.schoolsupport.audit.AuditField;
import ru.schoolsupport.audit.SchoolAudit;
import ru.schoolsupport.cycle.Cycle;
import ru.schoolsupport.cycle.CycleService;
import ru.schoolsupport.dossier.SchoolNotes;
import ru.schoolsupport.dossier.Watchlist;

/**
 * The dossier's mails, queued by the reminder scan: a visit's next review date reminds its author before
 * the date, on the day and once after it, each once; a watched school's change of stage and its red
 * report reach the watcher as single mails, or in one mail a day for a watcher who chose the digest.
 */
@SchoolSupportTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DossierRemindersTest {

  @Autowired CycleService cycles;
  @Autowired SchoolNotes notes;
  @Autowired Watchlist watchlist;
  @Autowired SchoolAudit audit;
  @Autowired ReminderScan scan;
  @Autowired ReminderPreferences preferences;
  @Autowired JdbcClient jdbc;

  Cycle cycle;
  LocalDate day;

  @BeforeAll
  void aCycle() {
    cycle = DossierTestCycles.registered(cycles);
  }

  @BeforeEach
  void aDayInItsYear() {
    day = LocalDate.of(cycle.startYear(), 3, 2);
    at(day, 10);
  }

  @AfterEach
  void resetClock() {
    EngineTestSupport.resetClock();
    preferences.set("curator2", Delivery.SINGLE);
    watchlist.unwatch("curator1", "sosh12");
    watchlist.unwatch("curator2", "sosh12");
  }

  void at(LocalDate date, int hour) {
    EngineTestSupport.moveClockTo(date.atTime(hour, 0).atZone(ZoneId.of("Europe/Moscow")).toInstant());
  }

  @Test
  void theNextReviewDateRemindsItsAuthorOnceAtEachPoint() {
    LocalDate review = day.plusDays(10);
    SchoolNotes.Note note = notes.record(cycle, "sosh6", "curator1", Map.of("date", day.toString(), "kind", "CALL",
        "peopleMet", "Директор", "agreedActions", "Прислать план методических дней", "nextReview", review.toString()));

    scan.scan();
    assertThat(keys(note)).as("ten days before: none of the 7- and 1-day reminders yet").isEmpty();
    at(review.minusDays(7), 9);
    scan.scan();
    scan.scan();
    assertThat(keys(note)).containsExactly(ReviewReminders.key(note.id(), ReminderKind.before(7), review, "curator1"));
    at(review, 9);
    scan.scan();
    at(review.plusDays(1), 9);
    scan.scan();
    assertThat(keys(note)).hasSize(3).contains(ReviewReminders.key(note.id(), ReminderKind.TODAY, review, "curator1"),
        ReviewReminders.key(note.id(), ReminderKind.OVERDUE, review, "curator1"));
    String body = body(ReviewReminders.key(note.id(), ReminderKind.TODAY, review, "curator1"));
    assertThat(subject(ReviewReminders.key(note.id(), ReminderKind.TODAY, review, "curator1")))
        .isEqualTo("Сегодня проверка: МОБУ СОШ № 6");
    assertThat(body).contains("Прислать план методических дней", "/app/dossier?cycle=" + cycle.id() + "&school=sosh6");
  }

  @Test
  void aWatchedSchoolsStageAndRedReportReachItsWatchersAsTheyChose() {
    watchlist.watch("curator1", "sosh12");
    watchlist.watch("curator2", "sosh12");
    preferences.set("curator2", Delivery.DIGEST);
    audit.record(cycle.id(), "sosh12", AuditField.YEAR_STAGE, "DOCUMENTS", "JOINT_PLAN");
    audit.record(cycle.id(), "sosh12", AuditField.DOCUMENTS, null, "версия 2");
    audit.record(cycle.id(), "sosh12", AuditField.STAGE_REPORT, null,
        "I этап, версия 1: на проверке куратора; программ в красной зоне: 1");
    at(day, 7);
    scan.scan();

    List<String> single = jdbc.sql("select message_key from ss_mail_outbox where message_key like ? order by id")
        .param(WatchNews.SINGLE_PREFIX + "curator1:%").query(String.class).list();
    assertThat(single).as("the stage and the red report, not the new version of the documents").hasSize(2);
    assertThat(subject(single.get(0))).isEqualTo("Мои школы: МАОУ СОШ № 12 — Этап года");
    assertThat(body(single.get(0))).contains("Совместный план со школой-наставником",
        "было: Документы на проверке куратора");
    String daily = WatchNews.DAILY_PREFIX + "curator2:" + day;
    assertThat(count(daily)).as("the digest waits for its time of day").isZero();

    at(day, 9);
    scan.scan();
    scan.scan();
    assertThat(count(daily)).isEqualTo(1);
    assertThat(body(daily)).contains("красной зоне", "Этап года");
    assertThat(jdbc.sql("select count(*) from ss_mail_outbox where message_key like ?")
        .param(WatchNews.SINGLE_PREFIX + "curator1:%").query(Integer.class).single()).as("told once").isEqualTo(2);
  }

  List<String> keys(SchoolNotes.Note note) {
    return jdbc.sql("select message_key from ss_mail_outbox where message_key like ? order by id")
        .param(ReviewReminders.PREFIX + note.id() + ":%").query(String.class).list();
  }

  int count(String key) {
    return jdbc.sql("select count(*) from ss_mail_outbox where message_key = ?").param(key).query(Integer.class).single();
  }

  String subject(String key) {
    return jdbc.sql("select subject from ss_mail_outbox where message_key = ?").param(key).query(String.class).single();
  }

  String body(String key) {
    return jdbc.sql("select body from ss_mail_outbox where message_key = ?").param(key).query(String.class).single();
  }
}
