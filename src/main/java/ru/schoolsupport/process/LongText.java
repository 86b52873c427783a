package ru.schoolsupport.process;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.spin.Spin;
import org.camunda.spin.json.SpinJsonNode;

/**
 * Texts that grow with the region (the reasons of 1,000 candidates, a school's documents as the
 * curator reads them): the engine keeps a String variable in a 4,000-character column, which
 * PostgreSQL enforces. Such a text is kept as a Json string instead, which the engine stores as
 * bytes; Tasklist hands it to the form as plain text, and {@link Variables#text} reads it back.
 */
public final class LongText {

  private static final ObjectMapper JSON = new ObjectMapper();

  private LongText() {
  }

  public static SpinJsonNode of(String text) {
    try {
      return Spin.JSON(JSON.writeValueAsString(text == null ? "" : text));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The text of a variable's value: a {@link LongText}'s string, or any other value as text; null stays null. */
  public static String textOf(Object value) {
    if (value instanceof SpinJsonNode json && json.isString()) {
      return json.stringValue();
    }
    return value == null ? null : value.toString();
  }
}
