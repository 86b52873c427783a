package ru.schoolsupport.access;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.stereotype.Component;
import ru.schoolsupport.directory.Role;
import ru.schoolsupport.process.CommonVariables;

/**
 * The Tasklist filters everyone starts with, in Russian, each granted to the groups that should see
 * it. Created once and kept up to date by name: a restart never duplicates them.
 */
@Component
public class TasklistFilters {

  static final String MY_TASKS = "Мои задачи";
  public static final String MY_GROUP_TASKS = "Задачи моей группы";
  public static final String DUE_IN_7_DAYS = "Срок в ближайшие 7 дней";
  static final String OVERDUE = "Просрочено";
  public static final String ALL_BY_SCHOOL = "Все задачи по школам";

  private final FilterService filters;
  private final TaskService tasks;
  private final AuthorizationService authorizations;

  public TasklistFilters(FilterService filters, TaskService tasks, AuthorizationService authorizations) {
    this.filters = filters;
    this.tasks = tasks;
    this.authorizations = authorizations;
  }

  public void apply() {
    List<String> everyone = Arrays.stream(Role.values()).map(Role::groupId).toList();
    List<String> managers = Arrays.stream(Role.values()).filter(Role::isManager).map(Role::groupId).toList();

    save(MY_TASKS, -20, "Задачи, назначенные мне или адресованные мне лично",
        tasks.createTaskQuery()
            .or().taskAssigneeExpression("${currentUser()}").taskCandidateUserExpression("${currentUser()}").endOr()
            .orderByDueDate().asc(),
        everyone);
    save(MY_GROUP_TASKS, -10, "Задачи моей школы или роли, в том числе взятые в работу коллегами",
        tasks.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}").includeAssignedTasks()
            .orderByDueDate().asc(),
        everyone);
    save(DUE_IN_7_DAYS, 0, "Задачи со сроком в ближайшие 7 дней",
        tasks.createTaskQuery().dueAfterExpression("${now()}")
            .dueBeforeExpression("${dateTime().plusDays(7).toDate()}").orderByDueDate().asc(),
        everyone);
    save(OVERDUE, 10, "Задачи, срок которых уже прошёл",
        tasks.createTaskQuery().dueBeforeExpression("${now()}").orderByDueDate().asc(),
        everyone);
    save(ALL_BY_SCHOOL, 20, "Все задачи муниципалитета, по школам",
        // a school's tasks begin their description with its name (SchoolOnTask)
        tasks.createTaskQuery().orderByTaskDescription().asc().orderByDueDate().asc(),
        managers);
  }

  private void save(String name, int priority, String description, TaskQuery query, List<String> groups) {
    Filter filter = filters.createFilterQuery().filterName(name).list().stream()
        .findFirst().orElseGet(filters::newTaskFilter);
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put("description", description);
    properties.put("priority", priority);
    properties.put("refresh", true);
    properties.put("variables", List.of(
        Map.of("name", CommonVariables.SCHOOL_NAME, "label", "Школа"),
        Map.of("name", CommonVariables.SUBJECT, "label", "Тема")));
    filter.setName(name).setProperties(properties).setQuery(query);
    filters.saveFilter(filter);
    for (String groupId : groups) {
      boolean granted = authorizations.createAuthorizationQuery().authorizationType(AUTH_TYPE_GRANT)
          .groupIdIn(groupId).resourceType(Resources.FILTER).resourceId(filter.getId()).count() > 0;
      if (!granted) {
        Authorization authorization = authorizations.createNewAuthorization(AUTH_TYPE_GRANT);
        authorization.setGroupId(groupId);
        authorization.setResource(Resources.FILTER);
        authorization.setResourceId(filter.getId());
        authorization.addPermission(Permissions.READ);
        authorizations.saveAuthorization(authorization);
      }
    }
  }
}
