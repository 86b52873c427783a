package ru.schoolsupport.collegium;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import ru.schoolsupport.process.Variables;

/** Issues the assignments the coordinator entered; a list that cannot be accepted undoes the task's completion. */
@Component
public class IssueAssignmentBatchDelegate implements JavaDelegate {

  private final AssignmentBatchService batches;

  public IssueAssignmentBatchDelegate(AssignmentBatchService batches) {
    this.batches = batches;
  }

  @Override
  public void execute(DelegateExecution execution) {
    batches.issueEntered(Variables.text(execution, AssignmentBatchProcess.SOURCE),
        execution.getVariable(AssignmentBatchProcess.ASSIGNMENTS));
  }
}
