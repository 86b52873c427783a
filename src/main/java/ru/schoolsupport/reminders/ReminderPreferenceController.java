package ru.schoolsupport.reminders;

import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import ru.schoolsupport.access.CurrentUser;

/**
 * The logged-in user's choice of reminder mails (HTTP Basic, like {@code /engine-rest}):
 * {@code GET /api/reminders/preferences} → {@code {"delivery":"SINGLE", …}};
 * {@code PUT} with {@code {"delivery":"DIGEST"}} (or {@code SINGLE}) changes it.
 */
@RestController
@RequestMapping("/api/reminders/preferences")
class ReminderPreferenceController {

  private final ReminderPreferences preferences;
  private final IdentityService identity;

  ReminderPreferenceController(ReminderPreferences preferences, IdentityService identity) {
    this.preferences = preferences;
    this.identity = identity;
  }

  @GetMapping
  ResponseEntity<Map<String, Object>> get() {
    String login = currentUser();
    if (login == null) {
      return ResponseEntity.status(HttpStatus.UNAUTHORIZED).body(Map.of("message", "Войдите в систему."));
    }
    return ResponseEntity.ok(answer(login, preferences.get(login)));
  }

  @PutMapping
  ResponseEntity<Map<String, Object>> set(@RequestBody Map<String, Object> body) {
    String login = currentUser();
    if (login == null) {
      return ResponseEntity.status(HttpStatus.UNAUTHORIZED).body(Map.of("message", "Войдите в систему."));
    }
    Delivery delivery = Delivery.parse(body == null || body.get("delivery") == null ? null : body.get("delivery").toString());
    if (delivery == null) {
      return ResponseEntity.badRequest().body(Map.of("message",
          "Укажите delivery: SINGLE (отдельными письмами) или DIGEST (одной сводкой в день)."));
    }
    preferences.set(login, delivery);
    return ResponseEntity.ok(answer(login, delivery));
  }

  private String currentUser() {
    return CurrentUser.login(identity);
  }

  private static Map<String, Object> answer(String login, Delivery delivery) {
    return Map.of("login", login, "delivery", delivery.name(),
        "message", "Напоминания о сроках приходят " + delivery.title() + ".");
  }
}
