package ru.schoolsupport.access;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.Arrays;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.springframework.stereotype.Component;
import ru.schoolsupport.directory.Role;

/**
 * Who may see and do what, as grants to the role groups. Task-level access comes from the tasks
 * themselves: a task's candidate groups (a school's group) and users get READ and UPDATE on it, so a
 * school's people see only their school's tasks and nobody reads another school's variables.
 * Managers (head, deputy head, coordinator) read every instance and task, and history, in Cockpit.
 */
@Component
public class AccessRules {

  /** Processes a coordinator may start from Tasklist. */
  static final List<String> STARTED_BY_COORDINATOR =
      List.of("annualCycle", "assignmentControl", "assignmentBatch", "moveDeadline", "municipalRoadmap", "addSchool");
  /**
   * Groups that may read and work on every task (a grant on every task id): the engine's own grant
   * on each task naming them would only repeat it (see {@link ru.schoolsupport.engine.TaskGrantsPlugin}).
   */
  public static final List<String> WORK_ON_EVERY_TASK = List.of(Role.COORDINATOR.groupId());
  /**
   * Groups that may read every task (a grant on every task id): the managers.
   */
  static final List<String> READ_EVERY_TASK =
      Arrays.stream(Role.values()).filter(Role::isManager).map(Role::groupId).toList();
  /**
   * Who may open a revision of a school's accepted documents (documentRevision): a school's director or staff
   * for their own school, a curator for one of theirs (the process decides which school, docs/adr/0044).
   */
  static final List<String> REVISION_STARTERS = List.of(Role.DIRECTOR.groupId(), Role.SCHOOL_STAFF.groupId(),
      Role.CURATOR.groupId());
  static final String DOCUMENT_REVISION = "documentRevision";
  /** Processes the collegium's secretary may start from Tasklist. */
  static final List<String> STARTED_BY_SECRETARY = List.of("collegiumMeeting");

  private final AuthorizationService authorizations;

  public AccessRules(AuthorizationService authorizations) {
    this.authorizations = authorizations;
  }

  public void apply() {
    for (Role role : Role.values()) {
      grant(role.groupId(), Resources.APPLICATION, "tasklist", Permissions.ACCESS);
      // to draw a task's diagram in Tasklist; instances and history stay closed
      grant(role.groupId(), Resources.PROCESS_DEFINITION, "*", Permissions.READ);
      // so that Tasklist names a task's candidate groups («Муниципальные координаторы») rather than their ids
      grant(role.groupId(), Resources.GROUP, "*", Permissions.READ);
      // so that Tasklist names the people of a task (its assignee, who did what in its history) rather than
      // their logins: the directory's names and addresses, as the department's own staff list has them
      grant(role.groupId(), Resources.USER, "*", Permissions.READ);
      if (role.isManager()) {
        grant(role.groupId(), Resources.APPLICATION, "cockpit", Permissions.ACCESS);
        // no READ_TASK here: the grant on every task below gives it, and each grant that matches a task
        // is one more row every Tasklist query of a manager joins and sorts (docs/adr/0007)
        grant(role.groupId(), Resources.PROCESS_DEFINITION, "*", Permissions.READ,
            ProcessDefinitionPermissions.READ_INSTANCE, ProcessDefinitionPermissions.READ_HISTORY);
        grant(role.groupId(), Resources.PROCESS_INSTANCE, "*", Permissions.READ);
        grant(role.groupId(), Resources.DEPLOYMENT, "*", Permissions.READ);
        grant(role.groupId(), Resources.DECISION_DEFINITION, "*", Permissions.READ);
      }
    }
    READ_EVERY_TASK.forEach(group -> grant(group, Resources.TASK, "*", Permissions.READ));
    String coordinators = Role.COORDINATOR.groupId();
    // the coordinator moves deadlines and hands tasks over
    WORK_ON_EVERY_TASK.forEach(group -> grant(group, Resources.TASK, "*", Permissions.READ, Permissions.UPDATE));
    grant(coordinators, Resources.PROCESS_INSTANCE, "*", Permissions.READ, Permissions.CREATE);
    for (String processKey : STARTED_BY_COORDINATOR) {
      grant(coordinators, Resources.PROCESS_DEFINITION, processKey, Permissions.READ,
          ProcessDefinitionPermissions.CREATE_INSTANCE, ProcessDefinitionPermissions.READ_INSTANCE,
          ProcessDefinitionPermissions.READ_HISTORY);
    }
    // the secretary records the collegium's meetings
    String secretaries = Role.SECRETARY.groupId();
    grant(secretaries, Resources.PROCESS_INSTANCE, "*", Permissions.CREATE);
    for (String processKey : STARTED_BY_SECRETARY) {
      grant(secretaries, Resources.PROCESS_DEFINITION, processKey, Permissions.READ,
          ProcessDefinitionPermissions.CREATE_INSTANCE);
    }
    // schools and curators open revisions of accepted documents
    for (String group : REVISION_STARTERS) {
      grant(group, Resources.PROCESS_INSTANCE, "*", Permissions.CREATE);
      grant(group, Resources.PROCESS_DEFINITION, DOCUMENT_REVISION, Permissions.READ,
          ProcessDefinitionPermissions.CREATE_INSTANCE);
    }
  }

  /** Creates the grant, or adds the missing permissions to an existing one: never a duplicate. */
  void grant(String groupId, Resource resource, String resourceId, Permission... permissions) {
    Authorization authorization = authorizations.createAuthorizationQuery()
        .authorizationType(AUTH_TYPE_GRANT)
        .groupIdIn(groupId)
        .resourceType(resource)
        .resourceId(resourceId)
        .list().stream().findFirst().orElse(null);
    if (authorization == null) {
      authorization = authorizations.createNewAuthorization(AUTH_TYPE_GRANT);
      authorization.setGroupId(groupId);
      authorization.setResource(resource);
      authorization.setResourceId(resourceId);
    } else if (hasAll(authorization, permissions)) {
      return;
    }
    for (Permission permission : permissions) {
      authorization.addPermission(permission);
    }
    authorizations.saveAuthorization(authorization);
  }

  private static boolean hasAll(Authorization authorization, Permission[] permissions) {
    for (Permission permission : permissions) {
      if (!authorization.isPermissionGranted(permission)) {
        return false;
      }
    }
    return true;
  }
}
