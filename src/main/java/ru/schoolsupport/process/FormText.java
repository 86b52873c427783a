package ru.schoolsupport.process;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

/**
 * Texts for forms from variables that may not exist yet (a head's comment before the first
 * return): an empty string rather than null, since Tasklist cannot submit a form holding a null
 * variable. Referenced from models as {@code ${formText.of(execution, 'name')}}, and from a user task's
 * output mappings, which read the task's own variables, as {@code ${formText.of(task, 'name')}}.
 */
@Component("formText")
public class FormText {

  public String of(VariableScope scope, String name) {
    return text(scope.getVariable(name));
  }

  /** A form's text value: empty rather than null. */
  static String text(Object value) {
    return value == null ? "" : value.toString();
  }
}
