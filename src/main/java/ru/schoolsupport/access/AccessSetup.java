package ru.schoolsupport.access;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;
import ru.schoolsupport.directory.CamundaIdentitySync;

/** At start, before the server takes requests: role groups, their grants and the Tasklist filters. */
@Component
class AccessSetup implements SmartInitializingSingleton {

  private final CamundaIdentitySync identitySync;
  private final AccessRules accessRules;
  private final TasklistFilters tasklistFilters;

  AccessSetup(CamundaIdentitySync identitySync, AccessRules accessRules, TasklistFilters tasklistFilters) {
    this.identitySync = identitySync;
    this.accessRules = accessRules;
    this.tasklistFilters = tasklistFilters;
  }

  @Override
  public void afterSingletonsInstantiated() {
    identitySync.syncRoleGroups();
    accessRules.apply();
    tasklistFilters.apply();
  }
}
