package ru.schoolsupport.listformation;

import ru.schoolsupport.process.Variables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import ru.schoolsupport.cycle.AnnualCycleProcess;
import ru.schoolsupport.process.JsonValues;

/** Stores the coordinator's list; a change without a reason undoes the task's completion. */
@Component
public class SaveSchoolListDelegate implements JavaDelegate {

  private final ListFormationService listFormation;

  public SaveSchoolListDelegate(ListFormationService listFormation) {
    this.listFormation = listFormation;
  }

  @Override
  public void execute(DelegateExecution execution) {
    listFormation.applyCoordinatorList(Variables.id(execution, AnnualCycleProcess.CYCLE_ID),
        JsonValues.strings(execution.getVariable(AnnualCycleProcess.INCLUDED_SCHOOLS)),
        Variables.text(execution, AnnualCycleProcess.LIST_CHANGE_COMMENT));
  }
}
