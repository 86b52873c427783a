package ru.schoolsupport.schoolyear;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The year's outcome of each school ({@code ss_school_outcome}): the curator's recommendation and the decision. */
@Repository
public class OutcomeRepository {

  private final JdbcClient jdbc;

  public OutcomeRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public record Outcome(SchoolOutcome recommended, String recommendedBy, String recommendationComment,
      SchoolOutcome decided, String decidedBy, String decisionComment) {
  }

  public void recommend(long cycleId, String schoolCode, SchoolOutcome outcome, String by, String comment, Instant at) {
    int updated = jdbc.sql("""
            update ss_school_outcome set recommended = ?, recommended_by = ?, recommendation_comment = ?, recommended_at = ?
            where cycle_id = ? and school_id = (select id from ss_school where code = ?)""")
        .params(outcome.name(), by, comment, Timestamp.from(at), cycleId, schoolCode).update();
    if (updated == 0) {
      jdbc.sql("""
              insert into ss_school_outcome (cycle_id, school_id, recommended, recommended_by, recommendation_comment,
              recommended_at) values (?, (select id from ss_school where code = ?), ?, ?, ?, ?)""")
          .params(cycleId, schoolCode, outcome.name(), by, comment, Timestamp.from(at)).update();
    }
  }

  public void decide(long cycleId, String schoolCode, SchoolOutcome outcome, String by, String comment, Instant at) {
    jdbc.sql("""
            update ss_school_outcome set decided = ?, decided_by = ?, decision_comment = ?, decided_at = ?
            where cycle_id = ? and school_id = (select id from ss_school where code = ?)""")
        .params(outcome.name(), by, comment, Timestamp.from(at), cycleId, schoolCode).update();
  }

  public Optional<Outcome> find(long cycleId, String schoolCode) {
    return jdbc.sql("""
            select o.* from ss_school_outcome o join ss_school s on s.id = o.school_id
            where o.cycle_id = ? and o.school_id = (select id from ss_school where code = ?)""").params(cycleId, schoolCode)
        .query((rs, row) -> new Outcome(SchoolOutcome.parse(rs.getString("recommended")),
            rs.getString("recommended_by"), rs.getString("recommendation_comment"),
            SchoolOutcome.parse(rs.getString("decided")), rs.getString("decided_by"), rs.getString("decision_comment")))
        .optional();
  }
}
