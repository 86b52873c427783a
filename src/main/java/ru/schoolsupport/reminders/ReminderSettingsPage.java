package ru.schoolsupport.reminders;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import ru.schoolsupport.access.CurrentUser;
import ru.schoolsupport.pages.StaffPages;

/**
 * The reminder settings as a page ({@code /app/reminders/settings}, linked from every reminder): the
 * logged-in person picks single mails or a daily digest. A plain HTML form, no script; the form carries
 * a token kept in the person's session and a submission without it is refused (403), so another site
 * cannot change the choice in the person's name. After saving, the page is shown again (POST, then
 * redirect, then GET) with what was saved. Scripts keep {@code /api/reminders/preferences}.
 */
@RestController
class ReminderSettingsPage {

  static final String PATH = StaffPages.REMINDER_SETTINGS;
  static final String TEMPLATE = "reminders/settings.html";
  static final String TOKEN = ReminderSettingsPage.class.getName() + ".csrf";
  private static final SecureRandom RANDOM = new SecureRandom();

  private final ReminderPreferences preferences;
  private final IdentityService identity;

  ReminderSettingsPage(ReminderPreferences preferences, IdentityService identity) {
    this.preferences = preferences;
    this.identity = identity;
  }

  @GetMapping(value = PATH, produces = MediaType.TEXT_HTML_VALUE)
  ResponseEntity<String> page(HttpServletRequest request, @RequestParam(required = false) String saved)
      throws IOException {
    String login = CurrentUser.login(identity);
    Delivery delivery = preferences.get(login);
    String notice = saved == null ? "" : "<p class=\"notice saved\" role=\"status\">Сохранено: напоминания о сроках "
        + "будут приходить " + delivery.title() + ".</p>";
    return StaffPages.page(render(request, delivery, notice));
  }

  @PostMapping(value = PATH, consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
  ResponseEntity<String> save(HttpServletRequest request, @RequestParam(name = "_csrf", required = false) String token,
      @RequestParam(required = false) String delivery) throws IOException {
    String login = CurrentUser.login(identity);
    if (!tokenMatches(request.getSession(false), token)) {
      return ResponseEntity.status(HttpStatus.FORBIDDEN).contentType(StaffPages.HTML).header("Cache-Control", "no-store")
          .body(render(request, preferences.get(login), "<p class=\"notice refused\" role=\"alert\">Настройки не "
              + "сохранены: страница устарела или открыта не с этого сайта. Выберите снова и нажмите «Сохранить».</p>"));
    }
    Delivery chosen = Delivery.parse(delivery);
    if (chosen == null) {
      return ResponseEntity.badRequest().contentType(StaffPages.HTML).header("Cache-Control", "no-store")
          .body(render(request, preferences.get(login), "<p class=\"notice refused\" role=\"alert\">Выберите, как "
              + "присылать напоминания: отдельными письмами или одной сводкой в день.</p>"));
    }
    preferences.set(login, chosen);
    return ResponseEntity.status(HttpStatus.SEE_OTHER).header("Location", PATH + "?saved").build();
  }

  private String render(HttpServletRequest request, Delivery delivery, String notice) throws IOException {
    String html;
    try (InputStream in = new ClassPathResource(TEMPLATE).getInputStream()) {
      html = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    html = html.replace("{{csrf}}", token(request.getSession(true)))
        .replace("{{single}}", delivery == Delivery.SINGLE ? "checked" : "")
        .replace("{{digest}}", delivery == Delivery.DIGEST ? "checked" : "")
        .replace("<!--notice-->", notice);
    return StaffPages.withHeader(html, PATH, identity);
  }

  /** The session's form token, made on first use. */
  static String token(HttpSession session) {
    Object token = session.getAttribute(TOKEN);
    if (token == null) {
      byte[] bytes = new byte[32];
      RANDOM.nextBytes(bytes);
      token = HexFormat.of().formatHex(bytes);
      session.setAttribute(TOKEN, token);
    }
    return token.toString();
  }

  static boolean tokenMatches(HttpSession session, String sent) {
    Object expected = session == null ? null : session.getAttribute(TOKEN);
    return expected != null && sent != null && MessageDigest.isEqual(expected.toString().getBytes(StandardCharsets.UTF_8),
        sent.getBytes(StandardCharsets.UTF_8));
  }
}
