package ru.schoolsupport.reminders;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import ru.schoolsupport.directory.SchoolGroups;
import ru.schoolsupport.process.CommonVariables;
import ru.schoolsupport.process.WorkCalendar;

/**
 * Reads open user tasks straight from the engine's tables, a page at a time (keyset on the task id),
 * with their candidate users and groups, process names and schools fetched for the whole page at
 * once: one scan over 50,000 open tasks is a hundred small queries, not one per task.
 */
@Repository
public class OpenTasks {

  /** An active task (not suspended) in ACT_RU_TASK. */
  private static final int ACTIVE = 1;

  private final JdbcClient jdbc;
  private final WorkCalendar calendar;

  public OpenTasks(JdbcClient jdbc, WorkCalendar calendar) {
    this.jdbc = jdbc;
    this.calendar = calendar;
  }

  /** Hands every active task due before the given instant to the consumer, page by page, in task id order. */
  public void forEachPage(Instant dueBefore, int pageSize, Consumer<List<OpenTask>> consumer) {
    String after = "";
    while (true) {
      List<Row> rows = jdbc.sql("""
              select ID_, NAME_, ASSIGNEE_, DUE_DATE_, PROC_INST_ID_, PROC_DEF_ID_ from ACT_RU_TASK
              where DUE_DATE_ is not null and DUE_DATE_ < ? and SUSPENSION_STATE_ = ? and ID_ > ?
              order by ID_ limit ?""")
          .params(Timestamp.from(dueBefore), ACTIVE, after, pageSize)
          .query(OpenTasks::row).list();
      if (rows.isEmpty()) {
        return;
      }
      consumer.accept(complete(rows));
      if (rows.size() < pageSize) {
        return;
      }
      after = rows.get(rows.size() - 1).id();
    }
  }

  /** The open tasks among the given ids (the others were completed or cancelled). */
  public Map<String, OpenTask> byIds(Collection<String> ids) {
    Map<String, OpenTask> found = new HashMap<>();
    for (List<String> chunk : chunks(ids)) {
      List<Row> rows = jdbc.sql("""
              select ID_, NAME_, ASSIGNEE_, DUE_DATE_, PROC_INST_ID_, PROC_DEF_ID_ from ACT_RU_TASK
              where DUE_DATE_ is not null and ID_ in (:ids)""")
          .param("ids", chunk).query(OpenTasks::row).list();
      complete(rows).forEach(task -> found.put(task.id(), task));
    }
    return found;
  }

  /** The due date of an open task, or null if it no longer exists (or has none). */
  public Instant dueAt(String taskId) {
    return jdbc.sql("select DUE_DATE_ from ACT_RU_TASK where ID_ = ?").param(taskId)
        .query((rs, n) -> rs.getTimestamp(1)).optional().map(Timestamp::toInstant).orElse(null);
  }

  private record Row(String id, String name, String assignee, Instant dueAt, String processInstanceId,
      String processDefinitionId) {
  }

  private static Row row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
    return new Row(rs.getString(1), rs.getString(2), rs.getString(3), rs.getTimestamp(4).toInstant(), rs.getString(5),
        rs.getString(6));
  }

  private List<OpenTask> complete(List<Row> rows) {
    if (rows.isEmpty()) {
      return List.of();
    }
    List<String> taskIds = rows.stream().map(Row::id).toList();
    Map<String, List<String>> users = new HashMap<>();
    Map<String, List<String>> groups = new HashMap<>();
    jdbc.sql("select TASK_ID_, USER_ID_, GROUP_ID_ from ACT_RU_IDENTITYLINK where TYPE_ = 'candidate' and TASK_ID_ in (:ids)")
        .param("ids", taskIds)
        .query(rs -> {
          if (rs.getString(2) != null) {
            users.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2));
          }
          if (rs.getString(3) != null) {
            groups.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(3));
          }
        });
    Set<String> definitionIds = new java.util.HashSet<>();
    Set<String> instanceIds = new java.util.HashSet<>();
    rows.forEach(r -> {
      if (r.processDefinitionId() != null) {
        definitionIds.add(r.processDefinitionId());
        instanceIds.add(r.processInstanceId());
      }
    });
    Map<String, String> processNames = new HashMap<>();
    Map<String, String> schools = new HashMap<>();
    if (!definitionIds.isEmpty()) {
      jdbc.sql("select ID_, NAME_, KEY_ from ACT_RE_PROCDEF where ID_ in (:ids)").param("ids", definitionIds)
          .query(rs -> {
            processNames.put(rs.getString(1), rs.getString(2) != null ? rs.getString(2) : rs.getString(3));
          });
      jdbc.sql("""
              select PROC_INST_ID_, TEXT_ from ACT_RU_VARIABLE
              where NAME_ = :name and EXECUTION_ID_ = PROC_INST_ID_ and TASK_ID_ is null and PROC_INST_ID_ in (:ids)""")
          .param("name", CommonVariables.SCHOOL_CODE).param("ids", instanceIds)
          .query(rs -> {
            schools.put(rs.getString(1), rs.getString(2));
          });
    }
    Map<String, OpenTask> tasks = new LinkedHashMap<>();
    for (Row r : rows) {
      List<String> candidateGroups = groups.getOrDefault(r.id(), List.of());
      String school = r.processInstanceId() == null ? null : schools.get(r.processInstanceId());
      if (school == null) {
        school = candidateGroups.stream().filter(SchoolGroups::isSchoolGroup).findFirst()
            .map(g -> g.substring(SchoolGroups.PREFIX.length())).orElse(null);
      }
      tasks.put(r.id(), new OpenTask(r.id(), r.name(), r.dueAt(), calendar.toDate(java.util.Date.from(r.dueAt())),
          r.assignee(), users.getOrDefault(r.id(), List.of()), candidateGroups, r.processInstanceId(),
          r.processDefinitionId() == null ? null : processNames.get(r.processDefinitionId()), school));
    }
    return new ArrayList<>(tasks.values());
  }

  static <T> List<List<T>> chunks(Collection<T> items) {
    List<List<T>> chunks = new ArrayList<>();
    List<T> all = new ArrayList<>(items);
    for (int i = 0; i < all.size(); i += 500) {
      chunks.add(all.subList(i, Math.min(all.size(), i + 500)));
    }
    return chunks;
  }
}
