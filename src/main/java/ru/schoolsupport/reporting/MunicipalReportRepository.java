package ru.schoolsupport.reporting;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import ru.schoolsupport.mail.MailMessage;

/** Municipal reports ({@code ss_municipal_report}) with their files, and the head's decisions on them. */
@Repository
public class MunicipalReportRepository {

  private static final String COLUMNS = """
      id, cycle_id, stage, status, round, intro_text, problems_text, decisions_text, head_comment, xlsx_file_name,
      docx_file_name, prepared_by, approved_by, sent_to, created_at, submitted_at, approved_at, sent_at""";

  private final JdbcClient jdbc;

  public MunicipalReportRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Creates the cycle's report of the stage as a draft, or finds the one made before; returns its id. */
  public long createOrFind(long cycleId, int stage, String processInstanceId, Instant now) {
    Optional<MunicipalReport> existing = find(cycleId, stage);
    if (existing.isPresent()) {
      jdbc.sql("update ss_municipal_report set process_instance_id = ?, updated_at = ? where id = ?")
          .params(processInstanceId, Timestamp.from(now), existing.get().id()).update();
      return existing.get().id();
    }
    GeneratedKeyHolder key = new GeneratedKeyHolder();
    jdbc.sql("""
            insert into ss_municipal_report (cycle_id, stage, status, round, process_instance_id, created_at, updated_at)
            values (?, ?, ?, 0, ?, ?, ?)""")
        .params(cycleId, stage, MunicipalReportStatus.DRAFT.name(), processInstanceId, Timestamp.from(now),
            Timestamp.from(now))
        .update(key, "id");
    return key.getKeyAs(Number.class).longValue();
  }

  public MunicipalReport get(long id) {
    return jdbc.sql("select " + COLUMNS + " from ss_municipal_report where id = ?").param(id)
        .query(MunicipalReportRepository::map).optional()
        .orElseThrow(() -> new IllegalStateException("No municipal report with id " + id));
  }

  public Optional<MunicipalReport> find(long cycleId, int stage) {
    return jdbc.sql("select " + COLUMNS + " from ss_municipal_report where cycle_id = ? and stage = ?")
        .params(cycleId, stage).query(MunicipalReportRepository::map).optional();
  }

  /** The cycle's reports, stage I first and the final one last. */
  public List<MunicipalReport> findByCycle(long cycleId) {
    return jdbc.sql("select " + COLUMNS + " from ss_municipal_report where cycle_id = ? "
            + "order by case when stage = 0 then 99 else stage end")
        .param(cycleId).query(MunicipalReportRepository::map).list();
  }

  public void saveNarrative(long id, MunicipalReport.Narrative narrative, Instant now) {
    jdbc.sql("""
            update ss_municipal_report set intro_text = ?, problems_text = ?, decisions_text = ?, updated_at = ?
            where id = ?""")
        .params(narrative.intro(), narrative.problems(), narrative.decisions(), Timestamp.from(now), id).update();
  }

  public void saveWorkbook(long id, String fileName, byte[] content, Instant now) {
    jdbc.sql("update ss_municipal_report set xlsx_file_name = ?, xlsx = ?, updated_at = ? where id = ?")
        .params(fileName, content, Timestamp.from(now), id).update();
  }

  public void saveDocument(long id, String fileName, byte[] content, Instant now) {
    jdbc.sql("update ss_municipal_report set docx_file_name = ?, docx = ?, updated_at = ? where id = ?")
        .params(fileName, content, Timestamp.from(now), id).update();
  }

  /** The coordinator submits the report to the head: a new round. */
  public void submit(long id, String preparedBy, Instant now) {
    jdbc.sql("""
            update ss_municipal_report set status = ?, round = round + 1, prepared_by = ?, submitted_at = ?, updated_at = ?
            where id = ?""")
        .params(MunicipalReportStatus.SUBMITTED.name(), preparedBy, Timestamp.from(now), Timestamp.from(now), id)
        .update();
  }

  /** The head's decision on the current round: the report approved, or returned with the comment. */
  public void decide(long id, int round, boolean approved, String comment, String decidedBy, Instant now) {
    jdbc.sql("""
            insert into ss_municipal_report_round (report_id, round, decision, comment, decided_by, decided_at)
            values (?, ?, ?, ?, ?, ?)""")
        .params(id, round, approved ? "APPROVED" : "RETURNED", comment, decidedBy, Timestamp.from(now)).update();
    if (approved) {
      jdbc.sql("""
              update ss_municipal_report set status = ?, approved_by = ?, approved_at = ?, updated_at = ? where id = ?""")
          .params(MunicipalReportStatus.APPROVED.name(), decidedBy, Timestamp.from(now), Timestamp.from(now), id)
          .update();
    } else {
      jdbc.sql("update ss_municipal_report set status = ?, head_comment = ?, updated_at = ? where id = ?")
          .params(MunicipalReportStatus.RETURNED.name(), comment, Timestamp.from(now), id).update();
    }
  }

  /** The head's decisions so far, oldest first. */
  public List<Round> rounds(long id) {
    return jdbc.sql("select round, decision, comment, decided_by, decided_at from ss_municipal_report_round "
            + "where report_id = ? order by round")
        .param(id).query((rs, row) -> new Round(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4),
            rs.getTimestamp(5).toInstant())).list();
  }

  public void markSent(long id, String sentTo, Instant now) {
    jdbc.sql("update ss_municipal_report set status = ?, sent_to = ?, sent_at = ?, updated_at = ? where id = ?")
        .params(MunicipalReportStatus.SENT.name(), sentTo, Timestamp.from(now), Timestamp.from(now), id).update();
  }

  public Optional<MunicipalReport.File> workbook(long cycleId, int stage) {
    return file(cycleId, stage, "xlsx", MailMessage.XLSX);
  }

  public Optional<MunicipalReport.File> document(long cycleId, int stage) {
    return file(cycleId, stage, "docx", MailMessage.DOCX);
  }

  private Optional<MunicipalReport.File> file(long cycleId, int stage, String column, String contentType) {
    return jdbc.sql("select " + column + "_file_name, " + column + " from ss_municipal_report "
            + "where cycle_id = ? and stage = ? and " + column + " is not null")
        .params(cycleId, stage)
        .query((rs, row) -> new MunicipalReport.File(rs.getString(1), contentType, rs.getBytes(2))).optional();
  }

  /** A decision of the head on one round. */
  public record Round(int round, String decision, String comment, String decidedBy, Instant decidedAt) {
  }

  private static MunicipalReport map(ResultSet rs, int row) throws SQLException {
    return new MunicipalReport(rs.getLong("id"), rs.getLong("cycle_id"), rs.getInt("stage"),
        MunicipalReportStatus.valueOf(rs.getString("status")), rs.getInt("round"),
        new MunicipalReport.Narrative(rs.getString("intro_text"), rs.getString("problems_text"),
            rs.getString("decisions_text")),
        rs.getString("head_comment"), rs.getString("xlsx_file_name"), rs.getString("docx_file_name"),
        rs.getString("prepared_by"), rs.getString("approved_by"), rs.getString("sent_to"),
        instant(rs, "created_at"), instant(rs, "submitted_at"), instant(rs, "approved_at"), instant(rs, "sent_at"));
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    Timestamp t = rs.getTimestamp(column);
    return t == null ? null : t.toInstant();
  }
}
