package ru.schoolsupport.process;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.camunda.spin.Spin;
import org.camunda.spin.json.SpinJsonNode;

/** Json variables as Camunda Forms exchange them (options lists, checklist values). */
public final class JsonValues {

  private JsonValues() {
  }

  /** A Json value for a variable (Spin), from plain Java lists and maps. */
  public static SpinJsonNode json(Object value) {
    return Spin.JSON(value);
  }

  /**
   * A list of strings as a form or a REST client submits it: a Json array, a Java collection, or a
   * text with the items separated by commas or new lines. Null gives an empty list.
   */
  public static List<String> strings(Object value) {
    List<String> result = new ArrayList<>();
    if (value == null) {
      return result;
    }
    if (value instanceof SpinJsonNode node) {
      if (!node.isArray()) {
        throw new FormInputException("ожидается список значений");
      }
      for (SpinJsonNode element : node.elements()) {
        result.add(element.isString() ? element.stringValue() : element.toString());
      }
    } else if (value instanceof Collection<?> collection) {
      collection.forEach(item -> result.add(String.valueOf(item)));
    } else {
      String text = value.toString().strip();
      if (text.startsWith("[")) {
        return strings(Spin.JSON(text));
      }
      for (String item : text.split("[,\\n]")) {
        if (!item.isBlank()) {
          result.add(item.strip());
        }
      }
    }
    return result;
  }

  /** The rows of a list a form submits (a Json array, or its text); null gives no rows. */
  public static List<SpinJsonNode> rows(Object value, String what) {
    if (value == null) {
      return List.of();
    }
    SpinJsonNode node = value instanceof SpinJsonNode json ? json : Spin.JSON(value.toString());
    if (!node.isArray()) {
      throw new FormInputException(what + ": ожидается список");
    }
    return node.elements();
  }

  /** A nested list of a row; absent or null gives no rows. */
  public static List<SpinJsonNode> rows(SpinJsonNode node, String field) {
    if (!node.hasProp(field) || node.prop(field).isNull() || !node.prop(field).isArray()) {
      return List.of();
    }
    return node.prop(field).elements();
  }

  /** A field of a row as text; absent, null or blank gives null. */
  public static String text(SpinJsonNode node, String field) {
    if (!node.hasProp(field) || node.prop(field).isNull()) {
      return null;
    }
    SpinJsonNode value = node.prop(field);
    String text = value.isString() ? value.stringValue() : value.isNumber() ? value.numberValue().toString()
        : value.toString();
    return text.isBlank() ? null : text.strip();
  }

  /** A date field of a row as Camunda Forms submit it (yyyy-MM-dd); null when empty. */
  public static LocalDate date(SpinJsonNode node, String field, String label) {
    String text = text(node, field);
    if (text == null) {
      return null;
    }
    try {
      return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
    } catch (DateTimeParseException e) {
      throw new FormInputException(label + ": «" + text + "» не является датой");
    }
  }
}
