package ru.schoolsupport.schoolyear;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import ru.schoolsupport.process.TransactionMemo;

/** Every version of a school's documents, and the curator's reviews. */
@Repository
public class SchoolDocumentRepository {

  private final JdbcClient jdbc;
  /** For a version's measures and indicators, sent to the database in one batch each. */
  private final JdbcTemplate batches;

  public SchoolDocumentRepository(JdbcClient jdbc, JdbcTemplate batches) {
    this.jdbc = jdbc;
    this.batches = batches;
  }

  /** Stores a new version; returns its number (1, 2, …). */
  public int saveVersion(long cycleId, String schoolCode, DocumentSubmission d, String submittedBy, Instant at) {
    return saveVersion(cycleId, schoolCode, d, submittedBy, at, null, null, null);
  }

  /**
   * Stores a new version, of a revision of accepted documents when {@code revisionId} is set (with what the
   * school says changed and why); returns its number.
   */
  public int saveVersion(long cycleId, String schoolCode, DocumentSubmission d, String submittedBy, Instant at,
      Long revisionId, String revisedDocuments, String revisionNote) {
    latestVersions.forget();
    latestVersionIds.forget();
    int version = jdbc.sql("""
            select coalesce(max(v.version), 0) + 1 from ss_document_version v
            where v.cycle_id = ? and v.school_id = (select id from ss_school where code = ?)""").params(cycleId, schoolCode).query(Integer.class).single();
    GeneratedKeyHolder key = new GeneratedKeyHolder();
    jdbc.sql("""
            insert into ss_document_version (cycle_id, school_id, version, concept_link, concept_summary, roadmap_link,
            submitted_by, submitted_at, revision_id, revised_documents, revision_note)
            values (?, (select id from ss_school where code = ?), ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(cycleId, schoolCode, version, d.conceptLink(), d.conceptSummary(), d.roadmapLink(), submittedBy,
            Timestamp.from(at), revisionId, revisedDocuments, revisionNote)
        .update(key, "id");
    long versionId = key.getKeyAs(Number.class).longValue();
    // the programmes one by one (their ids are needed), their measures and indicators in a batch each
    List<Object[]> measures = new ArrayList<>();
    List<Object[]> indicators = new ArrayList<>();
    for (DocumentSubmission.Programme p : d.programmes()) {
      GeneratedKeyHolder programmeKey = new GeneratedKeyHolder();
      jdbc.sql("insert into ss_programme (version_id, factor_code, goal, tasks, link) values (?, ?, ?, ?, ?)")
          .params(versionId, p.factorCode(), p.goal(), p.tasks(), p.link()).update(programmeKey, "id");
      long programmeId = programmeKey.getKeyAs(Number.class).longValue();
      int position = 0;
      for (DocumentSubmission.Measure m : p.measures()) {
        measures.add(new Object[] {programmeId, position++, m.what(), m.deadline(), m.responsible()});
      }
      position = 0;
      for (DocumentSubmission.Indicator i : p.indicators()) {
        indicators.add(new Object[] {programmeId, position++, i.name(), i.baseline(), i.target()});
      }
    }
    batches.batchUpdate("""
            insert into ss_programme_measure (programme_id, position, what, deadline, responsible)
            values (?, ?, ?, ?, ?)""", measures);
    batches.batchUpdate("""
            insert into ss_programme_indicator (programme_id, position, name, baseline, target)
            values (?, ?, ?, ?, ?)""", indicators);
    return version;
  }

  /** A stored version with its number. */
  public record Version(long id, int number, DocumentSubmission documents, Instant submittedAt) {
  }

  public Optional<Version> latest(long cycleId, String schoolCode) {
    return latestVersions.get(new VersionKey(cycleId, schoolCode), () -> readLatest(cycleId, schoolCode));
  }

  private record VersionKey(long cycleId, String schoolCode) {
  }

  /**
   * The id of the school's current version: the newest accepted one (a revision under review does not
   * replace it), or the latest while none is accepted yet. Read once per transaction: a stage report's
   * form asks it field by field.
   */
  public Optional<Long> currentVersionId(long cycleId, String schoolCode) {
    return latestVersionIds.get(new VersionKey(cycleId, schoolCode), () -> jdbc.sql("""
            select v.id from ss_document_version v
            where v.cycle_id = ? and v.school_id = (select id from ss_school where code = ?)
            order by case when v.accepted_at is null then 0 else 1 end desc, v.version desc""")
        .params(cycleId, schoolCode).query(Long.class).list().stream().findFirst());
  }

  private final TransactionMemo<VersionKey, Optional<Long>> latestVersionIds = new TransactionMemo<>();

  /** A task's form reads the documents field by field: the latest version is read once per transaction. */
  private final TransactionMemo<VersionKey, Optional<Version>> latestVersions = new TransactionMemo<>();

  private Optional<Version> readLatest(long cycleId, String schoolCode) {
    return jdbc.sql("""
            select v.* from ss_document_version v
            where v.cycle_id = ? and v.school_id = (select id from ss_school where code = ?) order by v.version desc""")
        .params(cycleId, schoolCode)
        .query((rs, row) -> new Object[] {rs.getLong("id"), rs.getInt("version"), rs.getString("concept_link"),
            rs.getString("concept_summary"), rs.getString("roadmap_link"), rs.getTimestamp("submitted_at")})
        .list().stream().findFirst()
        .map(r -> new Version((Long) r[0], (Integer) r[1], new DocumentSubmission((String) r[2], (String) r[3],
            (String) r[4], programmes((Long) r[0])), ((Timestamp) r[5]).toInstant()));
  }

  /**
   * A version's programmes with their measures and indicators: three queries whatever the number of
   * programmes (a query per programme was 20,000 reads of growing tables at 5,000 schools), the measures
   * and indicators read along their programme's index.
   */
  private List<DocumentSubmission.Programme> programmes(long versionId) {
    List<Object[]> heads = jdbc.sql("""
            select p.id, p.factor_code, f.title, p.goal, p.tasks, p.link from ss_programme p
            join ss_document_version v on v.id = p.version_id
            left join ss_cycle_risk_factor f on f.cycle_id = v.cycle_id and f.code = p.factor_code
            where p.version_id = ? order by f.position""").param(versionId)
        .query((rs, row) -> new Object[] {rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
            rs.getString(5), rs.getString(6)}).list();
    if (heads.isEmpty()) {
      return List.of();
    }
    Long[] ids = heads.stream().map(p -> (Long) p[0]).toArray(Long[]::new);
    Map<Long, List<DocumentSubmission.Measure>> measures = new HashMap<>();
    jdbc.sql("""
            select programme_id, what, deadline, responsible from ss_programme_measure
            where programme_id = any(?) order by programme_id, position""").param(ids)
        .query((RowCallbackHandler) rs -> measures.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
            .add(new DocumentSubmission.Measure(rs.getString(2), rs.getObject(3, LocalDate.class), rs.getString(4))));
    Map<Long, List<DocumentSubmission.Indicator>> indicators = new HashMap<>();
    jdbc.sql("""
            select programme_id, name, baseline, target from ss_programme_indicator
            where programme_id = any(?) order by programme_id, position""").param(ids)
        .query((RowCallbackHandler) rs -> indicators.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
            .add(new DocumentSubmission.Indicator(rs.getString(2), rs.getBigDecimal(3), rs.getBigDecimal(4))));
    List<DocumentSubmission.Programme> programmes = new ArrayList<>();
    for (Object[] p : heads) {
      long id = (Long) p[0];
      programmes.add(new DocumentSubmission.Programme((String) p[1], (String) p[2], (String) p[3], (String) p[4],
          (String) p[5], measures.getOrDefault(id, List.of()), indicators.getOrDefault(id, List.of())));
    }
    return programmes;
  }

  /** The version is accepted (by the curator's review or the coordinator's decision): it becomes the current one. */
  public void markAccepted(long versionId, Instant at) {
    latestVersionIds.forget();
    jdbc.sql("update ss_document_version set accepted_at = ? where id = ? and accepted_at is null")
        .params(Timestamp.from(at), versionId).update();
  }

  /** The number of the newest accepted version, if any. */
  public Optional<Integer> acceptedVersion(long cycleId, String schoolCode) {
    return jdbc.sql("""
            select max(v.version) from ss_document_version v
            where v.cycle_id = ? and v.school_id = (select id from ss_school where code = ?) and v.accepted_at is not null""")
        .params(cycleId, schoolCode).query(Integer.class).list().stream().filter(java.util.Objects::nonNull).findFirst();
  }

  public void saveReview(long versionId, int round, String reviewer, boolean accepted, String conceptComment,
      String roadmapComment, String programmesComment, Instant at) {
    jdbc.sql("""
            insert into ss_document_review (version_id, round, reviewer, decision, concept_comment, roadmap_comment,
            programmes_comment, reviewed_at) values (?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(versionId, round, reviewer, accepted ? "ACCEPTED" : "RETURNED", conceptComment, roadmapComment,
            programmesComment, Timestamp.from(at))
        .update();
  }

  /**
   * A school's reviews, oldest first. Read in two single-table steps along their indexes (the school's
   * versions, then their reviews): as one join, PostgreSQL planned it from statistics taken while the
   * review table was still nearly empty and read both tables whole for each school (11 ms a call instead
   * of 0.1 ms, docs/adr/0003), which is how the tables grow at the start of every review window.
   */
  public List<DocumentReview> reviews(long cycleId, String schoolCode) {
    Map<Long, Integer> versions = new HashMap<>();
    jdbc.sql("""
            select id, version from ss_document_version
            where cycle_id = ? and school_id = (select id from ss_school where code = ?)""")
        .params(cycleId, schoolCode)
        .query((RowCallbackHandler) rs -> versions.put(rs.getLong("id"), rs.getInt("version")));
    if (versions.isEmpty()) {
      return List.of();
    }
    return jdbc.sql("select * from ss_document_review where version_id = any(?) order by round")
        .param(versions.keySet().toArray(Long[]::new))
        .query((rs, row) -> new DocumentReview(versions.get(rs.getLong("version_id")), rs.getInt("round"),
            rs.getString("reviewer"), "ACCEPTED".equals(rs.getString("decision")), rs.getString("concept_comment"),
            rs.getString("roadmap_comment"), rs.getString("programmes_comment"),
            rs.getTimestamp("reviewed_at").toInstant()))
        .list();
  }
}
