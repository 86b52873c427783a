package ru.schoolsupport.process;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The fields a Camunda Form declares, read from its JSON as form-js reads it: the variables a
 * submission of the form may carry ({@link #variableNames()}) and the rules each field states
 * ({@link FormRules}). A field inside a dynamic list is a field of each of the list's rows; a group
 * without a path only lays its fields out.
 */
public final class DeclaredForm {

  /** A form with no fields: a task without a form may be completed, with no variables. */
  public static final DeclaredForm NONE = new DeclaredForm(List.of());

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Set<String> NOT_FIELDS = Set.of("text", "html", "image", "spacer", "separator", "button", "iframe");

  /**
   * One field (or a dynamic list, whose {@code rows} are the fields of each row). {@code options}
   * are the values a choice may take, when the form lists them; {@code optionsVariable} names the
   * variable that lists them ({@code valuesKey}); neither is set when a FEEL expression computes them.
   */
  public record Field(String key, String label, String type, boolean conditional, boolean readonly,
      JsonNode validate, List<String> options, String optionsVariable, List<Field> rows) {

    public boolean required() {
      return validate.path("required").asBoolean(false) && !conditional;
    }

    public boolean isList() {
      return "dynamiclist".equals(type);
    }

    /** How a message names the field: its label, or its key when it has none. */
    public String title() {
      return label == null || label.isBlank() ? key : label;
    }
  }

  private final List<Field> fields;

  private DeclaredForm(List<Field> fields) {
    this.fields = List.copyOf(fields);
  }

  public static DeclaredForm parse(InputStream json) throws IOException {
    JsonNode root = JSON.readTree(json);
    return new DeclaredForm(fields(root.path("components"), false));
  }

  public List<Field> fields() {
    return fields;
  }

  /** The variables a submission of this form may set. */
  public Set<String> variableNames() {
    Set<String> names = new LinkedHashSet<>();
    fields.forEach(field -> names.add(field.key()));
    return names;
  }

  public Field field(String key) {
    return fields.stream().filter(field -> field.key().equals(key)).findFirst().orElse(null);
  }

  private static List<Field> fields(JsonNode components, boolean hiddenAbove) {
    List<Field> found = new ArrayList<>();
    for (JsonNode component : components) {
      String type = component.path("type").asText();
      boolean conditional = hiddenAbove || component.hasNonNull("conditional");
      if ("dynamiclist".equals(type) && component.hasNonNull("path")) {
        found.add(new Field(component.get("path").asText(), component.path("label").asText(null), type, conditional,
            false, component.path("validate"), List.of(), null, fields(component.path("components"), false)));
      } else if ("group".equals(type) || "dynamiclist".equals(type)) {
        found.addAll(fields(component.path("components"), conditional));
      } else if (!NOT_FIELDS.contains(type) && component.hasNonNull("key")) {
        found.add(new Field(component.get("key").asText(), label(component), type, conditional,
            component.path("readonly").asBoolean(false) || component.path("disabled").asBoolean(false),
            component.path("validate"), options(component), component.path("valuesKey").asText(null), List.of()));
      }
    }
    return found;
  }

  private static String label(JsonNode component) {
    String label = component.path("label").asText(null);
    return label != null ? label : component.path("dateLabel").asText(null);
  }

  private static List<String> options(JsonNode component) {
    List<String> values = new ArrayList<>();
    component.path("values").forEach(option -> values.add(option.path("value").asText()));
    return values;
  }
}
