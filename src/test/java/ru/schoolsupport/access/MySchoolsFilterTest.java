package ru.schoolsupport.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import ru.schoolsupport.DossierTestCycles;
import ru.schoolsupport.SchoolSupportTest;
import ru.schoolsupport.dossier.Watchlist;
import ru.schoolsupport.listformation.CycleSchoolRepository;
import ru.schoolsupport.listformation.ListFormationService;
import ru.schoolsupport.process.CommonVariables;

/**
 * «Мои школы» in Tasklist: a curator who watches two schools has a filter of their own that lists those schools'
 * open tasks only (and only those the curator may see); unwatching takes a school's tasks out, unwatching the last
 * takes the filter away; nobody else sees it.
 */
@SchoolSupportTest
class MySchoolsFilterTest {

  @Autowired ProcessEngine engine;
  @Autowired FilterService filters;
  @Autowired IdentityService identity;
  @Autowired RuntimeService runtime;
  @Autowired org.camunda.bpm.engine.TaskService tasks;
  @Autowired Watchlist watchlist;
  @Autowired ListFormationService listFormation;
  @Autowired CycleSchoolRepository cycleSchools;

  @AfterEach
  void logOut() {
    identity.clearAuthentication();
  }

  @Test
  void aCuratorsFilterListsTheWatchedSchoolsTasksOnly() {
    DossierTestCycles.atItsSchools(engine, listFormation); // schools with open tasks, if no other test made any
    // a curator and two schools of which the curator sees open tasks (other tests may have ended some instances)
    String curator = null;
    Map<String, List<Task>> visible = Map.of();
    for (String login : List.of("curator1", "curator2")) {
      visible = as(login, () -> tasks.createTaskQuery().list()).stream()
          .filter(t -> runtime.getVariable(t.getExecutionId(), CommonVariables.SCHOOL_CODE) instanceof String)
          .collect(Collectors.groupingBy(t -> (String) runtime.getVariable(t.getExecutionId(), CommonVariables.SCHOOL_CODE)));
      if (visible.size() >= 2) {
        curator = login;
        break;
      }
    }
    assertThat(curator).as("a curator who sees tasks of two schools").isNotNull();
    List<String> codes = visible.keySet().stream().sorted().toList();
    String first = codes.get(0);
    String second = codes.get(1);
    String other = curator.equals("curator1") ? "curator2" : "curator1";
    String watcher = curator;
    watchlist.schoolsOf(curator).forEach(code -> watchlist.unwatch(watcher, code)); // whatever other tests watched
    Set<String> expected = java.util.stream.Stream.concat(visible.get(first).stream(), visible.get(second).stream())
        .map(Task::getId).collect(Collectors.toSet());

    watchlist.watch(curator, first);
    watchlist.watch(curator, second);

    Filter mine = filterOf(curator);
    assertThat(mine).as("the curator's «Мои школы»").isNotNull();
    assertThat(mine.getOwner()).isEqualTo(curator);
    List<Task> listed = as(curator, () -> filters.<Task>list(mine.getId()));
    assertThat(schoolsOf(listed)).containsExactlyInAnyOrder(first, second);
    // exactly the open tasks of the two schools the curator may see
    assertThat(listed).extracting(Task::getId).containsExactlyInAnyOrderElementsOf(expected);
    // as Tasklist lists it: extended by a sorting of its own (which drops processInstanceIdIn in 7.24)
    List<Task> sorted = as(curator, () -> filters.<Task, TaskQuery>list(mine.getId(),
        tasks.createTaskQuery().orderByTaskCreateTime().desc()));
    assertThat(schoolsOf(sorted)).containsExactlyInAnyOrder(first, second);
    assertThat(as(curator, () -> filters.count(mine.getId(), tasks.createTaskQuery().orderByTaskCreateTime().desc())))
        .isEqualTo(sorted.size());
    // another user does not see it
    assertThat(filterOf(other)).isNull();
    assertThat(as(other, () -> filters.createFilterQuery().filterName(MySchoolsFilter.NAME).list()))
        .noneMatch(f -> f.getId().equals(mine.getId()));
    assertThat(as("director.sosh6", () -> filters.createFilterQuery().filterName(MySchoolsFilter.NAME).count())).isZero();

    watchlist.unwatch(curator, first);
    assertThat(schoolsOf(as(watcher, () -> filters.<Task>list(filterOf(watcher).getId())))).containsExactly(second);

    watchlist.unwatch(curator, second);
    assertThat(filterOf(curator)).as("no watched school, no filter").isNull();
  }

  /** The user's own «Мои школы» as they see their filters. */
  private Filter filterOf(String login) {
    return as(login, () -> filters.createFilterQuery().filterName(MySchoolsFilter.NAME).filterOwner(login).list())
        .stream().findFirst().orElse(null);
  }

  private Set<String> schoolsOf(List<Task> tasks) {
    return tasks.stream().map(t -> (String) runtime.getVariable(t.getExecutionId(), CommonVariables.SCHOOL_CODE))
        .collect(Collectors.toSet());
  }

  private <T> T as(String login, java.util.function.Supplier<T> work) {
    identity.setAuthentication(login, identity.createGroupQuery().groupMember(login).list().stream()
        .map(Group::getId).toList());
    try {
      return work.get();
    } finally {
      identity.clearAuthentication();
    }
  }
}
