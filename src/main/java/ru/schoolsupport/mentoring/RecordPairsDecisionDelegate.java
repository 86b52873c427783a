package ru.schoolsupport.mentoring;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import ru.schoolsupport.cycle.AnnualCycleProcess;
import ru.schoolsupport.cycle.CycleVariables;

/** Records the head's decision on the pairs. */
@Component
public class RecordPairsDecisionDelegate implements JavaDelegate {

  private final MentoringService mentoring;

  public RecordPairsDecisionDelegate(MentoringService mentoring) {
    this.mentoring = mentoring;
  }

  @Override
  public void execute(DelegateExecution execution) {
    mentoring.recordHeadDecision(CycleVariables.cycleId(execution),
        CycleVariables.text(execution, AnnualCycleProcess.PAIRS_DECISION),
        CycleVariables.text(execution, AnnualCycleProcess.PAIRS_DECISION_COMMENT));
  }
}
