package ru.schoolsupport.process;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import ru.schoolsupport.process.DeclaredForm.Field;

/**
 * The rules a form shows, enforced on the server as Tasklist enforces them in the browser: a
 * submission may carry only the form's fields, and each field's value must keep its rules (required,
 * min/max, minLength/maxLength, pattern, options, the kind of value). The problems are in Russian and
 * name the field and its limit; an empty list means the submission keeps every rule.
 */
public final class FormRules {

  /** How the engine's REST API writes a Date variable. */
  private static final Pattern ISO_DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final DateTimeFormatter ENGINE_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ");

  /**
   * What a form's pattern asks for, in words: a person is never shown the regular expression. The
   * same words as Tasklist's (scripts/form-js-ru.js, PATTERN_HINTS); a pattern not listed is described
   * by {@link #PATTERN_OTHER}.
   */
  public static final Map<String, String> PATTERN_HINTS = Map.of(
      "^https?://\\S+$", "укажите ссылку, начинающуюся с http:// или https://, например https://school.ru/plan",
      "^[a-zA-Z0-9_.@-]*$", "укажите логин: латинские буквы, цифры и знаки . _ - @, без пробелов",
      "^[a-zA-Z0-9_.-]*$", "укажите код латинскими буквами и цифрами, например sosh6",
      "^\\s*[A-Za-z0-9_.-]*\\s*$", "укажите код латинскими буквами и цифрами, например sosh6",
      "^\\s*[0-9]{4}(/[0-9]{2})?\\s*$", "укажите год цикла, например 2026 или 2026/27");
  static final String PATTERN_OTHER = "значение записано не в том виде, посмотрите подсказку под полем";

  private FormRules() {
  }

  /** Variables the form does not declare, in the order given. */
  public static List<String> undeclared(DeclaredForm form, Set<String> submitted) {
    Set<String> declared = form.variableNames();
    return submitted.stream().filter(name -> !declared.contains(name)).toList();
  }

  /**
   * What is wrong with these submitted values. {@code current} gives a variable's value as the task
   * holds it now: a required field left out of the submission may already hold its value, and a
   * choice's options may come from a variable ({@code valuesKey}). A {@code whole} submission
   * completes the form: every required field must then hold a value; otherwise only the fields given
   * are checked (a variable set on its own).
   */
  public static List<String> problems(DeclaredForm form, Map<String, JsonNode> submitted,
      Function<String, JsonNode> current, boolean whole) {
    List<String> problems = new ArrayList<>();
    for (Field field : form.fields()) {
      boolean given = submitted.containsKey(field.key());
      if (!given && !whole) {
        continue;
      }
      JsonNode value = given ? submitted.get(field.key()) : null;
      if (field.required() && isEmpty(given ? value : current.apply(field.key()))) {
        problems.add(name(field, null) + ": обязательное поле, заполните его");
      } else if (given && !isEmpty(value)) {
        check(field, value, null, current, problems);
      }
    }
    return problems;
  }

