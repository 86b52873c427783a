package ru.schoolsupport.addition;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import ru.schoolsupport.listformation.Category;
import ru.schoolsupport.listformation.Project;

/** The schools proposed for running cycles ({@code ss_school_addition}). */
@Repository
public class SchoolAdditionRepository {

  private final JdbcClient jdbc;

  public SchoolAdditionRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public long insert(long cycleId, String schoolCode, Category category, Project project, AdditionReason reasonKind,
      String basis, String reason, String proposedBy, Instant at, String processInstanceId) {
    jdbc.sql("""
            insert into ss_school_addition (cycle_id, school_code, category, project, reason_kind, basis, reason, status,
                proposed_by, proposed_at, process_instance_id)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(cycleId, schoolCode, category.name(), project.name(), reasonKind.name(), basis, reason,
            AdditionStatus.PROPOSED.name(), proposedBy, Timestamp.from(at), processInstanceId)
        .update();
    return jdbc.sql("select max(id) from ss_school_addition where process_instance_id = ?").param(processInstanceId)
        .query(Long.class).single();
  }

  /** The proposal changed after the head returned it; the pair chosen before (if any) is forgotten. */
  public void updateProposal(long id, long cycleId, String schoolCode, Category category, Project project,
      AdditionReason reasonKind, String basis, String reason, String proposedBy, Instant at) {
    jdbc.sql("""
            update ss_school_addition set cycle_id = ?, school_code = ?, category = ?, project = ?, reason_kind = ?,
                basis = ?, reason = ?, status = ?, proposed_by = ?, proposed_at = ?
            where id = ?""")
        .params(cycleId, schoolCode, category.name(), project.name(), reasonKind.name(), basis, reason,
            AdditionStatus.PROPOSED.name(), proposedBy, Timestamp.from(at), id)
        .update();
  }

  public void setDecision(long id, AdditionStatus status, String headComment) {
    jdbc.sql("update ss_school_addition set status = ?, head_comment = ? where id = ?")
        .params(status.name(), headComment, id).update();
  }

  public void setPair(long id, String mentorSchoolCode, String curatorLogin) {
    jdbc.sql("update ss_school_addition set mentor_school_code = ?, curator_login = ?, status = ? where id = ?")
        .params(mentorSchoolCode, curatorLogin, AdditionStatus.PAIRED.name(), id).update();
  }

  public void setJoined(long id, String orderNumber, LocalDate orderDate, LocalDate joinedOn) {
    jdbc.sql("update ss_school_addition set order_number = ?, order_date = ?, joined_on = ?, status = ? where id = ?")
        .params(orderNumber, orderDate, joinedOn, AdditionStatus.JOINED.name(), id).update();
  }

  public SchoolAddition get(long id) {
    return find(id).orElseThrow(() -> new IllegalStateException("No school addition " + id));
  }

  public Optional<SchoolAddition> find(long id) {
    return jdbc.sql("select * from ss_school_addition where id = ?").param(id)
        .query(SchoolAdditionRepository::map).optional();
  }

  /** The additions of a cycle, oldest first. */
  public List<SchoolAddition> ofCycle(long cycleId) {
    return jdbc.sql("select * from ss_school_addition where cycle_id = ? order by id").param(cycleId)
        .query(SchoolAdditionRepository::map).list();
  }

  private static SchoolAddition map(ResultSet rs, int row) throws SQLException {
    Timestamp proposedAt = rs.getTimestamp("proposed_at");
    return new SchoolAddition(rs.getLong("id"), rs.getLong("cycle_id"), rs.getString("school_code"),
        Category.valueOf(rs.getString("category")), Project.valueOf(rs.getString("project")),
        AdditionReason.valueOf(rs.getString("reason_kind")), rs.getString("basis"), rs.getString("reason"),
        AdditionStatus.valueOf(rs.getString("status")), rs.getString("proposed_by"),
        proposedAt == null ? null : proposedAt.toInstant(), rs.getString("head_comment"),
        rs.getString("mentor_school_code"), rs.getString("curator_login"), rs.getString("order_number"),
        rs.getObject("order_date", LocalDate.class), rs.getObject("joined_on", LocalDate.class),
        rs.getString("process_instance_id"));
  }
}
