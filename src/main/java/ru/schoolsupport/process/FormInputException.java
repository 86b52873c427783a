package ru.schoolsupport.process;

import java.util.List;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

/**
 * What a user submitted cannot be accepted: thrown while completing a task, it rolls the completion
 * back (nothing is saved) and reaches Tasklist or the REST client as a 400 with the reasons in Russian.
 * It extends the engine's form field validation exception because that is what the REST API answers
 * with 400 rather than 500.
 */
public class FormInputException extends FormFieldValidationException {

  private final List<String> problems;

  public FormInputException(List<String> problems) {
    super("form", "Данные формы не приняты: " + String.join("; ", problems) + ".");
    this.problems = List.copyOf(problems);
  }

  public FormInputException(String problem) {
    this(List.of(problem));
  }

  public List<String> problems() {
    return problems;
  }
}
