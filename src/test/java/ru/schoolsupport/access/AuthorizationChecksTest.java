package ru.schoolsupport.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.db.CompositePermissionCheck;
import org.camunda.bpm.engine.impl.db.PermissionCheck;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.camunda.bpm.engine.task.TaskQuery;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import ru.schoolsupport.SchoolSupportTest;
import ru.schoolsupport.access.AuthorizationChecksPlugin.GrantsOnlyAuthorizationManager;

/**
 * Our answer to a permission check on named resources is Camunda's own (without revokes, which are
 * not applied here): the same grants, asked every way a command asks, give the same answers. A task
 * query goes without the join of the grants only where the join would keep every task.
 */
@SchoolSupportTest
class AuthorizationChecksTest {

  static final String USER = "checks.user";
  static final String OTHER_USER = "checks.other";
  static final String GROUP_A = "checks-a";
  static final String GROUP_B = "checks-b";

  @Autowired ProcessEngine engine;
  @Autowired AuthorizationService authorizations;
  @Autowired IdentityService identity;
  @Autowired AccessRules accessRules;

  final String userFilter = id();
  final String groupFilter = id();
  final String globalFilter = id();
  final String task = id();
  final List<String> made = new ArrayList<>();

  @BeforeEach
  void grants() {
    grant(Authorization.AUTH_TYPE_GRANT, USER, null, Resources.FILTER, userFilter, Permissions.READ);
    grant(Authorization.AUTH_TYPE_GRANT, null, GROUP_A, Resources.FILTER, groupFilter, Permissions.READ,
        Permissions.UPDATE);
    grant(Authorization.AUTH_TYPE_GLOBAL, "*", null, Resources.FILTER, globalFilter, Permissions.READ);
    grant(Authorization.AUTH_TYPE_GRANT, null, GROUP_B, Resources.TASK, "*", Permissions.READ);
    grant(Authorization.AUTH_TYPE_GRANT, USER, null, Resources.TASK, task, Permissions.ALL);
    grant(Authorization.AUTH_TYPE_GRANT, null, GROUP_A, Resources.TASK, task, TaskPermissions.TASK_WORK);
    // a revoke is not applied: neither answer looks for it (authorization-check-revokes: never)
    grant(Authorization.AUTH_TYPE_REVOKE, USER, null, Resources.FILTER, groupFilter, Permissions.READ);
  }

  @AfterEach
  void removeGrants() {
    made.forEach(authorizations::deleteAuthorization);
  }

  @Test
  void ourAnswersAreCamundasOwnForEveryWhoWhatAndWhich() {
    List<List<String>> groupSets = List.of(List.of(), List.of(GROUP_A), List.of(GROUP_B), List.of(GROUP_A, GROUP_B));
    List<String> filters = new ArrayList<>(List.of(userFilter, groupFilter, globalFilter, id(), "*"));
    filters.add(null);
    List<String> tasks = new ArrayList<>(List.of(task, id(), "*"));
    List<Permission> filterPermissions = List.of(Permissions.READ, Permissions.UPDATE, Permissions.DELETE);
    List<Permission> taskPermissions = List.of(Permissions.READ, Permissions.UPDATE, TaskPermissions.TASK_WORK,
        Permissions.ALL);
    int answered = 0;
    int granted = 0;
    for (String user : List.of(USER, OTHER_USER)) {
      for (List<String> groups : groupSets) {
        for (String filter : filters) {
          for (Permission permission : filterPermissions) {
            granted += sameAnswer(user, groups, check(Resources.FILTER, filter, permission)) ? 1 : 0;
            answered++;
          }
        }
        for (String taskId : tasks) {
          for (Permission permission : taskPermissions) {
            granted += sameAnswer(user, groups, check(Resources.TASK, taskId, permission)) ? 1 : 0;
            answered++;
          }
          for (boolean disjunctive : new boolean[] {true, false}) {
            // as a command checks its task: this task's permission, or every task's
            CompositePermissionCheck composite = new CompositePermissionCheck(disjunctive);
            composite.addAtomicCheck(check(Resources.TASK, taskId, TaskPermissions.TASK_WORK));
            composite.addAtomicCheck(check(Resources.FILTER, groupFilter, Permissions.UPDATE));
            granted += sameAnswer(user, groups, composite) ? 1 : 0;
            answered++;
          }
        }
      }
    }
    // the cases hold both answers, not only refusals
    assertThat(answered).isEqualTo(2 * 4 * (6 * 3 + 3 * (4 + 2)));
    assertThat(granted).isBetween(answered / 5, answered - answered / 5);
  }

