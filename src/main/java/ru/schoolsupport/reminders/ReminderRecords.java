package ru.schoolsupport.reminders;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import ru.schoolsupport.config.SqlDialect;

/**
 * Every reminder once ({@code ss_reminder}, unique by key): QUEUED in the outbox as its own mail,
 * WAITING for the person's daily digest, DIGESTED into one, or DROPPED (its task was done or its
 * deadline moved before it went out).
 */
@Repository
public class ReminderRecords {

  public static final String QUEUED = "QUEUED";
  public static final String WAITING = "WAITING";
  public static final String DIGESTED = "DIGESTED";
  public static final String DROPPED = "DROPPED";

  private final JdbcClient jdbc;
  private final SqlDialect dialect;

  public ReminderRecords(JdbcClient jdbc, SqlDialect dialect) {
    this.jdbc = jdbc;
    this.dialect = dialect;
  }

  /** A reminder waiting for its digest. */
  public record Waiting(String key, String taskId, ReminderKind kind, LocalDate dueDate, String login) {
  }

  /** The keys of the reminders already recorded for these tasks. */
  public Set<String> existingKeys(Collection<String> taskIds) {
    Set<String> keys = new HashSet<>();
    for (List<String> chunk : OpenTasks.chunks(taskIds)) {
      keys.addAll(jdbc.sql("select reminder_key from ss_reminder where task_id in (:ids)").param("ids", chunk)
          .query(String.class).list());
    }
    return keys;
  }

  /**
   * Records a reminder unless its key is known; returns whether it was recorded. Two scans recording the
   * same reminder at once (two nodes, or a timer's job beside a forced run) record it once and neither
   * fails: on PostgreSQL the second insert waits for the first and inserts nothing, on H2 it fails on the
   * key and is taken as not recorded.
   */
  public boolean insert(String key, String taskId, ReminderKind kind, LocalDate dueDate, String login,
      Delivery delivery, String status, String mailKey, Instant now) {
    Object[] params = {key, taskId, kind.code(), dueDate, login, delivery.name(), status, mailKey, Timestamp.from(now)};
    if (dialect.onConflictDoNothing()) {
      return jdbc.sql("""
              insert into ss_reminder (reminder_key, task_id, kind, due_date, login, delivery, status, mail_key, created_at)
              values (?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (reminder_key) do nothing""")
          .params(params).update() == 1;
    }
    try {
      return jdbc.sql("""
              insert into ss_reminder (reminder_key, task_id, kind, due_date, login, delivery, status, mail_key, created_at)
              select ?, ?, ?, ?, ?, ?, ?, ?, ? where not exists (select 1 from ss_reminder where reminder_key = ?)""")
          .params(params).param(key).update() == 1;
    } catch (DuplicateKeyException recordedMeanwhile) {
      return false;
    }
  }

  public List<Waiting> waiting() {
    return jdbc.sql("select reminder_key, task_id, kind, due_date, login from ss_reminder where status = ? order by id")
        .param(WAITING)
        .query((rs, n) -> new Waiting(rs.getString(1), rs.getString(2), ReminderKind.parse(rs.getString(3)),
            rs.getObject(4, LocalDate.class), rs.getString(5)))
        .list();
  }

  public void markDigested(Collection<String> keys, String digestKey) {
    for (List<String> chunk : OpenTasks.chunks(keys)) {
      jdbc.sql("update ss_reminder set status = :status, mail_key = :mail where reminder_key in (:keys)")
          .param("status", DIGESTED).param("mail", digestKey).param("keys", chunk).update();
    }
  }

  public void markDropped(Collection<String> keys) {
    for (List<String> chunk : OpenTasks.chunks(keys)) {
      jdbc.sql("update ss_reminder set status = :status where reminder_key in (:keys)")
          .param("status", DROPPED).param("keys", chunk).update();
    }
  }

  public String status(String key) {
    return jdbc.sql("select status from ss_reminder where reminder_key = ?").param(key).query(String.class).optional()
        .orElse(null);
  }

  /** The reminders recorded for a task (for tests and support). */
  public List<String> keysOfTask(String taskId) {
    return jdbc.sql("select reminder_key from ss_reminder where task_id = ? order by id").param(taskId)
        .query(String.class).list();
  }
}
