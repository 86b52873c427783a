package ru.schoolsupport.listformation;

import ru.schoolsupport.process.Variables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import ru.schoolsupport.cycle.AnnualCycleProcess;
import ru.schoolsupport.process.JsonValues;

/** Proposes the cycle's candidates; the coordinator's list starts as the proposal. */
@Component
public class ProposeCandidatesDelegate implements JavaDelegate {

  private final ListFormationService listFormation;

  public ProposeCandidatesDelegate(ListFormationService listFormation) {
    this.listFormation = listFormation;
  }

  @Override
  public void execute(DelegateExecution execution) {
    var proposed = listFormation.proposeCandidates(Variables.id(execution, AnnualCycleProcess.CYCLE_ID));
    execution.setVariable(AnnualCycleProcess.INCLUDED_SCHOOLS, JsonValues.json(proposed));
  }
}
