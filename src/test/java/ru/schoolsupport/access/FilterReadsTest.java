package ru.schoolsupport.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.persistence.entity.FilterEntity;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import ru.schoolsupport.SchoolSupportTest;
import ru.schoolsupport.access.FilterCatalog.FilterGrant;

/**
 * A filter a user has just run is run again as it was read, and read afresh once it changed, its
 * grants changed, or a few seconds passed; a user it is not granted to is refused every time.
 */
@SchoolSupportTest
class FilterReadsTest {

  static final String USER = "filters.reader";
  static final String GROUP = "filters-readers";

  @Autowired FilterService filters;
  @Autowired TaskService tasks;
  @Autowired IdentityService identity;
  @Autowired AuthorizationService authorizations;
  @Autowired FilterCatalog catalog;

  Filter filter;
  String grant;
  Task first;
  Task second;

  @BeforeEach
  void aFilterGrantedToAGroup() {
    first = task("Задача фильтра 1");
    second = task("Задача фильтра 2");
    filter = filters.saveFilter(filters.newTaskFilter("Проверка фильтра")
        .setQuery(tasks.createTaskQuery().taskName(first.getName())));
    Authorization authorization = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
    authorization.setGroupId(GROUP);
    authorization.setResource(Resources.FILTER);
    authorization.setResourceId(filter.getId());
    authorization.addPermission(Permissions.READ);
    grant = authorizations.saveAuthorization(authorization).getId();
    // the test's user may read every task: what the filter shows is the filter's doing alone
    Authorization everyTask = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
    everyTask.setUserId(USER);
    everyTask.setResource(Resources.TASK);
    everyTask.setResourceId("*");
    everyTask.addPermission(Permissions.READ);
    authorizations.saveAuthorization(everyTask);
  }

  @AfterEach
  void removeThem() {
    identity.clearAuthentication();
    if (filters.getFilter(filter.getId()) != null) {
      filters.deleteFilter(filter.getId());
    }
    authorizations.createAuthorizationQuery().userIdIn(USER).list()
        .forEach(a -> authorizations.deleteAuthorization(a.getId()));
    tasks.deleteTask(first.getId(), true);
    tasks.deleteTask(second.getId(), true);
  }

  @Test
  void aFilterJustRunIsRunAsItWasReadAndAChangeOfItIsRunAtOnce() {
    assertThat(names(run())).containsExactly(first.getName());
    assertThat(catalog.row(filter.getId())).isPresent();
    assertThat(names(run())).as("run again as it was read").containsExactly(first.getName());

    Filter changed = filters.getFilter(filter.getId());
    changed.setQuery(tasks.createTaskQuery().taskName(second.getName()));
    filters.saveFilter(changed);
    assertThat(names(run())).as("changed").containsExactly(second.getName());

    filters.deleteFilter(filter.getId());
    identity.setAuthentication(USER, List.of(GROUP));
    // its grants went with it: refused, not run as it was
    assertThatThrownBy(() -> filters.list(filter.getId())).isInstanceOf(ProcessEngineException.class);
  }

  @Test
  void aGrantTakenAwayRefusesTheFilterAtOnce() {
    assertThat(names(run())).containsExactly(first.getName());
    authorizations.deleteAuthorization(grant);
    identity.setAuthentication(USER, List.of(GROUP));
    assertThatThrownBy(() -> filters.list(filter.getId())).isInstanceOf(AuthorizationException.class);
  }

  @Test
  void aUserTheFilterIsNotGrantedToIsRefusedEveryTime() {
    identity.setAuthentication(USER, List.of("filters-others"));
    for (int i = 0; i < 2; i++) {
      assertThatThrownBy(() -> filters.list(filter.getId())).isInstanceOf(AuthorizationException.class);
    }
  }

  @Test
  void aRowIsKeptForAFewSecondsUnlessAChangeCameWhileItWasRead() {
    MutableClock clock = new MutableClock();
    FilterCatalog kept = new FilterCatalog(clock);
    FilterEntity entity = (FilterEntity) filters.getFilter(filter.getId());
    kept.keep(entity, kept.changes());
    assertThat(kept.row(filter.getId())).hasValueSatisfying(row -> {
      assertThat(row.toEntity().getName()).isEqualTo("Проверка фильтра");
      assertThat(row.toEntity().getRevision()).isEqualTo(entity.getRevision());
      assertThat(row.toEntity().getQueryInternal()).isEqualTo(entity.getQueryInternal());
      assertThat(row.toEntity().getProperties()).isEqualTo(entity.getProperties());
    });
    clock.advance(FilterCatalog.TIME_TO_LIVE.plusMillis(1));
    assertThat(kept.row(filter.getId())).isEmpty();

    long before = kept.changes();
    kept.forget("another filter");
    kept.keep(entity, before);
    assertThat(kept.row(filter.getId())).as("read while a change was made").isEmpty();
  }

  @Test
  void aGrantOnAFilterLetsItsUserItsGroupsOrEveryoneReadItOrEveryFilter() {
    int read = Permissions.READ.getValue();
    FilterGrant toUser = new FilterGrant(Authorization.AUTH_TYPE_GRANT, USER, null, "f1", read);
    assertThat(toUser.lets(USER, List.of(), "f1", read)).isTrue();
    assertThat(toUser.lets("someone", List.of(GROUP), "f1", read)).isFalse();
    assertThat(toUser.lets(USER, List.of(), "f2", read)).isFalse();
    assertThat(toUser.lets(USER, List.of(), "f1", Permissions.UPDATE.getValue())).isFalse();
    FilterGrant toGroup = new FilterGrant(Authorization.AUTH_TYPE_GRANT, null, GROUP, "*", Permissions.ALL.getValue());
    assertThat(toGroup.lets("someone", List.of("other", GROUP), "f2", read)).isTrue();
    assertThat(toGroup.lets("someone", List.of("other"), "f2", read)).isFalse();
    FilterGrant toEveryone = new FilterGrant(Authorization.AUTH_TYPE_GLOBAL, "*", null, "f3", read);
    assertThat(toEveryone.lets("anyone", List.of(), "f3", read)).isTrue();
    assertThat(new FilterGrant(Authorization.AUTH_TYPE_REVOKE, USER, null, "f1", 0).lets(USER, List.of(), "f1", 0))
        .as("a revoke lets nobody").isFalse();
  }

  private List<Task> run() {
    identity.setAuthentication(USER, List.of(GROUP));
    try {
      return filters.list(filter.getId());
    } finally {
      identity.clearAuthentication();
    }
  }

  private static List<String> names(List<Task> found) {
    return found.stream().map(Task::getName).toList();
  }

  private Task task(String name) {
    Task task = tasks.newTask();
    task.setName(name);
    tasks.saveTask(task);
    return task;
  }

  static class MutableClock extends Clock {
    private Instant now = Instant.parse("2027-01-15T10:00:00Z");

    void advance(Duration by) {
      now = now.plus(by);
    }

    @Override
    public ZoneOffset getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
