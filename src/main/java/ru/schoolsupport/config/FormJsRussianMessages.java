package ru.schoolsupport.config;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ClassPathResource;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Serves the webapps' shared script with form-js's own messages in Russian: form-js 1.8.7, which
 * Tasklist 7.24 bundles, has no translations, so a user would read «Field is required.» under a
 * Russian label. Each message is replaced where the bundle has it; a message a Camunda upgrade no
 * longer has is left as it is, with a warning in the log.
 */
public class FormJsRussianMessages extends OncePerRequestFilter {

  public static final String PATH = "/camunda/lib/deps.js";
  private static final String SCRIPT = "META-INF/resources/webjars/camunda/lib/deps.js";
  static final String[][] MESSAGES = {
      {"\"Field is required.\"", "\"Заполните это поле.\""},
      {"`Field must have minimum value of ${t.min}.`", "`Значение должно быть не меньше ${t.min}.`"},
      {"`Field must have maximum value of ${t.max}.`", "`Значение должно быть не больше ${t.max}.`"},
      {"`Field must have minimum length of ${t.minLength}.`", "`Нужно не меньше ${t.minLength} символов.`"},
      {"`Field must have maximum length of ${t.maxLength}.`", "`Допустимо не больше ${t.maxLength} символов.`"},
      {"`Field must match pattern ${t.pattern}.`", "`Значение не соответствует образцу ${t.pattern}.`"},
      {"\"Field must be a valid email.\"", "\"Укажите адрес электронной почты, например ivanova@school.ru.\""},
      {"\"Field must be a valid  international phone number. (e.g. +4930664040900)\"",
          "\"Укажите телефон в международном формате, например +78001234567.\""},
      {"\"Value is not a number.\"", "\"Это не число.\""},
      {"\"Date must match pattern yyyy-MM-dd\"", "\"Дата должна быть в формате ГГГГ-ММ-ДД\""},
      {"\" \",\"Add new\"]", "\" \",\"Добавить\"]"},
      {"`Expand all (${m.length})`", "`Развернуть все (${m.length})`"},
      {"\" \",\"Collapse\"]", "\" \",\"Свернуть\"]"},
      {"placeholder:\"Search\",autoComplete", "placeholder:\"Поиск\",autoComplete"},
      // the placeholder of an empty select field
      {"children:_||\"Select\"}", "children:_||\"Выберите\"}"}};
  private static final Logger log = LoggerFactory.getLogger(FormJsRussianMessages.class);

  private volatile byte[] translated;

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    byte[] script = translatedScript();
    response.setContentType("application/javascript;charset=UTF-8");
    response.setContentLength(script.length);
    response.getOutputStream().write(script);
  }

  private byte[] translatedScript() throws IOException {
    if (translated == null) {
      String script;
      try (InputStream in = new ClassPathResource(SCRIPT).getInputStream()) {
        script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
      for (String[] message : MESSAGES) {
        if (script.contains(message[0])) {
          script = script.replace(message[0], message[1]);
        } else {
          log.warn("form-js message not found in the webapps' script, left in English: {}", message[0]);
        }
      }
      translated = script.getBytes(StandardCharsets.UTF_8);
    }
    return translated;
  }
}
