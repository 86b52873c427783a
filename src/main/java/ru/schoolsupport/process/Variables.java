package ru.schoolsupport.process;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * Typed reads of process variables, as forms and REST clients submit them. The names live with each
 * process ({@code AnnualCycleProcess}, {@code SchoolSupportProcess}, {@code AssignmentProcess}).
 */
public final class Variables {

  private Variables() {
  }

  /** A reference to a row of our tables (a number); the process cannot go on without it. */
  public static long id(VariableScope scope, String name) {
    Object id = scope.getVariable(name);
    if (!(id instanceof Number number)) {
      throw new IllegalStateException("The process has no " + name);
    }
    return number.longValue();
  }

  /** A text as submitted (also a {@link LongText}); null when absent. */
  public static String text(VariableScope scope, String name) {
    return LongText.textOf(scope.getVariable(name));
  }

  /** A whole number as submitted (a number or its text); null when empty. */
  public static Integer integer(VariableScope scope, String name) {
    Object value = scope.getVariable(name);
    if (value == null || value.toString().isBlank()) {
      return null;
    }
    if (value instanceof Number number) {
      return number.intValue();
    }
    try {
      return (int) Double.parseDouble(value.toString().strip());
    } catch (NumberFormatException e) {
      throw new FormInputException("«" + value + "» не является числом");
    }
  }

  /**
   * A date field as Camunda Forms submit it (yyyy-MM-dd, possibly with a time); null when empty. A date
   * sent as a Date (over REST) is read in the municipality's time zone ({@link WorkCalendar#zone()}), not
   * the server's: a server on UTC would otherwise make 1 March 00:00 in Moscow the 28th of February.
   */
  public static LocalDate date(VariableScope scope, String name, String label, java.time.ZoneId zone) {
    Object value = scope.getVariable(name);
    if (value == null || value.toString().isBlank()) {
      return null;
    }
    if (value instanceof java.util.Date date) {
      return date.toInstant().atZone(zone).toLocalDate();
    }
    String text = value.toString().strip();
    try {
      return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
    } catch (DateTimeParseException e) {
      throw new FormInputException(label + ": «" + text + "» не является датой");
    }
  }
}
