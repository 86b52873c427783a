package ru.schoolsupport.cycle;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.camunda.bpm.engine.delegate.VariableScope;
import ru.schoolsupport.process.FormInputException;

/** Typed reads of the annualCycle variables named in {@link AnnualCycleProcess}. */
public final class CycleVariables {

  private CycleVariables() {
  }

  public static long cycleId(VariableScope scope) {
    Object id = scope.getVariable(AnnualCycleProcess.CYCLE_ID);
    if (!(id instanceof Number number)) {
      throw new IllegalStateException("The process has no " + AnnualCycleProcess.CYCLE_ID);
    }
    return number.longValue();
  }

  public static String text(VariableScope scope, String name) {
    Object value = scope.getVariable(name);
    return value == null ? null : value.toString();
  }

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

  /** A date field as Camunda Forms submit it (yyyy-MM-dd, possibly with a time); null when empty. */
  public static LocalDate date(VariableScope scope, String name, String label) {
    Object value = scope.getVariable(name);
    if (value == null || value.toString().isBlank()) {
      return null;
    }
    if (value instanceof java.util.Date date) {
      return date.toInstant().atZone(java.time.ZoneId.systemDefault()).toLocalDate();
    }
    String text = value.toString().strip();
    try {
      return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
    } catch (DateTimeParseException e) {
      throw new FormInputException(label + ": «" + text + "» не является датой");
    }
  }
}
