package ru.schoolsupport.mentoring;

import ru.schoolsupport.process.Variables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import ru.schoolsupport.cycle.AnnualCycleProcess;

/** Records the head's decision on the pairs. */
@Component
public class RecordPairsDecisionDelegate implements JavaDelegate {

  private final MentoringService mentoring;

  public RecordPairsDecisionDelegate(MentoringService mentoring) {
    this.mentoring = mentoring;
  }

  @Override
  public void execute(DelegateExecution execution) {
    mentoring.recordHeadDecision(Variables.id(execution, AnnualCycleProcess.CYCLE_ID),
        Variables.text(execution, AnnualCycleProcess.PAIRS_DECISION),
        Variables.text(execution, AnnualCycleProcess.PAIRS_DECISION_COMMENT));
  }
}
