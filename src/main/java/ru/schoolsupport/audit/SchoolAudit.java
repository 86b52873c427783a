package ru.schoolsupport.audit;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.context.annotation.Lazy;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import ru.schoolsupport.process.WorkCalendar;

/**
 * The field-level audit of a school's data in a cycle ({@code ss_school_audit}): who, when, which field,
 * the old and the new value. Our services call {@link #record} where they write; the changes of one
 * transaction are kept and written in one JDBC batch just before it commits (a list of 5,000 schools
 * formed, a deadline moved for all: one batch, not 5,000 round trips, docs/adr/0003). A change rolled
 * back is never written; outside a transaction a change is written at once. Who changed it is the
 * logged-in user (Tasklist or REST); the engine going on by itself (a timer, a job) is «система».
 */
@Service
public class SchoolAudit {

  private static final String INSERT = """
      insert into ss_school_audit (cycle_id, school_code, field, old_value, new_value, comment, changed_by, changed_at)
      values (?, ?, ?, ?, ?, ?, ?, ?)""";
  static final int MAX_VALUE = 2000;

  private final JdbcClient jdbc;
  private final JdbcTemplate batches;
  private final WorkCalendar calendar;
  private final IdentityService identity;
  private final Object pendingKey = new Object();

  public SchoolAudit(JdbcClient jdbc, JdbcTemplate batches, WorkCalendar calendar, @Lazy IdentityService identity) {
    this.jdbc = jdbc;
    this.batches = batches;
    this.calendar = calendar;
    this.identity = identity;
  }

  /** One change as recorded. */
  public record Entry(long id, long cycleId, String schoolCode, String field, String oldValue, String newValue,
      String comment, String changedBy, Instant changedAt) {

    public AuditField auditField() {
      return AuditField.parse(field);
    }
  }

  /** Records a change, unless the value stays the same. */
  public void record(long cycleId, String schoolCode, AuditField field, Object oldValue, Object newValue) {
    record(cycleId, schoolCode, field, oldValue, newValue, null);
  }

  /** Records a change with a comment (the reason given), unless the value stays the same. */
  public void record(long cycleId, String schoolCode, AuditField field, Object oldValue, Object newValue,
      String comment) {
    String before = text(oldValue);
    String after = text(newValue);
    if (Objects.equals(before, after) && comment == null) {
      return;
    }
    Object[] row = {cycleId, schoolCode, field.name(), before, after, text(comment), who(),
        Timestamp.from(calendar.now().toInstant())};
    if (!TransactionSynchronizationManager.isSynchronizationActive()) {
      batches.update(INSERT, row);
      return;
    }
    pending().add(row);
  }

  /**
   * The same change for every school on the cycle's list in one statement (a deadline moved for all):
   * {@code exceptOwnDeadline} leaves out the schools that have their own deadline of that kind, which the
   * move does not touch.
   */
  public int recordForListedSchools(long cycleId, AuditField field, Object oldValue, Object newValue, String comment,
      String exceptOwnDeadline) {
    writePending();
    return jdbc.sql("""
            insert into ss_school_audit (cycle_id, school_code, field, old_value, new_value, comment, changed_by, changed_at)
            select cs.cycle_id, s.code, ?, ?, ?, ?, ?, ?
            from ss_cycle_school cs join ss_school s on s.id = cs.school_id
            where cs.cycle_id = ? and cs.included = ?
              and not exists (select 1 from ss_school_deadline d
                              where d.cycle_id = cs.cycle_id and d.school_code = s.code and d.kind = ?)""")
        .params(field.name(), text(oldValue), text(newValue), text(comment), who(),
            Timestamp.from(calendar.now().toInstant()), cycleId, true, exceptOwnDeadline == null ? "" : exceptOwnDeadline)
        .update();
  }

  /** The school's changes in the cycle, newest first. */
  public List<Entry> of(long cycleId, String schoolCode) {
    writePending();
    return jdbc.sql("""
            select id, cycle_id, school_code, field, old_value, new_value, comment, changed_by, changed_at
            from ss_school_audit where cycle_id = ? and school_code = ? order by changed_at desc, id desc""")
        .params(cycleId, schoolCode)
        .query((rs, n) -> new Entry(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5),
            rs.getString(6), rs.getString(7), rs.getString(8), rs.getTimestamp(9).toInstant()))
        .list();
  }

  /** Writes what this transaction recorded so far (before it commits, or before a read that must see it). */
  void writePending() {
    if (!TransactionSynchronizationManager.hasResource(pendingKey)) {
      return;
    }
    @SuppressWarnings("unchecked")
    List<Object[]> rows = (List<Object[]>) TransactionSynchronizationManager.getResource(pendingKey);
    if (rows.isEmpty()) {
      return;
    }
    List<Object[]> written = new ArrayList<>(rows);
    rows.clear();
    batches.batchUpdate(INSERT, written);
  }

  @SuppressWarnings("unchecked")
  private List<Object[]> pending() {
    List<Object[]> rows = (List<Object[]>) TransactionSynchronizationManager.getResource(pendingKey);
    if (rows == null) {
      List<Object[]> created = new ArrayList<>();
      TransactionSynchronizationManager.bindResource(pendingKey, created);
      TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
        @Override
        public void beforeCommit(boolean readOnly) {
          // not the synchronization's own flush()
          SchoolAudit.this.writePending();
        }

        @Override
        public void afterCompletion(int status) {
          TransactionSynchronizationManager.unbindResourceIfPossible(pendingKey);
        }
      });
      rows = created;
    }
    return rows;
  }

  private String who() {
    Authentication current = identity.getCurrentAuthentication();
    return current == null ? null : current.getUserId();
  }

  private static String text(Object value) {
    if (value == null) {
      return null;
    }
    String text = value.toString();
    return text.length() > MAX_VALUE ? text.substring(0, MAX_VALUE - 1) + "…" : text;
  }
}
