package ru.schoolsupport.assignment;

import ru.schoolsupport.process.FormInputException;

/**
 * The one vocabulary of the executor's result («Результат» on «Исполнить поручение и отчитаться»):
 * {@code done}, or {@code notDone} with the reason in the report field. A form deployed before the choice
 * existed submits no result: that report says done.
 */
public enum ExecutionResult {
  DONE("done"),
  NOT_DONE("notDone");

  private final String value;

  ExecutionResult(String value) {
    this.value = value;
  }

  public String value() {
    return value;
  }

  /** The submitted result; none (an old form) is done, anything else is refused in Russian. */
  public static ExecutionResult of(String submitted) {
    if (submitted == null || submitted.isBlank()) {
      return DONE;
    }
    for (ExecutionResult result : values()) {
      if (result.value.equals(submitted.strip())) {
        return result;
      }
    }
    throw new FormInputException("Результат: выберите «Выполнено» или «Не выполнено»");
  }
}
