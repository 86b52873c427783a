package ru.schoolsupport.roadmap;

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

/** The events register in {@code ss_event} and the schools that took part in {@code ss_event_school}. */
@Repository
public class EventRepository {

  private final JdbcClient jdbc;

  public EventRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public long insert(CycleEvent e, Instant now) {
    GeneratedKeyHolder key = new GeneratedKeyHolder();
    jdbc.sql("""
            insert into ss_event (cycle_id, held_on, kind, topic, host_org, host_person, format, participants,
            materials_link, roadmap_item_id, created_by, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(e.cycleId(), e.heldOn(), e.kind().name(), e.topic(), e.hostOrganisation(), e.hostPerson(),
            e.format().name(), e.participants(), e.materialsLink(), e.roadmapItemId(), e.createdBy(),
            Timestamp.from(now))
        .update(key, "id");
    long id = key.getKeyAs(Number.class).longValue();
    insertSchools(id, e.schools());
    return id;
  }

  public void update(CycleEvent e) {
    jdbc.sql("""
            update ss_event set held_on = ?, kind = ?, topic = ?, host_org = ?, host_person = ?, format = ?,
            participants = ?, materials_link = ?, roadmap_item_id = ? where id = ?""")
        .params(e.heldOn(), e.kind().name(), e.topic(), e.hostOrganisation(), e.hostPerson(), e.format().name(),
            e.participants(), e.materialsLink(), e.roadmapItemId(), e.id())
        .update();
    jdbc.sql("delete from ss_event_school where event_id = ?").param(e.id()).update();
    insertSchools(e.id(), e.schools());
  }

  public void delete(long id) {
    jdbc.sql("delete from ss_event_school where event_id = ?").param(id).update();
    jdbc.sql("delete from ss_event where id = ?").param(id).update();
  }

  private void insertSchools(long id, List<String> schools) {
    for (String school : schools) {
      jdbc.sql("insert into ss_event_school (event_id, school_code) values (?, ?)").params(id, school).update();
    }
  }

  public Optional<CycleEvent> find(long id) {
    return load("select * from ss_event where id = ?", id).stream().findFirst();
  }

  /** The cycle's events by date. */
  public List<CycleEvent> ofCycle(long cycleId) {
    return load("select * from ss_event where cycle_id = ? order by held_on, id", cycleId);
  }

  private List<CycleEvent> load(String sql, long param) {
    Map<Long, List<String>> schools = new LinkedHashMap<>();
    List<CycleEvent> events = jdbc.sql(sql).param(param).query((rs, n) -> new CycleEvent(rs.getLong("id"),
        rs.getLong("cycle_id"), rs.getObject("held_on", LocalDate.class), EventKind.valueOf(rs.getString("kind")),
        rs.getString("topic"), rs.getString("host_org"), rs.getString("host_person"),
        EventFormat.valueOf(rs.getString("format")), (Integer) rs.getObject("participants", Integer.class),
        rs.getString("materials_link"), (Long) rs.getObject("roadmap_item_id", Long.class), List.of(),
        rs.getString("created_by"))).list();
    if (events.isEmpty()) {
      return events;
    }
    String ids = String.join(",", events.stream().map(e -> String.valueOf(e.id())).toList());
    jdbc.sql("select event_id, school_code from ss_event_school where event_id in (" + ids + ") order by school_code")
        .query(rs -> {
          schools.computeIfAbsent(rs.getLong("event_id"), k -> new ArrayList<>()).add(rs.getString("school_code"));
        });
    return events.stream().map(e -> new CycleEvent(e.id(), e.cycleId(), e.heldOn(), e.kind(), e.topic(),
        e.hostOrganisation(), e.hostPerson(), e.format(), e.participants(), e.materialsLink(), e.roadmapItemId(),
        List.copyOf(schools.getOrDefault(e.id(), List.of())), e.createdBy())).toList();
  }
}
