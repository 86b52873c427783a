package ru.schoolsupport.process;

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
}
