package ru.schoolsupport.assignment;

import ru.schoolsupport.process.Variables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Stores the controller's decision on the execution: accepted, or returned with a comment. */
@Component
public class RecordControlDecisionDelegate implements JavaDelegate {

  private final AssignmentService assignments;

  public RecordControlDecisionDelegate(AssignmentService assignments) {
    this.assignments = assignments;
  }

  @Override
  public void execute(DelegateExecution execution) {
    assignments.recordControlDecision(Variables.id(execution, AssignmentProcess.ASSIGNMENT_ID),
        Variables.text(execution, AssignmentProcess.CONTROL_DECISION),
        Variables.text(execution, AssignmentProcess.CONTROL_COMMENT));
  }
}
