package ru.schoolsupport.roadmap;

import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The roadmap in our tables; the marks are read from the items' assignments ({@code ss_assignment}). */
@Repository
public class RoadmapRepository {

  private final JdbcClient jdbc;

  public RoadmapRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public long insert(long cycleId, String title, String goal, String coordinator, Instant now) {
    GeneratedKeyHolder key = new GeneratedKeyHolder();
    jdbc.sql("""
            insert into ss_roadmap (cycle_id, title, goal, status, coordinator_login, created_at, updated_at)
            values (?, ?, ?, ?, ?, ?, ?)""")
        .params(cycleId, title, goal, RoadmapStatus.DRAFT.name(), coordinator, Timestamp.from(now), Timestamp.from(now))
        .update(key, "id");
    return key.getKeyAs(Number.class).longValue();
  }

  public Optional<Roadmap> findByCycle(long cycleId) {
    return jdbc.sql("select * from ss_roadmap where cycle_id = ?").param(cycleId).query(RoadmapRepository::map)
        .optional();
  }

  public Optional<Roadmap> find(long id) {
    return jdbc.sql("select * from ss_roadmap where id = ?").param(id).query(RoadmapRepository::map).optional();
  }

  public void updateHeader(long id, String title, String goal, Instant now) {
    jdbc.sql("update ss_roadmap set title = ?, goal = ?, updated_at = ? where id = ?")
        .params(title, goal, Timestamp.from(now), id).update();
  }

  public void setCoordinator(long id, String login) {
    jdbc.sql("update ss_roadmap set coordinator_login = ? where id = ?").params(login, id).update();
  }

  public void setProcessInstance(long id, String processInstanceId) {
    jdbc.sql("update ss_roadmap set process_instance_id = ? where id = ?").params(processInstanceId, id).update();
  }

  public void setStatus(long id, RoadmapStatus status, Instant now) {
    jdbc.sql("update ss_roadmap set status = ?, updated_at = ? where id = ?")
        .params(status.name(), Timestamp.from(now), id).update();
  }

  public void recordReturned(long id, String comment, Instant now) {
    jdbc.sql("""
            update ss_roadmap set status = ?, head_comment = ?, return_count = return_count + 1, updated_at = ?
            where id = ?""")
        .params(RoadmapStatus.DRAFT.name(), comment, Timestamp.from(now), id).update();
  }

  public void recordApproved(long id, String head, String comment, int version, Instant now) {
    jdbc.sql("""
            update ss_roadmap set status = ?, head_comment = ?, approved_by = ?, approved_at = ?, version = ?,
            updated_at = ? where id = ?""")
        .params(RoadmapStatus.APPROVED.name(), comment, head, Timestamp.from(now), version, Timestamp.from(now), id)
        .update();
  }

  public void setVersion(long id, int version, Instant now) {
    jdbc.sql("update ss_roadmap set version = ?, updated_at = ? where id = ?")
        .params(version, Timestamp.from(now), id).update();
  }

  // sections

  public List<RoadmapSection> sections(long roadmapId) {
    return jdbc.sql("select * from ss_roadmap_section where roadmap_id = ? order by position, id").param(roadmapId)
        .query((rs, n) -> new RoadmapSection(rs.getLong("id"), rs.getInt("position"), rs.getString("title"))).list();
  }

  public long insertSection(long roadmapId, int position, String title) {
    GeneratedKeyHolder key = new GeneratedKeyHolder();
    jdbc.sql("insert into ss_roadmap_section (roadmap_id, position, title) values (?, ?, ?)")
        .params(roadmapId, position, title).update(key, "id");
    return key.getKeyAs(Number.class).longValue();
  }

  public void renameSection(long sectionId, String title) {
    jdbc.sql("update ss_roadmap_section set title = ? where id = ?").params(title, sectionId).update();
  }

  // items

