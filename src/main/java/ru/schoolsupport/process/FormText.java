package ru.schoolsupport.process;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

/**
 * Texts for forms from variables that may not exist yet (a head's comment before the first
 * return): an empty string rather than null, since Tasklist cannot submit a form holding a null
 * variable. Referenced from models as {@code ${formText.of(execution, 'name')}}, and from a user task's
 * complete listeners, which read the task's own variables, as {@code ${formText.of(task, 'name')}}.
 */
@Component("formText")
public class FormText {

  public String of(VariableScope scope, String name) {
    return text(scope.getVariable(name));
  }

  /**
   * A variable a user typed (a head's comment, a source), for a form's {@code text} component: shown
   * as typed, nothing of it read as Markdown or HTML ({@link Markdown#text}); empty if there is none.
   * Referenced as {@code ${formText.markdown(execution, 'name')}}.
   */
  public String markdown(VariableScope scope, String name) {
    return Markdown.text(text(scope.getVariable(name)));
  }

  /** A name (a school's, from the directory) for a line of a form's Markdown ({@link Markdown#inline}). */
  public String inline(VariableScope scope, String name) {
    return Markdown.inline(text(scope.getVariable(name)));
  }

  /** A form's text value: empty rather than null. */
  static String text(Object value) {
    return value == null ? "" : value.toString();
  }
}
