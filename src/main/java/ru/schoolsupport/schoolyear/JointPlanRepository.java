package ru.schoolsupport.schoolyear;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Every version of a joint plan ({@code ss_joint_plan}) with its events. */
@Repository
public class JointPlanRepository {

  private final JdbcClient jdbc;
  /** For a plan's events, sent to the database in one batch. */
  private final JdbcTemplate batches;

  public JointPlanRepository(JdbcClient jdbc, JdbcTemplate batches) {
    this.jdbc = jdbc;
    this.batches = batches;
  }

  /** Stores a new proposed version; returns its number. */
  public int propose(long cycleId, String schoolCode, String mentorSchoolCode, List<JointPlan.Event> events,
      String proposedBy, Instant at) {
    int version = jdbc.sql("""
            select coalesce(max(p.version), 0) + 1 from ss_joint_plan p join ss_school s on s.id = p.school_id
            where p.cycle_id = ? and p.school_id = (select id from ss_school where code = ?)""").params(cycleId, schoolCode).query(Integer.class).single();
    GeneratedKeyHolder key = new GeneratedKeyHolder();
    jdbc.sql("""
            insert into ss_joint_plan (cycle_id, school_id, mentor_school_id, version, status, proposed_by, proposed_at)
            values (?, (select id from ss_school where code = ?), (select id from ss_school where code = ?), ?, ?, ?, ?)""")
        .params(cycleId, schoolCode, mentorSchoolCode, version, JointPlan.Status.PROPOSED.name(), proposedBy,
            Timestamp.from(at))
        .update(key, "id");
    long planId = key.getKeyAs(Number.class).longValue();
    List<Object[]> rows = new ArrayList<>();
    for (JointPlan.Event e : events) {
      rows.add(new Object[] {planId, rows.size(), e.what(), e.date(), e.who()});
    }
    batches.batchUpdate("insert into ss_joint_plan_event (plan_id, position, what, event_date, who) values (?, ?, ?, ?, ?)",
        rows);
    return version;
  }

  /** The school's answer to a proposed version. */
  public void answer(long planId, JointPlan.Status status, String by, String comment, Instant at) {
    jdbc.sql("update ss_joint_plan set status = ?, agreed_by = ?, agreed_at = ?, comment = ? where id = ?")
        .params(status.name(), by, Timestamp.from(at), comment, planId).update();
  }

  public Optional<JointPlan> latest(long cycleId, String schoolCode) {
    return jdbc.sql("""
            select p.id, p.version, m.code as mentor_code, p.status, p.proposed_by, p.proposed_at, p.agreed_by, p.comment
            from ss_joint_plan p join ss_school s on s.id = p.school_id join ss_school m on m.id = p.mentor_school_id
            where p.cycle_id = ? and p.school_id = (select id from ss_school where code = ?) order by p.version desc""")
        .params(cycleId, schoolCode)
        .query((rs, row) -> new JointPlan(rs.getLong("id"), rs.getInt("version"), rs.getString("mentor_code"),
            JointPlan.Status.valueOf(rs.getString("status")), rs.getString("proposed_by"),
            rs.getTimestamp("proposed_at").toInstant(), rs.getString("agreed_by"), rs.getString("comment"), List.of()))
        .list().stream().findFirst()
        .map(p -> new JointPlan(p.id(), p.version(), p.mentorSchoolCode(), p.status(), p.proposedBy(), p.proposedAt(),
            p.agreedBy(), p.comment(), events(p.id())));
  }

  private List<JointPlan.Event> events(long planId) {
    return jdbc.sql("select what, event_date, who from ss_joint_plan_event where plan_id = ? order by position")
        .param(planId)
        .query((rs, row) -> new JointPlan.Event(rs.getString(1), rs.getObject(2, LocalDate.class), rs.getString(3)))
        .list();
  }
}
