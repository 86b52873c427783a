package ru.schoolsupport.access;

import java.util.Collection;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.identity.Authentication;

/** Who is logged in (to Tasklist or the REST API), as the engine knows it. */
public final class CurrentUser {

  private CurrentUser() {
  }

  /** Who completed the task that led here; null when the engine itself goes on (a timer, a job). */
  public static String of(DelegateExecution execution) {
    return login(execution.getProcessEngineServices().getIdentityService());
  }

  /** The logged-in login; null if nobody is. */
  public static String login(IdentityService identity) {
    Authentication current = identity.getCurrentAuthentication();
    return current == null ? null : current.getUserId();
  }

  /** Whether the logged-in user belongs to at least one of these groups. */
  public static boolean inAnyGroup(IdentityService identity, Collection<String> groups) {
    Authentication current = identity.getCurrentAuthentication();
    return current != null && current.getGroupIds() != null && current.getGroupIds().stream().anyMatch(groups::contains);
  }
}
