package ru.schoolsupport.listformation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import ru.schoolsupport.cycle.IncludedSchools;
import ru.schoolsupport.process.TransactionMemo;

/** The list of a cycle's schools ({@code ss_cycle_school}), with their mentor schools and curators. */
@Repository
public class CycleSchoolRepository implements IncludedSchools {

  private static final String SELECT = """
      select cs.*, s.code as school_code, s.short_name as school_name, s.district as district,
             m.code as mentor_code
      from ss_cycle_school cs
      join ss_school s on s.id = cs.school_id
      left join ss_school m on m.id = cs.mentor_school_id
      """;

  private final JdbcClient jdbc;

  public CycleSchoolRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public void insert(long cycleId, Candidate candidate, boolean included, String changeComment) {
    rows.forget();
    jdbc.sql("""
            insert into ss_cycle_school (cycle_id, school_id, category, project, source, reason, included, change_comment)
            values (?, (select id from ss_school where code = ?), ?, ?, ?, ?, ?, ?)""")
        .params(cycleId, candidate.schoolCode(), candidate.category().name(), candidate.project().name(),
            candidate.source().name(), candidate.reason(), included, changeComment)
        .update();
  }

  /**
   * Puts a school on a running cycle's list (an addition during the year): a new row, or the row of a
   * school the list once left out, included again with its new reason.
   */
  public void includeDuringYear(long cycleId, Candidate candidate, String changeComment) {
    rows.forget();
    int updated = jdbc.sql("""
            update ss_cycle_school set category = ?, project = ?, source = ?, reason = ?, included = ?, change_comment = ?
            where cycle_id = ? and school_id = (select id from ss_school where code = ?)""")
        .params(candidate.category().name(), candidate.project().name(), candidate.source().name(), candidate.reason(),
            true, changeComment, cycleId, candidate.schoolCode())
        .update();
    if (updated == 0) {
      insert(cycleId, candidate, true, changeComment);
    }
  }

  public List<CycleSchool> findByCycle(long cycleId) {
    return jdbc.sql(SELECT + " where cs.cycle_id = ? order by s.short_name").param(cycleId)
        .query(CycleSchoolRepository::map).list();
  }

  public List<CycleSchool> findIncluded(long cycleId) {
    return jdbc.sql(SELECT + " where cs.cycle_id = ? and cs.included = ? order by s.district, s.short_name")
        .params(cycleId, true).query(CycleSchoolRepository::map).list();
  }

  /** How many schools the cycle's list includes. */
  @Override
  public int countIncluded(long cycleId) {
    return jdbc.sql("select count(*) from ss_cycle_school where cycle_id = ? and included = ?")
        .params(cycleId, true).query(Integer.class).single();
  }

  /**
   * The codes of the included schools from {@code offset}, at most {@code limit}, in the directory's
   * order (by the school's id: read along the (cycle, school) index, not sorted anew for each batch).
   */
  @Override
  public List<String> includedCodes(long cycleId, int offset, int limit) {
    return jdbc.sql("""
            select s.code from ss_cycle_school cs join ss_school s on s.id = cs.school_id
            where cs.cycle_id = ? and cs.included = ? order by cs.school_id limit ? offset ?""")
        .params(cycleId, true, limit, offset).query(String.class).list();
  }

  /**
   * The school's row on the cycle's list, read once per transaction: a task of the school's year asks it
   * for its candidates (the curator, the mentor school) and again for who else may read it.
   */
  public Optional<CycleSchool> find(long cycleId, String schoolCode) {
    return rows.get(new RowKey(cycleId, schoolCode), () -> jdbc.sql(SELECT
            + " where cs.cycle_id = ? and cs.school_id = (select id from ss_school where code = ?)")
        .params(cycleId, schoolCode).query(CycleSchoolRepository::map).optional());
  }

  private record RowKey(long cycleId, String schoolCode) {
  }

  /** Forgotten by every write of this repository, the only one that writes {@code ss_cycle_school}. */
  private final TransactionMemo<RowKey, Optional<CycleSchool>> rows = new TransactionMemo<>();

  public void setIncluded(long cycleId, String schoolCode, boolean included, String changeComment) {
    rows.forget();
    jdbc.sql("""
            update ss_cycle_school set included = ?, change_comment = ?
            where cycle_id = ? and school_id = (select id from ss_school where code = ?)""")
        .params(included, changeComment, cycleId, schoolCode).update();
  }

