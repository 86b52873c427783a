package ru.schoolsupport.cycle;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * A school's own deadlines: the cycle's, except those the coordinator moved for that school alone
 * ({@code ss_school_deadline}); and the record of every move ({@code ss_deadline_move}).
 */
@Repository
public class SchoolDeadlines {

  private final JdbcClient jdbc;
  private final CycleRepository cycles;

  public SchoolDeadlines(JdbcClient jdbc, CycleRepository cycles) {
    this.jdbc = jdbc;
    this.cycles = cycles;
  }

  /**
   * The school's deadlines in the cycle (school null: the cycle's own): the cycle's and the school's own
   * in one query, as every task of a school's year asks them for its due date.
   */
  public CycleDeadlines of(long cycleId, String schoolCode) {
    if (schoolCode == null) {
      return cycles.get(cycleId).deadlines();
    }
    // a row for each of the school's own deadlines, or one with none
    List<DeadlineRow> rows = jdbc.sql("""
            select c.list_due, c.documents_due, c.stage1_due, c.stage2_due, c.final_due, d.kind, d.due_date
            from ss_cycle c left join ss_school_deadline d on d.cycle_id = c.id and d.school_code = ?
            where c.id = ?""")
        .params(schoolCode, cycleId)
        .query((rs, row) -> new DeadlineRow(new CycleDeadlines(rs.getObject(1, LocalDate.class),
            rs.getObject(2, LocalDate.class), rs.getObject(3, LocalDate.class), rs.getObject(4, LocalDate.class),
            rs.getObject(5, LocalDate.class)), rs.getString(6), rs.getObject(7, LocalDate.class)))
        .list();
    if (rows.isEmpty()) {
      throw new IllegalStateException("No cycle with id " + cycleId);
    }
    CycleDeadlines deadlines = rows.get(0).cycle();
    for (DeadlineRow row : rows) {
      if (row.movedKind() != null) {
        deadlines = DeadlineKind.valueOf(row.movedKind()).with(deadlines, row.movedTo());
      }
    }
    return deadlines;
  }

  /** The cycle's deadlines with one of the school's own, if it has any. */
  private record DeadlineRow(CycleDeadlines cycle, String movedKind, LocalDate movedTo) {
  }

  public Map<DeadlineKind, LocalDate> overrides(long cycleId, String schoolCode) {
    Map<DeadlineKind, LocalDate> moved = new HashMap<>();
    jdbc.sql("select kind, due_date from ss_school_deadline where cycle_id = ? and school_code = ?")
        .params(cycleId, schoolCode)
        .query(rs -> {
          moved.put(DeadlineKind.valueOf(rs.getString(1)), rs.getObject(2, LocalDate.class));
        });
    return moved;
  }

  /** The schools of the cycle that keep a date of their own for this deadline. */
  public java.util.Set<String> schoolsWithOwn(long cycleId, DeadlineKind kind) {
    return new java.util.HashSet<>(jdbc.sql("select school_code from ss_school_deadline where cycle_id = ? and kind = ?")
        .params(cycleId, kind.name()).query(String.class).list());
  }

  public boolean hasOverride(long cycleId, String schoolCode, DeadlineKind kind) {
    return overrides(cycleId, schoolCode).containsKey(kind);
  }

  public void setForSchool(long cycleId, String schoolCode, DeadlineKind kind, LocalDate date) {
    if (jdbc.sql("update ss_school_deadline set due_date = ? where cycle_id = ? and school_code = ? and kind = ?")
        .params(date, cycleId, schoolCode, kind.name()).update() == 0) {
      jdbc.sql("insert into ss_school_deadline (cycle_id, school_code, kind, due_date) values (?, ?, ?, ?)")
          .params(cycleId, schoolCode, kind.name(), date).update();
    }
  }

  public void setForCycle(long cycleId, DeadlineKind kind, LocalDate date) {
    String column = switch (kind) {
      case LIST -> "list_due";
      case DOCUMENTS -> "documents_due";
      case STAGE1 -> "stage1_due";
      case STAGE2 -> "stage2_due";
      case FINAL -> "final_due";
    };
    jdbc.sql("update ss_cycle set " + column + " = ? where id = ?").params(date, cycleId).update();
  }

  public void recordMove(long cycleId, String schoolCode, DeadlineKind kind, LocalDate oldDate, LocalDate newDate,
      String reason, String movedBy, Instant at, int tasksMoved) {
    jdbc.sql("""
            insert into ss_deadline_move (cycle_id, school_code, kind, old_date, new_date, reason, moved_by, moved_at, tasks_moved)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(cycleId, schoolCode, kind.name(), oldDate, newDate, reason, movedBy, Timestamp.from(at), tasksMoved)
        .update();
  }
}
