package ru.schoolsupport.access;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;
import ru.schoolsupport.config.StartupLock;
import ru.schoolsupport.directory.CamundaIdentitySync;

/** At start, before the server takes requests: role groups, their grants and the Tasklist filters. */
@Component
class AccessSetup implements SmartInitializingSingleton {

  private static final Logger log = LoggerFactory.getLogger(AccessSetup.class);

  private final CamundaIdentitySync identitySync;
  private final AccessRules accessRules;
  private final TasklistFilters tasklistFilters;
  private final MySchoolsFilter mySchools;
  private final AuthorizationService authorizations;
  private final StartupLock startupLock;

  AccessSetup(CamundaIdentitySync identitySync, AccessRules accessRules, TasklistFilters tasklistFilters,
      AuthorizationService authorizations, StartupLock startupLock, MySchoolsFilter mySchools) {
    this.mySchools = mySchools;
    this.identitySync = identitySync;
    this.accessRules = accessRules;
    this.tasklistFilters = tasklistFilters;
    this.authorizations = authorizations;
    this.startupLock = startupLock;
  }

  /** One node at a time: two nodes starting together on one database would create things twice or fail. */
  @Override
  public void afterSingletonsInstantiated() {
    startupLock.exclusively(() -> {
      identitySync.syncRoleGroups();
      accessRules.apply();
      tasklistFilters.apply();
      mySchools.refreshAll();
    });
    warnOfRevokes();
  }

  /** The engine does not apply revokes (authorization-check-revokes: never): say so if someone made one. */
  private void warnOfRevokes() {
    long revokes = authorizations.createAuthorizationQuery().authorizationType(Authorization.AUTH_TYPE_REVOKE).count();
    if (revokes > 0) {
      log.warn("{} revoke (deny) authorizations exist, made in Camunda Admin; they are not applied: access here is "
          + "only granted (AccessRules). Delete them and take the grant away instead.", revokes);
    }
  }
}
