package ru.schoolsupport.assignment;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Assignments in our own table; the assignmentControl process holds only the id. */
@Repository
public class AssignmentRepository {

  private final JdbcClient jdbc;

  public AssignmentRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public long insert(NewAssignment assignment, Instant now) {
    GeneratedKeyHolder key = new GeneratedKeyHolder();
    jdbc.sql("""
            insert into ss_assignment (source, text, executor_kind, executor_ref, controller_login, deadline, status,
            created_at) values (?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(assignment.source(), assignment.text(), assignment.executorKind().name(), assignment.executorRef(),
            assignment.controllerLogin(), assignment.deadline(), AssignmentStatus.IN_PROGRESS.name(),
            Timestamp.from(now))
        .update(key, "id");
    return key.getKeyAs(Number.class).longValue();
  }

  public void setProcessInstance(long id, String processInstanceId) {
    jdbc.sql("update ss_assignment set process_instance_id = ? where id = ?").params(processInstanceId, id).update();
  }

  public Assignment get(long id) {
    return find(id).orElseThrow(() -> new IllegalStateException("No assignment with id " + id));
  }

  public Optional<Assignment> find(long id) {
    return jdbc.sql("select * from ss_assignment where id = ?").param(id).query(AssignmentRepository::map).optional();
  }

  public List<Assignment> findAll() {
    return jdbc.sql("select * from ss_assignment order by deadline, id").query(AssignmentRepository::map).list();
  }

  public void recordReport(long id, ExecutionResult result, String text, String link, Instant at,
      String reportedBy) {
    jdbc.sql("""
            update ss_assignment set execution_result = ?, report_text = ?, report_link = ?, reported_at = ?,
            reported_by = ?, status = ? where id = ?""")
        .params(result.value(), text, link, Timestamp.from(at), reportedBy, AssignmentStatus.REPORTED.name(), id)
        .update();
  }

  /** The controller accepted the mark: the assignment ends as {@code outcome} (DONE or NOT_DONE). */
  public void recordAccepted(long id, AssignmentStatus outcome, String comment, Instant at) {
    jdbc.sql("update ss_assignment set control_comment = ?, status = ?, completed_at = ? where id = ?")
        .params(comment, outcome.name(), Timestamp.from(at), id).update();
  }

  public void recordReturned(long id, String comment) {
    jdbc.sql("update ss_assignment set control_comment = ?, status = ?, return_count = return_count + 1 where id = ?")
        .params(comment, AssignmentStatus.IN_PROGRESS.name(), id).update();
  }

  /** Overdue, and handed to the controller for its present deadline. */
  public void markOverdue(long id) {
    jdbc.sql("update ss_assignment set overdue = ?, escalated_deadline = deadline where id = ?").params(true, id)
        .update();
  }

  /** The deadline the assignment was last handed to its controller for; empty if never. */
  public java.util.Optional<LocalDate> escalatedDeadline(long id) {
    return jdbc.sql("select escalated_deadline from ss_assignment where id = ?").param(id)
        .query((rs, row) -> java.util.Optional.ofNullable(rs.getObject(1, LocalDate.class))).single();
  }

  public void moveDeadline(long id, LocalDate deadline) {
    jdbc.sql("update ss_assignment set deadline = ? where id = ?").params(deadline, id).update();
  }

  private static Assignment map(ResultSet rs, int row) throws SQLException {
    Timestamp reportedAt = rs.getTimestamp("reported_at");
    return new Assignment(rs.getLong("id"), rs.getString("source"), rs.getString("text"),
        ExecutorKind.valueOf(rs.getString("executor_kind")), rs.getString("executor_ref"),
        rs.getString("controller_login"), rs.getObject("deadline", LocalDate.class),
        AssignmentStatus.valueOf(rs.getString("status")), rs.getString("report_text"), rs.getString("report_link"),
        reportedAt == null ? null : reportedAt.toInstant(), rs.getString("control_comment"),
        rs.getInt("return_count"), rs.getBoolean("overdue"), rs.getString("process_instance_id"),
        ExecutionResult.of(rs.getString("execution_result")));
  }
}
