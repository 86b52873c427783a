package ru.schoolsupport.cockpit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Cockpit's Russian locale covers the views managers use (dashboard, processes, a process definition
 * and instance, incidents, decisions, navigation, login): each of their keys in the English file that
 * ships with Camunda is translated, with no placeholder the English one does not have. Views managers
 * do not use (batches, migration, deployments) fall back to English.
 */
class CockpitLocaleTest {

  static final String LOCALES = "META-INF/resources/webjars/camunda/app/cockpit/locales/";
  static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{[^}]*}}");
  static final Pattern MANAGER_VIEWS = Pattern.compile("^(COCKPIT_|DASHBOARD_|PROCESS_INSTANCE_|PROCESS_DEFINITION_"
      + "|PLUGIN_PROCESS_|PLUGIN_INCIDENTS_|PLUGIN_VARIABLE_|PLUGIN_USER_TASKS_|PLUGIN_CALLED_PROCESS_|PLUGIN_DECISION_"
      + "|DECISION_DEFINITION_|DECISION_INSTANCE_|PAGE_LOGIN_|CAM_WIDGET_HEADER_|SIGN_OUT_ACTION|MY_PROFILE"
      + "|PLUGIN_ACTIVITY_|QUICK_FILTER_)");
  static final Pattern CYRILLIC = Pattern.compile("[а-яА-ЯёЁ]");

  @Test
  void theManagersViewsAreInRussian() throws IOException {
    JsonNode english = read("en.json").path("labels");
    JsonNode russian = read("ru.json").path("labels");
    List<String> problems = new ArrayList<>();
    int checked = 0;
    for (Iterator<Map.Entry<String, JsonNode>> it = english.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> label = it.next();
      if (!MANAGER_VIEWS.matcher(label.getKey()).find() || !CYRILLIC.matcher("ё" + label.getValue().asText()).find()
          || label.getValue().asText().length() > 150 || label.getValue().asText().isBlank()
          || label.getValue().asText().equals("null") || !label.getValue().asText().matches(".*[A-Za-z].*")) {
        continue;
      }
      checked++;
      JsonNode translated = russian.get(label.getKey());
      if (translated == null) {
        problems.add("missing " + label.getKey() + " (" + label.getValue().asText() + ")");
      } else if (!CYRILLIC.matcher(translated.asText()).find() && !translated.asText().equals("ID")) {
        problems.add("not Russian: " + label.getKey() + " = " + translated.asText());
      }
    }
    assertThat(checked).isGreaterThan(250);
    assertThat(problems).isEmpty();
  }

  @Test
  void noTranslationHasAPlaceholderTheEnglishOneLacks() throws IOException {
    JsonNode english = read("en.json").path("labels");
    JsonNode russian = read("ru.json").path("labels");
    List<String> problems = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = russian.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> label = it.next();
      assertThat(english.has(label.getKey())).as("ru key %s exists in en", label.getKey()).isTrue();
      if (!placeholders(english.get(label.getKey()).asText()).containsAll(placeholders(label.getValue().asText()))) {
        problems.add(label.getKey());
      }
    }
    assertThat(problems).isEmpty();
    assertThat(russian.path("BANNER_CE_EOL_TEXT").asText()).isEmpty();
    assertThat(read("ru.json").path("dateLocales").path("months").get(0).asText()).isEqualTo("января");
  }

  private static List<String> placeholders(String text) {
    List<String> found = new ArrayList<>();
    Matcher matcher = PLACEHOLDER.matcher(text);
    while (matcher.find()) {
      found.add(matcher.group().replace(" ", ""));
    }
    return found;
  }

  private static JsonNode read(String file) throws IOException {
    try (InputStream in = CockpitLocaleTest.class.getClassLoader().getResourceAsStream(LOCALES + file)) {
      assertThat(in).as(file + " on the classpath").isNotNull();
      return new ObjectMapper().readTree(in);
    }
  }
}
