package ru.schoolsupport.access;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.context.annotation.Lazy;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import ru.schoolsupport.process.CommonVariables;

/**
 * «Мои школы» in Tasklist (docs/adr/0045): a filter of each person who watches schools, owned by them (the
 * engine grants a filter's owner alone all permissions on it), listing the open tasks of the instances of
 * their watched schools: each school's year in the running cycles and its open document revision, named by
 * instance id ({@code processInstanceIdIn}, read along the task's instance index). Tasklist runs it with the
 * person's own authorizations, so it shows only the tasks they may see anyway.
 *
 * <p>Kept up to date from our tables when the person watches or unwatches a school, when a school's year or
 * revision starts (for the school's watchers) and at start-up; a person who watches nothing has no filter.
 * The filter is written by the application itself, without the logged-in user's authentication, as a
 * timer would: the person changing the watchlist may not update a filter (their own is theirs, but the
 * coordinator starting a cycle may not touch a curator's).
 */
@Component
public class MySchoolsFilter {

  public static final String NAME = "Мои школы";
  /** An instance id no instance has: a filter of watched schools with no running instance lists nothing. */
  static final String NO_INSTANCE = "none";

  private final FilterService filters;
  private final TaskService tasks;
  private final IdentityService identity;
  private final JdbcClient jdbc;

  public MySchoolsFilter(@Lazy FilterService filters, @Lazy TaskService tasks, @Lazy IdentityService identity,
      JdbcClient jdbc) {
    this.filters = filters;
    this.tasks = tasks;
    this.identity = identity;
    this.jdbc = jdbc;
  }

  /** The person's filter as their watchlist and the running instances of its schools are now. */
  public void refresh(String login) {
    if (login == null) {
      return;
    }
    asTheApplication(() -> {
      List<String> schools = jdbc.sql("select school_code from ss_school_watch where login = ? order by school_code")
          .param(login).query(String.class).list();
      Filter filter = filters.createFilterQuery().filterName(NAME).filterOwner(login).list().stream().findFirst()
          .orElse(null);
      if (schools.isEmpty()) {
        if (filter != null) {
          filters.deleteFilter(filter.getId());
        }
        return null;
      }
      Set<String> instances = new LinkedHashSet<>(instancesOf(Set.copyOf(schools)));
      if (instances.isEmpty()) {
        instances.add(NO_INSTANCE);
      }
      if (filter == null) {
        filter = filters.newTaskFilter(NAME).setOwner(login);
      }
      Map<String, Object> properties = new LinkedHashMap<>();
      properties.put("description", "Открытые задачи школ, за которыми вы следите («Мои школы»): "
          + String.join(", ", schools));
      properties.put("priority", 5);
      properties.put("refresh", true);
      properties.put("variables", List.of(
          Map.of("name", CommonVariables.SCHOOL_NAME, "label", "Школа"),
          Map.of("name", CommonVariables.SUBJECT, "label", "Тема")));
      filter.setProperties(properties);
      filter.setQuery(tasks.createTaskQuery().processInstanceIdIn(instances.toArray(String[]::new))
          .orderByTaskDescription().asc().orderByDueDate().asc());
      filters.saveFilter(filter);
      return null;
    });
  }

  /** A school's year or revision started: its watchers' filters take the new instance in. */
  public void schoolInstanceStarted(String schoolCode) {
    jdbc.sql("select login from ss_school_watch where school_code = ?").param(schoolCode).query(String.class).list()
        .forEach(this::refresh);
  }

  /** Every watcher's filter, at start-up (a deployment may have changed which instances count). */
  public void refreshAll() {
    jdbc.sql("select distinct login from ss_school_watch").query(String.class).list().forEach(this::refresh);
  }

  /** The instances of these schools that may have open tasks: their years in running cycles, their open revisions. */
  List<String> instancesOf(Set<String> schoolCodes) {
    return jdbc.sql("""
            select cs.process_instance_id from ss_cycle_school cs
            join ss_school s on s.id = cs.school_id join ss_cycle c on c.id = cs.cycle_id
            where s.code in (:codes) and c.status = 'RUNNING' and cs.process_instance_id is not null
            union
            select r.process_instance_id from ss_document_revision r join ss_school s on s.id = r.open_school_id
            where s.code in (:codes) and r.process_instance_id is not null""")
        .param("codes", schoolCodes).query(String.class).list();
  }

  private <T> T asTheApplication(Supplier<T> work) {
    Authentication user = identity.getCurrentAuthentication();
    identity.clearAuthentication();
    try {
      return work.get();
    } finally {
      if (user != null) {
        identity.setAuthentication(user);
      }
    }
  }
}
