package ru.schoolsupport.cycle;

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

/** Cycles and their documents, in our own tables. */
@Repository
public class CycleRepository {

  private final JdbcClient jdbc;

  public CycleRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public long insert(long municipalityId, String businessKey, String title, PeriodType periodType, int startYear,
      CycleDeadlines deadlines, Instant now) {
    GeneratedKeyHolder key = new GeneratedKeyHolder();
    jdbc.sql("""
            insert into ss_cycle (municipality_id, business_key, title, period_type, start_year, list_due, documents_due,
            stage1_due, stage2_due, final_due, status, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(municipalityId, businessKey, title, periodType.name(), startYear, deadlines.listDue(),
            deadlines.documentsDue(), deadlines.stage1Due(), deadlines.stage2Due(), deadlines.finalDue(),
            CycleStatus.RUNNING.name(), Timestamp.from(now))
        .update(key, "id");
    return key.getKeyAs(Number.class).longValue();
  }

  public Cycle get(long id) {
    return jdbc.sql("select * from ss_cycle where id = ?").param(id).query(CycleRepository::map).optional()
        .orElseThrow(() -> new IllegalStateException("No cycle with id " + id));
  }

  public Optional<Cycle> find(long id) {
    return jdbc.sql("select * from ss_cycle where id = ?").param(id).query(CycleRepository::map).optional();
  }

  public Optional<Cycle> findByBusinessKey(String businessKey) {
    return jdbc.sql("select * from ss_cycle where business_key = ?").param(businessKey).query(CycleRepository::map)
        .optional();
  }

  public List<Cycle> findAll() {
    return jdbc.sql("select * from ss_cycle order by start_year desc, id desc").query(CycleRepository::map).list();
  }

  /** The latest cycle that started before the given one, if any: the one whose outcomes carry over. */
  public Optional<Cycle> findPrevious(Cycle cycle) {
    return jdbc.sql("select * from ss_cycle where id <> ? and start_year < ? order by start_year desc, id desc")
        .params(cycle.id(), cycle.startYear()).query(CycleRepository::map).list().stream().findFirst();
  }

  public void setProcessInstance(long id, String processInstanceId) {
    jdbc.sql("update ss_cycle set process_instance_id = ? where id = ?").params(processInstanceId, id).update();
  }

  public void markListApproved(long id, Instant at) {
    jdbc.sql("update ss_cycle set list_approved_at = ? where id = ?").params(Timestamp.from(at), id).update();
  }

  public void markPairsApproved(long id, Instant at) {
    jdbc.sql("update ss_cycle set pairs_approved_at = ? where id = ?").params(Timestamp.from(at), id).update();
  }

  public void setOrder(long id, String number, LocalDate date) {
    jdbc.sql("update ss_cycle set order_number = ?, order_date = ? where id = ?").params(number, date, id).update();
  }

  public void setStatus(long id, CycleStatus status) {
    jdbc.sql("update ss_cycle set status = ? where id = ?").params(status.name(), id).update();
  }

  public void saveDocument(long cycleId, String kind, String fileName, byte[] content, Instant now) {
    jdbc.sql("delete from ss_cycle_document where cycle_id = ? and kind = ?").params(cycleId, kind).update();
    jdbc.sql("insert into ss_cycle_document (cycle_id, kind, file_name, content, created_at) values (?, ?, ?, ?, ?)")
        .params(cycleId, kind, fileName, content, Timestamp.from(now)).update();
  }

  public Optional<CycleDocument> findDocument(long cycleId, String kind) {
    return jdbc.sql("select file_name, content from ss_cycle_document where cycle_id = ? and kind = ?")
        .params(cycleId, kind)
        .query((rs, row) -> new CycleDocument(rs.getString("file_name"), rs.getBytes("content"))).optional();
  }

  private static Cycle map(ResultSet rs, int row) throws SQLException {
    return new Cycle(rs.getLong("id"), rs.getString("business_key"), rs.getString("title"),
        PeriodType.valueOf(rs.getString("period_type")), rs.getInt("start_year"),
        new CycleDeadlines(rs.getObject("list_due", LocalDate.class), rs.getObject("documents_due", LocalDate.class),
            rs.getObject("stage1_due", LocalDate.class), rs.getObject("stage2_due", LocalDate.class),
            rs.getObject("final_due", LocalDate.class)),
        CycleStatus.valueOf(rs.getString("status")), rs.getString("order_number"),
        rs.getObject("order_date", LocalDate.class), rs.getString("process_instance_id"));
  }

  /** A stored document: its file name and bytes. */
  public record CycleDocument(String fileName, byte[] content) {
  }
}