  private static void check(Field field, JsonNode value, String where, Function<String, JsonNode> current,
      List<String> problems) {
    String name = name(field, where);
    JsonNode rules = field.validate();
    switch (field.type()) {
      case "textfield", "textarea" -> {
        if (!value.isTextual()) {
          problems.add(name + ": ожидается текст");
          return;
        }
        String text = value.asText();
        int length = text.codePointCount(0, text.length());
        if (rules.has("maxLength") && length > rules.get("maxLength").asInt()) {
          problems.add(name + ": не длиннее " + rules.get("maxLength").asInt() + " символов (сейчас " + length + ")");
        }
        if (rules.has("minLength") && length < rules.get("minLength").asInt()) {
          problems.add(name + ": не короче " + rules.get("minLength").asInt() + " символов (сейчас " + length + ")");
        }
        if (rules.hasNonNull("pattern") && !matches(rules.get("pattern").asText(), text)) {
          problems.add(name + ": " + PATTERN_HINTS.getOrDefault(rules.get("pattern").asText(), PATTERN_OTHER));
        }
      }
      case "number" -> {
        if (!value.isNumber() && !(value.isTextual() && isNumber(value.asText()))) {
          problems.add(name + ": ожидается число");
          return;
        }
        double number = value.asDouble();
        if (rules.has("min") && number < rules.get("min").asDouble()) {
          problems.add(name + ": не меньше " + rules.get("min").asText());
        }
        if (rules.has("max") && number > rules.get("max").asDouble()) {
          problems.add(name + ": не больше " + rules.get("max").asText());
        }
      }
      case "datetime" -> {
        if (!value.isTextual() || !isDate(value.asText())) {
          problems.add(name + (value.isTextual() && ISO_DAY.matcher(value.asText().strip()).lookingAt()
              ? ": такой даты нет (" + value.asText().strip() + "), выберите дату в календаре"
              : ": ожидается дата (через API — в виде ГГГГ-ММ-ДД)"));
        }
      }
      case "checkbox" -> {
        if (!value.isBoolean()) {
          problems.add(name + ": ожидается «да» или «нет»");
        }
      }
      case "select", "radio" -> {
        Set<String> options = options(field, current);
        if (!value.isValueNode() || options != null && !options.contains(value.asText())) {
          problems.add(name + ": выберите значение из списка");
        }
      }
      case "checklist", "taglist" -> {
        Set<String> options = options(field, current);
        if (!value.isArray()) {
          problems.add(name + ": ожидается список значений");
          return;
        }
        for (JsonNode item : value) {
          if (!item.isValueNode() || options != null && !options.contains(item.asText())) {
            problems.add(name + ": выберите значения из списка");
            return;
          }
        }
      }
      case "dynamiclist" -> checkRows(field, value, where, current, problems);
      default -> {
        // another kind of field: its rules are not ours to read
      }
    }
  }

  private static void checkRows(Field list, JsonNode value, String where, Function<String, JsonNode> current,
      List<String> problems) {
    if (!value.isArray()) {
      problems.add(name(list, where) + ": ожидается список строк");
      return;
    }
    int row = 0;
    for (JsonNode item : value) {
      row++;
      String at = name(list, where) + ", строка " + row;
      if (!item.isObject()) {
        problems.add(at + ": ожидается строка с полями");
        continue;
      }
      for (Field field : list.rows()) {
        JsonNode cell = item.get(field.key());
        if (field.required() && isEmpty(cell)) {
          problems.add(at + ", поле «" + field.title() + "»: обязательное поле, заполните его");
        } else if (!isEmpty(cell)) {
          check(field, cell, at, current, problems);
        }
      }
    }
  }

  private static Set<String> options(Field field, Function<String, JsonNode> current) {
    if (!field.options().isEmpty()) {
      return new HashSet<>(field.options());
    }
    if (field.optionsVariable() == null) {
      return null;
    }
    Set<String> values = new HashSet<>();
    JsonNode listed = current.apply(field.optionsVariable());
    if (listed != null) {
      listed.forEach(option -> values.add(option.path("value").asText()));
    }
    return values;
  }

  private static String name(Field field, String where) {
    return where == null ? "Поле «" + field.title() + "»" : where + ", поле «" + field.title() + "»";
  }

  static boolean isEmpty(JsonNode value) {
    return value == null || value.isNull() || value.isMissingNode()
        || value.isTextual() && value.asText().isBlank()
        || value.isArray() && value.isEmpty();
  }

  private static boolean matches(String pattern, String text) {
    try {
      return Pattern.compile(pattern).matcher(text).find();
    } catch (PatternSyntaxException e) {
      return true;
    }
  }

  private static boolean isNumber(String text) {
    try {
      Double.parseDouble(text.strip());
      return true;
    } catch (NumberFormatException e) {
      return false;
    }
  }

  private static boolean isDate(String text) {
    for (Function<String, Object> parse : List.<Function<String, Object>>of(LocalDate::parse,
        LocalDateTime::parse, OffsetDateTime::parse, t -> OffsetDateTime.parse(t, ENGINE_DATE))) {
      try {
        parse.apply(text.strip());
        return true;
      } catch (DateTimeParseException e) {
        // try the next form
      }
    }
    return false;
  }
}
