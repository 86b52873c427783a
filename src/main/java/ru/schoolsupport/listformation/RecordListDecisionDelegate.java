package ru.schoolsupport.listformation;

import ru.schoolsupport.process.Variables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import ru.schoolsupport.cycle.AnnualCycleProcess;

/** Records the head's decision on the list and whether the approved list has any school. */
@Component
public class RecordListDecisionDelegate implements JavaDelegate {

  private final ListFormationService listFormation;

  public RecordListDecisionDelegate(ListFormationService listFormation) {
    this.listFormation = listFormation;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long cycleId = Variables.id(execution, AnnualCycleProcess.CYCLE_ID);
    listFormation.recordHeadDecision(cycleId, Variables.text(execution, AnnualCycleProcess.LIST_DECISION),
        Variables.text(execution, AnnualCycleProcess.LIST_DECISION_COMMENT));
    execution.setVariable(AnnualCycleProcess.LIST_HAS_SCHOOLS, !listFormation.includedCodes(cycleId).isEmpty());
  }
}
