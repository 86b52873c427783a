package ru.schoolsupport.schoolstatus;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import ru.schoolsupport.cycle.SchoolStatus;

/** A school's status in a cycle ({@code ss_school_status}) and every change of it ({@code ss_school_status_change}). */
@Repository
public class SchoolStatusRepository {

  private final JdbcClient jdbc;

  public SchoolStatusRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The current status; a school without a row is in progress. */
  public record Current(long cycleId, String schoolCode, SchoolStatus status, String reason, LocalDate pausedOn,
      LocalDate pausedUntil, String pauseInstanceId, String changedBy, Instant changedAt) {
  }

  /** One change. */
  public record Change(long id, SchoolStatus status, String reason, LocalDate pausedUntil, Integer daysMoved,
      String changedBy, Instant changedAt) {
  }

  public Optional<Current> find(long cycleId, String schoolCode) {
    return jdbc.sql("""
            select cycle_id, school_code, status, reason, paused_on, paused_until, pause_instance_id, changed_by, changed_at
            from ss_school_status where cycle_id = ? and school_code = ?""")
        .params(cycleId, schoolCode)
        .query((rs, n) -> new Current(rs.getLong(1), rs.getString(2), SchoolStatus.parse(rs.getString(3)),
            rs.getString(4), rs.getObject(5, LocalDate.class), rs.getObject(6, LocalDate.class), rs.getString(7),
            rs.getString(8), rs.getTimestamp(9).toInstant()))
        .optional();
  }

  /** Sets the current status (a row per school, written over) and keeps the change. */
  public void set(Current status, Integer daysMoved) {
    Timestamp at = Timestamp.from(status.changedAt());
    int updated = jdbc.sql("""
            update ss_school_status set status = ?, reason = ?, paused_on = ?, paused_until = ?, pause_instance_id = ?,
                   changed_by = ?, changed_at = ?
            where cycle_id = ? and school_code = ?""")
        .params(status.status().name(), status.reason(), status.pausedOn(), status.pausedUntil(),
            status.pauseInstanceId(), status.changedBy(), at, status.cycleId(), status.schoolCode())
        .update();
    if (updated == 0) {
      jdbc.sql("""
              insert into ss_school_status (cycle_id, school_code, status, reason, paused_on, paused_until,
                     pause_instance_id, changed_by, changed_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
          .params(status.cycleId(), status.schoolCode(), status.status().name(), status.reason(), status.pausedOn(),
              status.pausedUntil(), status.pauseInstanceId(), status.changedBy(), at)
          .update();
    }
    jdbc.sql("""
            insert into ss_school_status_change (cycle_id, school_code, status, reason, paused_until, days_moved,
                   changed_by, changed_at) values (?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(status.cycleId(), status.schoolCode(), status.status().name(), status.reason(), status.pausedUntil(),
            daysMoved, status.changedBy(), at)
        .update();
  }

  /** The school's changes, newest first. */
  public List<Change> changes(long cycleId, String schoolCode) {
    return jdbc.sql("""
            select id, status, reason, paused_until, days_moved, changed_by, changed_at from ss_school_status_change
            where cycle_id = ? and school_code = ? order by changed_at desc, id desc""")
        .params(cycleId, schoolCode)
        .query((rs, n) -> new Change(rs.getLong(1), SchoolStatus.parse(rs.getString(2)), rs.getString(3),
            rs.getObject(4, LocalDate.class), (Integer) rs.getObject(5), rs.getString(6),
            rs.getTimestamp(7).toInstant()))
        .list();
  }
}
