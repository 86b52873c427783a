package ru.schoolsupport.assignment;

import ru.schoolsupport.process.Variables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Marks an assignment whose deadline passed without a report. */
@Component
public class MarkAssignmentOverdueDelegate implements JavaDelegate {

  private final AssignmentService assignments;

  public MarkAssignmentOverdueDelegate(AssignmentService assignments) {
    this.assignments = assignments;
  }

  @Override
  public void execute(DelegateExecution execution) {
    assignments.markOverdue(Variables.id(execution, AssignmentProcess.ASSIGNMENT_ID));
  }
}