  public void setPair(long cycleId, String schoolCode, String mentorSchoolCode, String curatorLogin) {
    rows.forget();
    jdbc.sql("""
            update ss_cycle_school set mentor_school_id = (select id from ss_school where code = ?), curator_login = ?
            where cycle_id = ? and school_id = (select id from ss_school where code = ?)""")
        .params(mentorSchoolCode, curatorLogin, cycleId, schoolCode).update();
  }

  /** Links the school's year to its process and records the stage it starts at, in one write. */
  public void startYear(long cycleId, String schoolCode, String processInstanceId, String firstYearStage) {
    rows.forget();
    jdbc.sql("""
            update ss_cycle_school set process_instance_id = ?, year_stage = ?
            where cycle_id = ? and school_id = (select id from ss_school where code = ?)""")
        .params(processInstanceId, firstYearStage, cycleId, schoolCode).update();
  }

  public void setOutcome(long cycleId, String schoolCode, String outcome) {
    rows.forget();
    jdbc.sql("""
            update ss_cycle_school set outcome = ?
            where cycle_id = ? and school_id = (select id from ss_school where code = ?)""")
        .params(outcome, cycleId, schoolCode).update();
  }

  /**
   * Where the school's year stands now (a {@code YearStage} name), for monitoring. A stage already
   * recorded is not written again (the first one is written with the process, {@link #startYear}).
   */
  public void setYearStage(long cycleId, String schoolCode, String yearStage) {
    rows.forget();
    jdbc.sql("""
            update ss_cycle_school set year_stage = ?
            where cycle_id = ? and school_id = (select id from ss_school where code = ?)
              and year_stage is distinct from ?""")
        .params(yearStage, cycleId, schoolCode, yearStage).update();
  }

  /** The state of the school's documents: DRAFTING, UNDER_REVIEW, RETURNED, ACCEPTED. */
  public void setDocumentsStatus(long cycleId, String schoolCode, String documentsStatus) {
    rows.forget();
    jdbc.sql("""
            update ss_cycle_school set documents_status = ?
            where cycle_id = ? and school_id = (select id from ss_school where code = ?)""")
        .params(documentsStatus, cycleId, schoolCode).update();
  }

  /** The codes of a cycle's schools whose outcome keeps them on the next list. */
  public Set<String> carriedOver(long cycleId, Set<String> outcomesThatStay) {
    return Set.copyOf(findByCycle(cycleId).stream()
        .filter(s -> s.included() && s.outcome() != null && outcomesThatStay.contains(s.outcome()))
        .map(CycleSchool::schoolCode).toList());
  }

  /**
   * The schools of a cycle that the coordinator took out of the project during it (outcome
   * {@code STOPPED}), as candidates of the next list: the category and project they had, the reason they left
   * (from {@code ss_school_status}, which {@code schoolstatus} keeps).
   */
  public List<Candidate> stopped(long cycleId) {
    return jdbc.sql("""
            select s.code, cs.category, cs.project, st.reason
            from ss_cycle_school cs join ss_school s on s.id = cs.school_id
            left join ss_school_status st on st.cycle_id = cs.cycle_id and st.school_code = s.code
            where cs.cycle_id = ? and cs.included = ? and cs.outcome = ?
            order by s.code""")
        .params(cycleId, true, STOPPED_OUTCOME)
        .query((rs, n) -> new Candidate(rs.getString(1), Category.valueOf(rs.getString(2)),
            Project.valueOf(rs.getString(3)), CandidateSource.STOPPED, CandidateSource.STOPPED.title()
                + (rs.getString(4) == null ? "" : " (причина: " + cut(rs.getString(4), 1800) + ")")
                + "; решите, сопровождать ли её снова"))
        .list();
  }

  private static String cut(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max - 1) + "…";
  }

  /** The outcome of a school taken out of the project ({@code schoolyear.SchoolOutcome.STOPPED}). */
  static final String STOPPED_OUTCOME = "STOPPED";

  private static CycleSchool map(ResultSet rs, int row) throws SQLException {
    return new CycleSchool(rs.getLong("id"), rs.getLong("cycle_id"), rs.getString("school_code"),
        rs.getString("school_name"), rs.getString("district"), Category.valueOf(rs.getString("category")),
        Project.valueOf(rs.getString("project")), CandidateSource.valueOf(rs.getString("source")),
        rs.getString("reason"), rs.getBoolean("included"), rs.getString("change_comment"),
        rs.getString("mentor_code"), rs.getString("curator_login"), rs.getString("process_instance_id"),
        rs.getString("outcome"), rs.getString("year_stage"), rs.getString("documents_status"));
  }
}
