package ru.schoolsupport.schoolyear;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** A cycle's risk factors and the schools' ratings of them. */
@Repository
public class RiskProfileRepository {

  private final JdbcClient jdbc;
  /** For a profile's ratings, sent to the database in one batch. */
  private final JdbcTemplate batches;

  public RiskProfileRepository(JdbcClient jdbc, JdbcTemplate batches) {
    this.jdbc = jdbc;
    this.batches = batches;
  }

  public void saveFactors(long cycleId, List<RiskFactorSettings.Factor> factors) {
    int position = 0;
    for (RiskFactorSettings.Factor factor : factors) {
      jdbc.sql("insert into ss_cycle_risk_factor (cycle_id, code, title, position) values (?, ?, ?, ?)")
          .params(cycleId, factor.code(), factor.title(), position++).update();
    }
  }

  public List<RiskFactorSettings.Factor> factors(long cycleId) {
    return jdbc.sql("select code, title from ss_cycle_risk_factor where cycle_id = ? order by position")
        .param(cycleId).query((rs, row) -> new RiskFactorSettings.Factor(rs.getString(1), rs.getString(2))).list();
  }

  /** A school's rating of one factor. */
  public record Rating(String factorCode, RiskRating rating, String comment, boolean priority) {
  }

  public void replaceRatings(long cycleId, String schoolCode, List<Rating> ratings, Instant at) {
    jdbc.sql("delete from ss_risk_rating where cycle_id = ? and school_id = (select id from ss_school where code = ?)")
        .params(cycleId, schoolCode).update();
    // one round trip for the whole profile, not one a factor
    batches.batchUpdate("""
            insert into ss_risk_rating (cycle_id, school_id, factor_code, rating, comment, priority, submitted_at)
            values (?, (select id from ss_school where code = ?), ?, ?, ?, ?, ?)""",
        ratings.stream().map(r -> new Object[] {cycleId, schoolCode, r.factorCode(), r.rating().name(), r.comment(),
            r.priority(), Timestamp.from(at)}).toList());
  }

  public List<Rating> ratings(long cycleId, String schoolCode) {
    return jdbc.sql("""
            select r.factor_code, r.rating, r.comment, r.priority from ss_risk_rating r
            join ss_cycle_risk_factor f on f.cycle_id = r.cycle_id and f.code = r.factor_code
            where r.cycle_id = ? and r.school_id = (select id from ss_school where code = ?) order by f.position""")
        .params(cycleId, schoolCode)
        .query((rs, row) -> new Rating(rs.getString(1), RiskRating.valueOf(rs.getString(2)), rs.getString(3),
            rs.getBoolean(4)))
        .list();
  }
}
