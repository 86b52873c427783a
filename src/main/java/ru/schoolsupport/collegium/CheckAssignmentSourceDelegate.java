package ru.schoolsupport.collegium;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import ru.schoolsupport.process.CommonVariables;
import ru.schoolsupport.process.Variables;

/** Checks the start form's source (an empty or too long one refuses the start) and names the work after it. */
@Component
public class CheckAssignmentSourceDelegate implements JavaDelegate {

  private final AssignmentBatchService batches;

  public CheckAssignmentSourceDelegate(AssignmentBatchService batches) {
    this.batches = batches;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String source = batches.checkSource(Variables.text(execution, AssignmentBatchProcess.SOURCE));
    execution.setVariable(CommonVariables.SUBJECT, "Поручения: " + (source.length() > 80 ? source.substring(0, 79) + "…" : source));
  }
}
