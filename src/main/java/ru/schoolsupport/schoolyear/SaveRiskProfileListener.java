package ru.schoolsupport.schoolyear;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import ru.schoolsupport.process.JsonValues;

/**
 * When the school completes its self-assessment: checks and stores the risk profile. A wrong
 * profile undoes the completion, so the school keeps its form with what it entered.
 */
@Component
public class SaveRiskProfileListener implements TaskListener {

  private final RiskProfileService riskProfiles;

  public SaveRiskProfileListener(RiskProfileService riskProfiles) {
    this.riskProfiles = riskProfiles;
  }

  @Override
  public void notify(DelegateTask task) {
    riskProfiles.submit(((Number) task.getVariable(SchoolSupportProcess.CYCLE_ID)).longValue(),
        (String) task.getVariable(SchoolSupportProcess.SCHOOL_CODE),
        RiskProfileForms.rowsOf(task.getVariable(SchoolSupportProcess.RISK_PROFILE)),
        JsonValues.strings(task.getVariable(SchoolSupportProcess.PRIORITY_RISKS)));
  }
}
