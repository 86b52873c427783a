package ru.schoolsupport.access;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.context.annotation.Lazy;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import ru.schoolsupport.process.CommonVariables;

/**
 * «Мои школы» in Tasklist (docs/adr/0045): a filter of each person who watches schools, owned by them (the
 * engine grants a filter's owner alone all permissions on it), listing the open tasks whose instance is about
 * a watched school: an OR query on the process variable {@code schoolCode}, which every process about a school
 * sets (its year, its document revisions, assignments to it). Tasklist runs it with the person's own
 * authorizations, so it shows only the tasks they may see anyway.
 *
 * <p>Not {@code processInstanceIdIn}: Camunda 7.24's {@code TaskQueryImpl.extend} drops a filter's instance
 * ids whenever the request adds criteria of its own (Tasklist always adds its sorting), so the filter listed
 * every task the user may see. The variable criteria of an OR query survive the extension, and stay right as
 * instances start and end and business keys change (ADR 0038): the filter changes only with the watchlist.
 *
 * <p>Kept up to date when the person watches or unwatches a school, and at start-up; a person who watches
 * nothing has no filter. The filter is written by the application itself, without the logged-in user's
 * authentication, as a timer would (nothing is granted but the owner's own filter).
 */
@Component
public class MySchoolsFilter {

  public static final String NAME = "Мои школы";

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

  /** The person's filter as their watchlist is now (none when they watch nothing). */
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
      TaskQuery query = tasks.createTaskQuery().or();
      for (String school : schools) {
        query = query.processVariableValueEquals(CommonVariables.SCHOOL_CODE, school);
      }
      filter.setQuery(query.endOr().orderByTaskDescription().asc().orderByDueDate().asc());
      filters.saveFilter(filter);
      return null;
    });
  }

  /** Every watcher's filter, at start-up (a filter an earlier version wrote is written anew). */
  public void refreshAll() {
    jdbc.sql("select distinct login from ss_school_watch").query(String.class).list().forEach(this::refresh);
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
