package ru.schoolsupport.listformation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import ru.schoolsupport.cycle.AnnualCycleProcess;
import ru.schoolsupport.cycle.CycleVariables;

/** Records the head's decision on the list and whether the approved list has any school. */
@Component
public class RecordListDecisionDelegate implements JavaDelegate {

  private final ListFormationService listFormation;

  public RecordListDecisionDelegate(ListFormationService listFormation) {
    this.listFormation = listFormation;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long cycleId = CycleVariables.cycleId(execution);
    listFormation.recordHeadDecision(cycleId, CycleVariables.text(execution, AnnualCycleProcess.LIST_DECISION),
        CycleVariables.text(execution, AnnualCycleProcess.LIST_DECISION_COMMENT));
    execution.setVariable(AnnualCycleProcess.LIST_HAS_SCHOOLS, !listFormation.includedCodes(cycleId).isEmpty());
  }
}
