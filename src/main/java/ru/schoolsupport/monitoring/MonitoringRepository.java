package ru.schoolsupport.monitoring;

import java.math.BigDecimal;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads a cycle's schools and what they reported, a few queries for the whole list (never one per school). */
@Repository
public class MonitoringRepository {

  private final JdbcClient jdbc;

  public MonitoringRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  record ListedSchool(String code, String name, String category, String project, String yearStage,
      String documentsStatus, String curatorLogin, String curatorName, String mentorCode, String mentorName,
      String outcome, String processInstanceId, String status, String statusReason, java.time.LocalDate pausedUntil) {
  }

  record ReportHead(long id, String schoolCode, int stage, int version, BigDecimal roadmapDoneShare, boolean late,
      String status) {
  }

  record ProgrammeRag(long reportId, String rag) {
  }

  record OverdueMark(String schoolCode, int stage) {
  }

  List<ListedSchool> schools(long cycleId) {
    return jdbc.sql("""
            select s.code, s.short_name, cs.category, cs.project, cs.year_stage, cs.documents_status, cs.curator_login,
                   p.last_name, p.first_name, p.middle_name, m.code as mentor_code, m.short_name as mentor_name,
                   cs.outcome, cs.process_instance_id, st.status, st.reason as status_reason, st.paused_until
            from ss_cycle_school cs
            join ss_school s on s.id = cs.school_id
            left join ss_school_status st on st.cycle_id = cs.cycle_id and st.school_code = s.code
            left join ss_school m on m.id = cs.mentor_school_id
            left join ss_person p on p.login = cs.curator_login
            where cs.cycle_id = ? and cs.included = ?
            order by s.short_name""")
        .params(cycleId, true)
        .query((rs, row) -> new ListedSchool(rs.getString("code"), rs.getString("short_name"), rs.getString("category"),
            rs.getString("project"), rs.getString("year_stage"), rs.getString("documents_status"),
            rs.getString("curator_login"), personName(rs.getString("last_name"), rs.getString("first_name"),
                rs.getString("middle_name")),
            rs.getString("mentor_code"), rs.getString("mentor_name"), rs.getString("outcome"),
            rs.getString("process_instance_id"), rs.getString("status"), rs.getString("status_reason"),
            rs.getObject("paused_until", java.time.LocalDate.class)))
        .list();
  }

  List<ReportHead> reports(long cycleId) {
    return jdbc.sql("""
            select r.id, s.code, r.stage, r.version, r.roadmap_done_share, r.late, r.status
            from ss_stage_report r join ss_school s on s.id = r.school_id
            where r.cycle_id = ? order by r.id""")
        .param(cycleId)
        .query((rs, row) -> new ReportHead(rs.getLong("id"), rs.getString("code"), rs.getInt("stage"),
            rs.getInt("version"), rs.getBigDecimal("roadmap_done_share"), rs.getBoolean("late"), rs.getString("status")))
        .list();
  }

  List<ProgrammeRag> programmeRags(long cycleId) {
    return jdbc.sql("""
            select p.report_id, p.rag from ss_stage_report_programme p
            join ss_stage_report r on r.id = p.report_id where r.cycle_id = ?""")
        .param(cycleId)
        .query((rs, row) -> new ProgrammeRag(rs.getLong("report_id"), rs.getString("rag")))
        .list();
  }

  List<OverdueMark> overdueMarks(long cycleId) {
    return jdbc.sql("""
            select s.code, o.stage from ss_stage_report_overdue o join ss_school s on s.id = o.school_id
            where o.cycle_id = ?""")
        .param(cycleId)
        .query((rs, row) -> new OverdueMark(rs.getString("code"), rs.getInt("stage")))
        .list();
  }

  /** Each risk factor of the cycle with the number of the list's schools that made it a priority. */
  List<MonitoringView.RiskCount> priorityRisks(long cycleId) {
    return jdbc.sql("""
            select f.code, f.title, f.position, count(distinct r.school_id) as schools
            from ss_cycle_risk_factor f
            left join ss_risk_rating r on r.cycle_id = f.cycle_id and r.factor_code = f.code and r.priority = ?
                 and r.school_id in (select cs.school_id from ss_cycle_school cs where cs.cycle_id = ? and cs.included = ?)
            where f.cycle_id = ?
            group by f.code, f.title, f.position
            order by f.position""")
        .params(true, cycleId, true, cycleId)
        .query((rs, row) -> new MonitoringView.RiskCount(rs.getString("code"), rs.getString("title"),
            rs.getLong("schools")))
        .list();
  }

  private static String personName(String last, String first, String middle) {
    if (last == null) {
      return null;
    }
    StringBuilder name = new StringBuilder(last);
    if (first != null && !first.isBlank()) {
      name.append(' ').append(first.charAt(0)).append('.');
    }
    if (middle != null && !middle.isBlank()) {
      name.append(' ').append(middle.charAt(0)).append('.');
    }
    return name.toString();
  }
}
