package ru.schoolsupport.mentoring;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import ru.schoolsupport.cycle.AnnualCycleProcess;
import ru.schoolsupport.cycle.CycleVariables;

/** Stores the coordinator's pairs; wrong lines or an exceeded capacity undo the task's completion. */
@Component
public class SaveMentorPairsDelegate implements JavaDelegate {

  private final MentoringService mentoring;

  public SaveMentorPairsDelegate(MentoringService mentoring) {
    this.mentoring = mentoring;
  }

  @Override
  public void execute(DelegateExecution execution) {
    mentoring.applyCoordinatorPairs(CycleVariables.cycleId(execution),
        CycleVariables.text(execution, AnnualCycleProcess.MENTOR_PAIRS));
  }
}
