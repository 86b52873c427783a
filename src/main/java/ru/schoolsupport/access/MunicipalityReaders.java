package ru.schoolsupport.access;

import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.util.HtmlUtils;
import ru.schoolsupport.directory.Role;

/**
 * Who may read what covers every school of the municipality at once: the monitoring page, the
 * municipal reports and the cycle's order. The department's staff may (the head, the deputy head,
 * coordinators, methodists, curators) and the administrators; a school's people, the collegium's
 * secretary and anyone else get 403. A school's people see their own school in Tasklist, and the order
 * reaches everyone it names by e-mail.
 */
public final class MunicipalityReaders {

  /** The groups whose members read the whole municipality. */
  public static final Set<String> GROUPS = Set.of(Role.HEAD.groupId(), Role.CONTROLLER.groupId(),
      Role.COORDINATOR.groupId(), Role.METHODIST.groupId(), Role.CURATOR.groupId(), Groups.CAMUNDA_ADMIN);

  /** «… доступны руководителям управления образования, координаторам, методистам и кураторам.» */
  public static final String WHO = "руководителям управления образования, координаторам, методистам и кураторам";

  private MunicipalityReaders() {
  }

  /** Whether the logged-in user is one of them. */
  public static boolean includeCurrentUser(IdentityService identity) {
    return CurrentUser.inAnyGroup(identity, GROUPS);
  }

  /** The 403 page in Russian, saying what is closed and to whom it is open, with the way back to Tasklist. */
  public static ResponseEntity<String> refusalPage(String message) {
    return ResponseEntity.status(HttpStatus.FORBIDDEN).contentType(new MediaType("text", "html", StandardCharsets.UTF_8))
        .body("<!DOCTYPE html><html lang=\"ru\"><head><meta charset=\"utf-8\"><title>Нет доступа</title></head><body>"
            + "<h1>Нет доступа</h1><p>" + HtmlUtils.htmlEscape(message) + "</p>"
            + "<p><a href=\"/camunda/app/tasklist/\">Вернуться в Tasklist</a></p></body></html>");
  }
}
