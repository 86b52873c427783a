package ru.schoolsupport.schoolyear;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import ru.schoolsupport.process.JsonValues;
import ru.schoolsupport.process.Variables;

/**
 * Checks and stores the school's risk profile. A wrong profile undoes the task's completion, so the
 * school keeps its form with what it entered and reads why in Russian.
 */
@Component
public class SaveRiskProfileDelegate implements JavaDelegate {

  private final RiskProfileService riskProfiles;

  public SaveRiskProfileDelegate(RiskProfileService riskProfiles) {
    this.riskProfiles = riskProfiles;
  }

  @Override
  public void execute(DelegateExecution execution) {
    riskProfiles.submit(Variables.id(execution, SchoolSupportProcess.CYCLE_ID),
        Variables.text(execution, SchoolSupportProcess.SCHOOL_CODE),
        RiskProfileForms.rowsOf(execution.getVariable(SchoolSupportProcess.RISK_PROFILE)),
        JsonValues.strings(execution.getVariable(SchoolSupportProcess.PRIORITY_RISKS)));
  }
}
