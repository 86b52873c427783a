package ru.schoolsupport.reminders;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import ru.schoolsupport.SchoolSupportTest;

/** The reminder settings page: Russian, the person's choice shown and changed, a form without its token refused. */
@SchoolSupportTest
class ReminderSettingsPageTest {

  static final String LOGIN = "curator1";
  static final Pattern TOKEN = Pattern.compile("name=\"_csrf\" value=\"([0-9a-f]+)\"");

  @Autowired TestRestTemplate http;
  @Autowired ReminderPreferences preferences;
  @Autowired ReminderMails mails;

  @Test
  void aPersonPicksTheDailyDigestOnThePageAndBack() {
    Delivery before = preferences.get(LOGIN);
    try {
      preferences.set(LOGIN, Delivery.SINGLE);
      TestRestTemplate asCurator = http.withBasicAuth(LOGIN, "demo");
      ResponseEntity<String> page = asCurator.getForEntity("/app/reminders/settings", String.class);
      assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
      assertThat(page.getHeaders().getContentType().toString()).startsWith("text/html");
      assertThat(page.getBody()).contains("<html lang=\"ru\"", "Настройки напоминаний", "Отдельными письмами",
          "Одной сводкой в день", "value=\"SINGLE\" checked", "class=\"staff-header\"",
          "aria-current=\"page\">Настройки напоминаний<").doesNotContain("<script");
      assertThat(page.getHeaders().getFirst("Content-Security-Policy")).contains("script-src 'self';");
      String cookie = page.getHeaders().getFirst(HttpHeaders.SET_COOKIE).split(";")[0];
      Matcher token = TOKEN.matcher(page.getBody());
      assertThat(token.find()).isTrue();

      // without the page's token (another site's form): refused, nothing changed
      ResponseEntity<String> forged = post(asCurator, cookie, null, "DIGEST");
      assertThat(forged.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
      assertThat(forged.getBody()).contains("Настройки не сохранены");
      assertThat(post(asCurator, cookie, "0".repeat(64), "DIGEST").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
      assertThat(preferences.get(LOGIN)).isEqualTo(Delivery.SINGLE);

      // an unknown choice: 400 in Russian
      ResponseEntity<String> bad = post(asCurator, cookie, token.group(1), "WEEKLY");
      assertThat(bad.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat(bad.getBody()).contains("Выберите, как присылать напоминания");

      // saved, then the page again (POST, redirect, GET: the client follows the redirect)
      ResponseEntity<String> saved = post(asCurator, cookie, token.group(1), "DIGEST");
      assertThat(saved.getStatusCode()).isEqualTo(HttpStatus.OK);
      assertThat(saved.getBody()).contains("Сохранено: напоминания о сроках будут приходить одной сводкой в день.",
          "value=\"DIGEST\" checked");
      assertThat(preferences.get(LOGIN)).isEqualTo(Delivery.DIGEST);
    } finally {
      preferences.set(LOGIN, before);
    }
  }

  @Test
  void theMailsLinkToThePage() {
    assertThat(mails.preferencesUrl()).endsWith("/app/reminders/settings");
  }

  private static ResponseEntity<String> post(TestRestTemplate as, String cookie, String token, String delivery) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
    headers.set(HttpHeaders.COOKIE, cookie);
    MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
    if (token != null) {
      form.add("_csrf", token);
    }
    form.add("delivery", delivery);
    return as.exchange("/app/reminders/settings", HttpMethod.POST, new HttpEntity<>(form, headers), String.class);
  }
}
