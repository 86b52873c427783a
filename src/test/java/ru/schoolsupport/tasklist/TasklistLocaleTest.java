package ru.schoolsupport.tasklist;

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
 * Our Russian Tasklist locale has every key of the English one that ships with Camunda, with the
 * same placeholders, so no label falls back to English unnoticed after an upgrade.
 */
class TasklistLocaleTest {

  static final String LOCALES = "META-INF/resources/webjars/camunda/app/tasklist/locales/";
  static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{[^}]*}}");

  @Test
  void russianHasEveryEnglishLabelWithTheSamePlaceholders() throws IOException {
    JsonNode english = read("en.json").path("labels");
    JsonNode russian = read("ru.json").path("labels");
    List<String> problems = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = english.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> label = it.next();
      JsonNode translated = russian.get(label.getKey());
      if (translated == null) {
        problems.add("missing " + label.getKey());
      } else if (!placeholders(label.getValue().asText()).equals(placeholders(translated.asText()))) {
        problems.add("placeholders differ in " + label.getKey());
      }
    }
    assertThat(english.size()).isGreaterThan(300);
    assertThat(problems).isEmpty();
  }

  @Test
  void theCamunda8BannerSaysNothing() throws IOException {
    assertThat(read("ru.json").path("labels").path("BANNER_CE_EOL_TEXT").asText()).isEmpty();
  }

  private static List<String> placeholders(String text) {
    List<String> found = new ArrayList<>();
    Matcher matcher = PLACEHOLDER.matcher(text);
    while (matcher.find()) {
      found.add(matcher.group().replace(" ", ""));
    }
    found.sort(String::compareTo);
    return found;
  }

  private static JsonNode read(String file) throws IOException {
    try (InputStream in = TasklistLocaleTest.class.getClassLoader().getResourceAsStream(LOCALES + file)) {
      assertThat(in).as(file + " on the classpath").isNotNull();
      return new ObjectMapper().readTree(in);
    }
  }
}
