package ru.schoolsupport.pages;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.identity.User;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.util.HtmlUtils;
import ru.schoolsupport.access.CurrentUser;
import ru.schoolsupport.access.MunicipalityReaders;
import ru.schoolsupport.directory.Role;

/**
 * The frame of our own pages under {@code /app}: one look (fonts, colours) and one header with the
 * app's navigation, so that a person gets from each page to the others and back to Tasklist. The
 * header shows only where the person may go: Cockpit to managers, the monitoring page to
 * {@link MunicipalityReaders}, the reminder settings and Tasklist to everyone. A page's HTML carries
 * the marker {@link #HEADER} where the header goes; no script is needed for it.
 */
public final class StaffPages {

  /** Where a page's HTML wants the header. */
  public static final String HEADER = "<!--staff-header-->";
  public static final String TASKLIST = "/camunda/app/tasklist/default/";
  public static final String TASKLIST_LOGIN = "/camunda/app/tasklist/default/#/login";
  public static final String COCKPIT = "/camunda/app/cockpit/default/";
  public static final String MONITORING = "/app/monitoring";
  public static final String REMINDER_SETTINGS = "/app/reminders/settings";
  public static final MediaType HTML = new MediaType("text", "html", StandardCharsets.UTF_8);

  /** Who may open Cockpit (its application grant goes to these groups, see access.AccessRules). */
  static final Set<String> COCKPIT_GROUPS = Set.of(Role.HEAD.groupId(), Role.CONTROLLER.groupId(),
      Role.COORDINATOR.groupId(), Groups.CAMUNDA_ADMIN);

  /** The pages' shared style: the header and the common elements (a page adds its own). */
  static final String STYLE = "<style>"
      + ":root { --ink: #222; --line: #d0d0d0; --accent: #1565c0; --green: #2e7d32; --red: #c62828; }"
      + "body { font-family: \"Segoe UI\", Roboto, Arial, sans-serif; color: var(--ink); margin: 0; }"
      + ".staff-header { display: flex; flex-wrap: wrap; align-items: center; gap: 4px 20px; padding: 0 24px;"
      + " min-height: 46px; background: #263238; color: #fff; }"
      + ".staff-header .brand { font-weight: bold; font-size: 16px; margin-right: 12px; }"
      + ".staff-header nav { display: flex; flex-wrap: wrap; gap: 2px 4px; flex: 1; }"
      + ".staff-header nav a { color: #eceff1; text-decoration: none; padding: 13px 10px; font-size: 14px; }"
      + ".staff-header nav a:hover { background: #37474f; }"
      + ".staff-header nav a.current { background: #455a64; color: #fff; font-weight: bold; }"
      + ".staff-header .who { font-size: 13px; color: #cfd8dc; }"
      + ".staff-main { padding: 16px 24px; }"
      + "@media print { .staff-header { display: none !important; } .staff-main { padding: 0; } }"
      + "</style>";

  private StaffPages() {
  }

  /** The page's HTML with the style and the header put in place of {@link #HEADER}; {@code current} is its path. */
  public static String withHeader(String html, String current, IdentityService identity) {
    return html.replace(HEADER, STYLE + header(current, identity));
  }

  /** A 200 answer with the page, never cached (it shows who is logged in). */
  public static ResponseEntity<String> page(String html) {
    return ResponseEntity.ok().contentType(HTML).header("Cache-Control", "no-store").body(html);
  }

  static String header(String current, IdentityService identity) {
    List<String[]> links = new ArrayList<>();
    links.add(new String[] {TASKLIST, "Задачи"});
    if (CurrentUser.inAnyGroup(identity, COCKPIT_GROUPS)) {
      links.add(new String[] {COCKPIT, "Ход процессов"});
    }
    if (MunicipalityReaders.includeCurrentUser(identity)) {
      links.add(new String[] {MONITORING, "Мониторинг школ"});
    }
    links.add(new String[] {REMINDER_SETTINGS, "Настройки напоминаний"});
    StringBuilder html = new StringBuilder("<header class=\"staff-header\"><span class=\"brand\">Сопровождение школ</span>"
        + "<nav aria-label=\"Разделы\">");
    for (String[] link : links) {
      html.append("<a href=\"").append(link[0]).append('"')
          .append(link[0].equals(current) ? " class=\"current\" aria-current=\"page\"" : "")
          .append('>').append(link[1]).append("</a>");
    }
    html.append("</nav>");
    String login = CurrentUser.login(identity);
    if (login != null) {
      html.append("<span class=\"who\">").append(HtmlUtils.htmlEscape(displayName(login, identity))).append("</span>");
    }
    return html.append("</header>").toString();
  }

  private static String displayName(String login, IdentityService identity) {
    User user = identity.createUserQuery().userId(login).singleResult();
    if (user == null) {
      return login;
    }
    String name = ((user.getFirstName() == null ? "" : user.getFirstName()) + " "
        + (user.getLastName() == null ? "" : user.getLastName())).strip();
    return name.isEmpty() ? login : name;
  }
}
