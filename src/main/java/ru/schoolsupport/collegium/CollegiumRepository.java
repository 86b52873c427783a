package ru.schoolsupport.collegium;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Collegium meetings, their decisions and the assignments each decision gave, in our own tables. */
@Repository
public class CollegiumRepository {

  private final JdbcClient jdbc;

  public CollegiumRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public long insertMeeting(LocalDate date, String protocolNumber, String agenda, Instant now) {
    GeneratedKeyHolder key = new GeneratedKeyHolder();
    jdbc.sql("""
            insert into ss_collegium_meeting (meeting_date, protocol_number, agenda, status, created_at)
            values (?, ?, ?, ?, ?)""")
        .params(date, protocolNumber, agenda, CollegiumMeeting.Status.OPEN.name(), Timestamp.from(now))
        .update(key, "id");
    return key.getKeyAs(Number.class).longValue();
  }

  public void setProcessInstance(long meetingId, String processInstanceId) {
    jdbc.sql("update ss_collegium_meeting set process_instance_id = ? where id = ?")
        .params(processInstanceId, meetingId).update();
  }

  public void markRecorded(long meetingId, String by, Instant at) {
    jdbc.sql("update ss_collegium_meeting set status = ?, recorded_by = ?, recorded_at = ? where id = ?")
        .params(CollegiumMeeting.Status.RECORDED.name(), by, Timestamp.from(at), meetingId).update();
  }

  public long insertDecision(long meetingId, int position, String text, String schoolCode, String schoolDecision,
      Long cycleId) {
    GeneratedKeyHolder key = new GeneratedKeyHolder();
    jdbc.sql("""
            insert into ss_collegium_decision (meeting_id, position, text, school_id, school_decision, cycle_id)
            values (?, ?, ?, (select id from ss_school where code = ?), ?, ?)""")
        .params(meetingId, position, text, schoolCode, schoolDecision, cycleId)
        .update(key, "id");
    return key.getKeyAs(Number.class).longValue();
  }

  public void linkAssignment(long decisionId, long assignmentId) {
    jdbc.sql("insert into ss_collegium_decision_assignment (decision_id, assignment_id) values (?, ?)")
        .params(decisionId, assignmentId).update();
  }

  public Optional<CollegiumMeeting> find(long meetingId) {
    Map<Long, List<Long>> assignments = new HashMap<>();
    jdbc.sql("""
            select da.decision_id, da.assignment_id from ss_collegium_decision_assignment da
            join ss_collegium_decision d on d.id = da.decision_id where d.meeting_id = ? order by da.assignment_id""")
        .param(meetingId)
        .query(rs -> {
          assignments.computeIfAbsent(rs.getLong("decision_id"), k -> new ArrayList<>()).add(rs.getLong("assignment_id"));
        });
    List<CollegiumMeeting.Decision> decisions = jdbc.sql("""
            select d.*, s.code as school_code from ss_collegium_decision d left join ss_school s on s.id = d.school_id
            where d.meeting_id = ? order by d.position""")
        .param(meetingId)
        .query((rs, row) -> new CollegiumMeeting.Decision(rs.getLong("id"), rs.getInt("position"), rs.getString("text"),
            rs.getString("school_code"), rs.getString("school_decision"), (Long) rs.getObject("cycle_id", Long.class),
            List.copyOf(assignments.getOrDefault(rs.getLong("id"), List.of()))))
        .list();
    return jdbc.sql("select * from ss_collegium_meeting where id = ?").param(meetingId)
        .query((rs, row) -> new CollegiumMeeting(rs.getLong("id"), rs.getObject("meeting_date", LocalDate.class),
            rs.getString("protocol_number"), rs.getString("agenda"),
            CollegiumMeeting.Status.valueOf(rs.getString("status")), rs.getString("recorded_by"),
            rs.getString("process_instance_id"), decisions))
        .optional();
  }
}
