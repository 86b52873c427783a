package ru.schoolsupport.mentoring;

import ru.schoolsupport.process.Variables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import ru.schoolsupport.cycle.AnnualCycleProcess;

/** Stores the coordinator's pairs; a value not offered or an exceeded capacity undoes the task's completion. */
@Component
public class SaveMentorPairsDelegate implements JavaDelegate {

  private final MentoringService mentoring;

  public SaveMentorPairsDelegate(MentoringService mentoring) {
    this.mentoring = mentoring;
  }

  @Override
  public void execute(DelegateExecution execution) {
    mentoring.applyCoordinatorPairs(Variables.id(execution, AnnualCycleProcess.CYCLE_ID),
        MentoringForms.chosen(execution.getVariable(AnnualCycleProcess.MENTOR_PAIRS)));
  }
}
