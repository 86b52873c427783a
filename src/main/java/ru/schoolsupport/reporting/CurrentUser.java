package ru.schoolsupport.reporting;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.identity.Authentication;

/** Who completed the task that led here (the user logged in to Tasklist or the REST API); null for the engine. */
final class CurrentUser {

  private CurrentUser() {
  }

  static String of(DelegateExecution execution) {
    Authentication user = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    return user == null ? null : user.getUserId();
  }
}
