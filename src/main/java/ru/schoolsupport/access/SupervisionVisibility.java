package ru.schoolsupport.access;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;
import ru.schoolsupport.directory.SchoolGroups;
import ru.schoolsupport.listformation.CycleSchool;
import ru.schoolsupport.listformation.CycleSchoolRepository;
import ru.schoolsupport.process.CommonVariables;

/**
 * A supervised school's curator and its mentor school's people may read the school's tasks (not
 * work on them): when a task of a school's year is created, they get READ on it. The engine removes
 * these grants with the task. Added to every user task by {@link ru.schoolsupport.engine.UserTaskListenersPlugin}.
 */
@Component
public class SupervisionVisibility implements TaskListener {

  private final CycleSchoolRepository cycleSchools;
  private final AuthorizationService authorizations;

  public SupervisionVisibility(CycleSchoolRepository cycleSchools, @Lazy AuthorizationService authorizations) {
    this.cycleSchools = cycleSchools;
    this.authorizations = authorizations;
  }

  @Override
  public void notify(DelegateTask task) {
    Object cycleId = task.getVariable(CommonVariables.CYCLE_ID);
    Object schoolCode = task.getVariable(CommonVariables.SCHOOL_CODE);
    if (!(cycleId instanceof Number id) || !(schoolCode instanceof String code)) {
      return;
    }
    CycleSchool school = cycleSchools.find(id.longValue(), code).orElse(null);
    if (school == null) {
      return;
    }
    // a curator or group the task already names has its access from the engine (and one grant per user and task)
    java.util.Set<String> named = new java.util.HashSet<>();
    task.getCandidates().forEach(link -> named.add(link.getUserId() != null ? "user:" + link.getUserId()
        : "group:" + link.getGroupId()));
    if (task.getAssignee() != null) {
      named.add("user:" + task.getAssignee());
    }
    List<Authorization> grants = new ArrayList<>();
    if (school.curatorLogin() != null && !named.contains("user:" + school.curatorLogin())) {
      grants.add(readGrant(task.getId(), school.curatorLogin(), null));
    }
    String mentorGroup = school.mentorSchoolCode() == null ? null : SchoolGroups.groupId(school.mentorSchoolCode());
    if (mentorGroup != null && !named.contains("group:" + mentorGroup)) {
      grants.add(readGrant(task.getId(), null, mentorGroup));
    }
    // the system's grant, though whoever completed the step before may not manage authorizations: a task
    // listener is custom code, which the engine runs without authorization checks
    // (authorizationEnabledForCustomCode is false, the default)
    grants.forEach(authorizations::saveAuthorization);
  }

  private Authorization readGrant(String taskId, String userId, String groupId) {
    Authorization grant = authorizations.createNewAuthorization(AUTH_TYPE_GRANT);
    grant.setResource(Resources.TASK);
    grant.setResourceId(taskId);
    grant.setUserId(userId);
    grant.setGroupId(groupId);
    grant.addPermission(Permissions.READ);
    return grant;
  }
}
