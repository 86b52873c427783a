package ru.schoolsupport.process;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.springframework.stereotype.Component;

/**
 * What a form submitted, handed from its user task to the step that checks and saves it in our
 * tables, as a transient variable: it lives until that step has run in the same transaction and is
 * never written to Camunda's variables or their history. The business data (a risk profile, a
 * programme, a report) belongs in our tables; process variables keep the references and the
 * decisions that steer the flow (docs/adr/0002: each such copy cost an insert or update of the
 * variable, of its bytes and of their history, and a delete of the old bytes).
 *
 * <p>The one way a form's data leaves its task: the task's create listeners set the form's fields on
 * the task ({@code task.setVariableLocal}), Tasklist's submission ({@code submit-form}) lands on them,
 * and the task's complete listeners hand them on, e.g.
 * {@code ${execution.setVariable('name', submittedForm.value(task, 'name'))}}, or
 * {@code submittedForm.text(task, 'name')} where an absent text should read as empty.
 * The step that reads it must follow the task without a wait state or asynchronous continuation.
 */
@Component("submittedForm")
public class SubmittedForm {

  public TypedValue value(VariableScope scope, String name) {
    return org.camunda.bpm.engine.variable.Variables.untypedValue(scope.getVariable(name), true);
  }

  /** As {@link #value}, an absent text read as empty ({@link FormText}). */
  public TypedValue text(VariableScope scope, String name) {
    return org.camunda.bpm.engine.variable.Variables.stringValue(FormText.text(scope.getVariable(name)), true);
  }
}
