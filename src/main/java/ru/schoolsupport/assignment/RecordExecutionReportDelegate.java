package ru.schoolsupport.assignment;

import ru.schoolsupport.process.Variables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Stores the executor's mark (done with the report, or not done with the reason); a report that cannot be accepted undoes the task's completion. */
@Component
public class RecordExecutionReportDelegate implements JavaDelegate {

  private final AssignmentService assignments;

  public RecordExecutionReportDelegate(AssignmentService assignments) {
    this.assignments = assignments;
  }

  @Override
  public void execute(DelegateExecution execution) {
    assignments.recordReport(Variables.id(execution, AssignmentProcess.ASSIGNMENT_ID),
        Variables.text(execution, AssignmentProcess.EXECUTION_RESULT),
        Variables.text(execution, AssignmentProcess.EXECUTION_REPORT),
        Variables.text(execution, AssignmentProcess.EXECUTION_LINK), ru.schoolsupport.access.CurrentUser.of(execution));
  }
}