  public long insertItem(long roadmapId, RoadmapItem item) {
    GeneratedKeyHolder key = new GeneratedKeyHolder();
    jdbc.sql("""
            insert into ss_roadmap_item (roadmap_id, section_id, position, stage, content, period, due_date, indicator)
            values (?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(roadmapId, item.sectionId(), item.position(), item.stage(), item.content(), item.period(),
            item.dueDate(), item.indicator())
        .update(key, "id");
    long id = key.getKeyAs(Number.class).longValue();
    for (ItemExecutor executor : item.executors()) {
      insertExecutor(id, executor);
    }
    return id;
  }

  public void insertExecutor(long itemId, ItemExecutor executor) {
    jdbc.sql("insert into ss_roadmap_executor (item_id, kind, ref, assignment_id) values (?, ?, ?, ?)")
        .params(itemId, executor.kind().name(), executor.ref(), executor.assignmentId()).update();
  }

  public void updateItem(RoadmapItem item) {
    jdbc.sql("""
            update ss_roadmap_item set section_id = ?, stage = ?, content = ?, period = ?, due_date = ?, indicator = ?
            where id = ?""")
        .params(item.sectionId(), item.stage(), item.content(), item.period(), item.dueDate(), item.indicator(),
            item.id())
        .update();
  }

  /** Removes a section with no items left (the removed items keep no section). */
  public void removeSection(long sectionId) {
    jdbc.sql("update ss_roadmap_item set section_id = null where section_id = ? and removed = ?")
        .params(sectionId, true).update();
    jdbc.sql("delete from ss_roadmap_section where id = ?").param(sectionId).update();
  }

  public void removeItem(long itemId) {
    jdbc.sql("update ss_roadmap_item set removed = ? where id = ?").params(true, itemId).update();
  }

  /** Removes the items of a draft (and their executors) for good: a draft replaced by an imported table. */
  public void deleteDraftContent(long roadmapId) {
    jdbc.sql("""
            delete from ss_roadmap_executor where item_id in (select id from ss_roadmap_item where roadmap_id = ?)""")
        .param(roadmapId).update();
    jdbc.sql("delete from ss_roadmap_item where roadmap_id = ?").param(roadmapId).update();
    jdbc.sql("delete from ss_roadmap_section where roadmap_id = ?").param(roadmapId).update();
  }

  public void deleteExecutorsWithoutAssignment(long itemId) {
    jdbc.sql("delete from ss_roadmap_executor where item_id = ? and assignment_id is null").param(itemId).update();
  }

  public void setAssignment(long executorId, long assignmentId) {
    jdbc.sql("update ss_roadmap_executor set assignment_id = ? where id = ?").params(assignmentId, executorId).update();
  }

  /** The items in order (section, then position), each with its executors; removed items left out. */
  public List<RoadmapItem> items(long roadmapId) {
    Map<Long, List<ItemExecutor>> executors = new LinkedHashMap<>();
    jdbc.sql("""
            select e.* from ss_roadmap_executor e join ss_roadmap_item i on i.id = e.item_id
            where i.roadmap_id = ? order by e.id""")
        .param(roadmapId)
        .query((ResultSet rs) -> {
          executors.computeIfAbsent(rs.getLong("item_id"), k -> new ArrayList<>())
              .add(new ItemExecutor(rs.getLong("id"), RoadmapExecutorKind.valueOf(rs.getString("kind")),
                  rs.getString("ref"), (Long) rs.getObject("assignment_id", Long.class)));
        });
    return jdbc.sql("""
            select i.* from ss_roadmap_item i left join ss_roadmap_section s on s.id = i.section_id
            where i.roadmap_id = ? and i.removed = false order by s.position, i.position, i.id""")
        .param(roadmapId)
        .query((rs, n) -> new RoadmapItem(rs.getLong("id"), (Long) rs.getObject("section_id", Long.class),
            rs.getInt("position"), rs.getInt("stage"), rs.getString("content"), rs.getString("period"),
            rs.getObject("due_date", LocalDate.class), rs.getString("indicator"),
            List.copyOf(executors.getOrDefault(rs.getLong("id"), List.of()))))
        .list();
  }

  public Optional<Long> roadmapOfItem(long itemId) {
    return jdbc.sql("select roadmap_id from ss_roadmap_item where id = ? and removed = false").param(itemId)
        .query(Long.class).optional();
  }

  /** Every executor's mark, read from the items' assignments. */
  public List<ItemMark> marks(long roadmapId) {
    return jdbc.sql("""
            select e.item_id, e.kind, e.ref, e.assignment_id, a.status, a.report_text, a.report_link, a.reported_at,
                   a.reported_by, a.completed_at, a.deadline, a.overdue, a.return_count, f.id as evidence_id,
                   f.file_name as evidence_name, a.execution_result
            from ss_roadmap_executor e join ss_roadmap_item i on i.id = e.item_id
            left join ss_assignment a on a.id = e.assignment_id
            left join ss_roadmap_evidence f on f.assignment_id = e.assignment_id
            where i.roadmap_id = ? and i.removed = false order by e.item_id, e.id""")
        .param(roadmapId)
        .query((rs, n) -> new ItemMark(rs.getLong("item_id"), RoadmapExecutorKind.valueOf(rs.getString("kind")),
            rs.getString("ref"), (Long) rs.getObject("assignment_id", Long.class), rs.getString("status"),
            rs.getString("report_text"), rs.getString("report_link"), instant(rs, "reported_at"),
            rs.getString("reported_by"), instant(rs, "completed_at"), rs.getObject("deadline", LocalDate.class),
            rs.getBoolean("overdue"), rs.getInt("return_count"), (Long) rs.getObject("evidence_id", Long.class),
            rs.getString("evidence_name"), rs.getString("execution_result")))
        .list();
  }

  public void setAttachedToOrder(long id, boolean attached) {
    jdbc.sql("update ss_roadmap set attached_to_order = ? where id = ?").params(attached, id).update();
  }

  // evidence files

  /** An evidence file's description (without its content). */
  public record Evidence(long id, long assignmentId, long itemId, String fileName, String contentType, long size,
      String uploadedBy, Instant uploadedAt) {
  }

  /** Keeps the file as the evidence of the assignment's mark, replacing an earlier one. */
  public void saveEvidence(long assignmentId, long itemId, String fileName, String contentType, byte[] content,
      String by, Instant now) {
    jdbc.sql("delete from ss_roadmap_evidence where assignment_id = ?").param(assignmentId).update();
    jdbc.sql("""
            insert into ss_roadmap_evidence (assignment_id, item_id, file_name, content_type, size_bytes, content,
            uploaded_by, uploaded_at) values (?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(assignmentId, itemId, fileName, contentType, content.length, content, by, Timestamp.from(now)).update();
  }

  public Optional<Evidence> evidenceOf(long assignmentId) {
    return jdbc.sql("""
            select id, assignment_id, item_id, file_name, content_type, size_bytes, uploaded_by, uploaded_at
            from ss_roadmap_evidence where assignment_id = ?""")
        .param(assignmentId).query((rs, n) -> evidence(rs)).optional();
  }

  public Optional<Evidence> evidence(long id) {
    return jdbc.sql("""
            select id, assignment_id, item_id, file_name, content_type, size_bytes, uploaded_by, uploaded_at
            from ss_roadmap_evidence where id = ?""")
        .param(id).query((rs, n) -> evidence(rs)).optional();
  }

  public byte[] evidenceContent(long id) {
    return jdbc.sql("select content from ss_roadmap_evidence where id = ?").param(id)
        .query((rs, n) -> rs.getBytes("content")).single();
  }

  private static Evidence evidence(ResultSet rs) throws SQLException {
    return new Evidence(rs.getLong("id"), rs.getLong("assignment_id"), rs.getLong("item_id"), rs.getString("file_name"),
        rs.getString("content_type"), rs.getLong("size_bytes"), rs.getString("uploaded_by"), instant(rs, "uploaded_at"));
  }

  /** The roadmap item an assignment carries out, if it is one. */
  public Optional<Long> itemOfAssignment(long assignmentId) {
    return jdbc.sql("select item_id from ss_roadmap_executor where assignment_id = ?").param(assignmentId)
        .query(Long.class).optional();
  }

  // versions

  public void insertVersion(long roadmapId, int version, String by, String reason, String snapshotJson, Instant now) {
    jdbc.sql("""
            insert into ss_roadmap_version (roadmap_id, version, changed_by, changed_at, reason, snapshot)
            values (?, ?, ?, ?, ?, ?)""")
        .params(roadmapId, version, by, Timestamp.from(now), reason, snapshotJson.getBytes(StandardCharsets.UTF_8))
        .update();
  }

  public List<RoadmapVersion> versions(long roadmapId) {
    return jdbc.sql("select * from ss_roadmap_version where roadmap_id = ? order by version").param(roadmapId)
        .query((rs, n) -> new RoadmapVersion(rs.getInt("version"), rs.getString("changed_by"),
            instant(rs, "changed_at"), rs.getString("reason"),
            new String(rs.getBytes("snapshot"), StandardCharsets.UTF_8)))
        .list();
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    Timestamp value = rs.getTimestamp(column);
    return value == null ? null : value.toInstant();
  }

  private static Roadmap map(ResultSet rs, int row) throws SQLException {
    return new Roadmap(rs.getLong("id"), rs.getLong("cycle_id"), rs.getString("title"), rs.getString("goal"),
        RoadmapStatus.valueOf(rs.getString("status")), rs.getInt("version"), rs.getString("coordinator_login"),
        rs.getString("head_comment"), rs.getInt("return_count"), rs.getString("approved_by"),
        instant(rs, "approved_at"), rs.getString("process_instance_id"), rs.getBoolean("attached_to_order"));
  }

  /** One approval or change after it. */
  public record RoadmapVersion(int version, String changedBy, Instant changedAt, String reason, String snapshot) {
  }
}