  @Test
  void aQueryOfTheUsersOwnGroupsWorkIsNotJoinedWithTheGrants() {
    List<String> director = List.of("directors", "school-sosh6");
    assertThat(joinsGrants("director.sosh6", director,
        q -> q.taskCandidateGroupIn(director).includeAssignedTasks())).isFalse();
    assertThat(joinsGrants("director.sosh6", director, q -> q.taskCandidateGroup("school-sosh6").taskName("Отчёт")))
        .as("narrowed further").isFalse();
    // anything that could reach beyond the user's own groups keeps Camunda's check
    assertThat(joinsGrants("director.sosh6", director, q -> q.taskCandidateGroup("school-sosh12"))).isTrue();
    assertThat(joinsGrants("director.sosh6", director, q -> q.taskCandidateGroupIn(List.of("school-sosh6",
        "school-sosh12")))).isTrue();
    assertThat(joinsGrants("director.sosh6", director, q -> q.taskCandidateUser("director.sosh6"))).isTrue();
    assertThat(joinsGrants("director.sosh6", director, q -> q.taskCandidateGroupLike("school-%"))).isTrue();
    assertThat(joinsGrants("director.sosh6", director, q -> q.taskCandidateGroup("school-sosh6")
        .or().taskAssignee("director.sosh12").taskName("Отчёт").endOr())).isTrue();
    assertThat(joinsGrants("director.sosh6", director, q -> q.taskInvolvedUser("director.sosh6")
        .taskCandidateGroup("school-sosh6"))).isTrue();
    assertThat(joinsGrants("director.sosh6", director, q -> q.dueBefore(new java.util.Date()))).isTrue();
  }

  @Test
  void aManagersQueriesAreNotJoinedWithTheGrantsWhileTheyMayReadEveryTask() {
    assertThat(joinsGrants("coordinator", List.of("coordinators"), q -> q.dueBefore(new java.util.Date()))).isFalse();
    assertThat(joinsGrants("head", List.of("heads"), q -> q)).isFalse();
    assertThat(joinsGrants("methodist", List.of("methodists"), q -> q)).isTrue();
    // the grants decide: without the heads' grant on every task, a head's query is checked task by task
    Authorization everyTask = authorizations.createAuthorizationQuery().groupIdIn("heads")
        .resourceType(Resources.TASK).resourceId("*").singleResult();
    authorizations.deleteAuthorization(everyTask.getId());
    try {
      assertThat(joinsGrants("head", List.of("heads"), q -> q)).isTrue();
    } finally {
      accessRules.apply();
    }
    assertThat(joinsGrants("head", List.of("heads"), q -> q)).isFalse();
  }

  @Test
  void aCheckThatCamundaRefusesAsInvalidIsRefusedAlike() {
    // CREATE_INSTANCE is a permission of process definitions, not of filters
    PermissionCheck invalid = check(Resources.FILTER, userFilter,
        org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions.CREATE_INSTANCE);
    assertThatThrownBy(() -> inCommand(() -> new GrantsOnlyAuthorizationManager(new FilterCatalog()).isAuthorized(USER, List.of(),
        invalid))).isInstanceOf(BadUserRequestException.class);
  }

  private boolean sameAnswer(String user, List<String> groups, PermissionCheck check) {
    boolean ours = inCommand(() -> new GrantsOnlyAuthorizationManager(new FilterCatalog()).isAuthorized(user, groups, check));
    boolean camundas = inCommand(() -> new AuthorizationManager().isAuthorized(user, groups, check));
    assertThat(ours).as("%s %s: %s on %s %s", user, groups, check.getPermission().getName(),
        check.getResource().resourceName(), check.getResourceId()).isEqualTo(camundas);
    return ours;
  }

  private boolean sameAnswer(String user, List<String> groups, CompositePermissionCheck check) {
    boolean ours = inCommand(() -> new GrantsOnlyAuthorizationManager(new FilterCatalog()).isAuthorized(user, groups, check));
    boolean camundas = inCommand(() -> new AuthorizationManager().isAuthorized(user, groups, check));
    assertThat(ours).as("%s %s: %s %s", user, groups, check.isDisjunctive() ? "any of" : "all of",
        check.getAtomicChecks().stream().map(c -> c.getPermission().getName() + " on " + c.getResourceId()).toList())
        .isEqualTo(camundas);
    return ours;
  }

  /** Whether the query, asked by this user, would be joined with the user's grants. */
  private boolean joinsGrants(String user, List<String> groups, UnaryOperator<TaskQuery> criteria) {
    identity.setAuthentication(user, groups);
    try {
      return inCommand(() -> {
        TaskQueryImpl query = (TaskQueryImpl) criteria.apply(engine.getTaskService().createTaskQuery());
        new GrantsOnlyAuthorizationManager(new FilterCatalog()).configureTaskQuery(query);
        assertThat(query.getAuthCheck().getAuthUserId()).isEqualTo(user);
        return query.getAuthCheck().getShouldPerformAuthorizatioCheck();
      });
    } finally {
      identity.clearAuthentication();
    }
  }

  private boolean inCommand(java.util.function.BooleanSupplier answer) {
    var configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    return configuration.getCommandExecutorTxRequired().execute(context -> answer.getAsBoolean());
  }

  private static PermissionCheck check(Resource resource, String resourceId, Permission permission) {
    PermissionCheck check = new PermissionCheck();
    check.setResource(resource);
    check.setResourceId(resourceId);
    check.setPermission(permission);
    return check;
  }

  private void grant(int type, String user, String group, Resource resource, String resourceId,
      Permission... permissions) {
    Authorization authorization = authorizations.createNewAuthorization(type);
    authorization.setUserId(user);
    authorization.setGroupId(group);
    authorization.setResource(resource);
    authorization.setResourceId(resourceId);
    for (Permission permission : permissions) {
      if (type == Authorization.AUTH_TYPE_REVOKE) {
        authorization.removePermission(permission);
      } else {
        authorization.addPermission(permission);
      }
    }
    made.add(authorizations.saveAuthorization(authorization).getId());
  }

  private static String id() {
    return UUID.randomUUID().toString();
  }
}
