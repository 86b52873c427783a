package ru.schoolsupport.addition;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import ru.schoolsupport.process.Variables;

/** Records the head's decision on the proposal and steers the flow by it. */
@Component
public class RecordAdditionDecisionDelegate implements JavaDelegate {

  private final SchoolAdditionService additions;

  public RecordAdditionDecisionDelegate(SchoolAdditionService additions) {
    this.additions = additions;
  }

  @Override
  public void execute(DelegateExecution execution) {
    boolean approved = additions.decide(Variables.id(execution, SchoolAdditionProcess.ADDITION_ID),
        Variables.text(execution, SchoolAdditionProcess.DECISION),
        Variables.text(execution, SchoolAdditionProcess.DECISION_COMMENT));
    execution.setVariable(SchoolAdditionProcess.APPROVED, approved);
  }
}
