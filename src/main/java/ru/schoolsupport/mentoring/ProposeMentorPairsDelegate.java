package ru.schoolsupport.mentoring;

import ru.schoolsupport.process.Variables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import ru.schoolsupport.cycle.AnnualCycleProcess;

/** Proposes a mentor school and a curator per school; the coordinator's lines start as the proposal. */
@Component
public class ProposeMentorPairsDelegate implements JavaDelegate {

  private final MentoringService mentoring;

  public ProposeMentorPairsDelegate(MentoringService mentoring) {
    this.mentoring = mentoring;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long cycleId = Variables.id(execution, AnnualCycleProcess.CYCLE_ID);
    mentoring.proposePairs(cycleId);
    execution.setVariable(AnnualCycleProcess.MENTOR_PAIRS, mentoring.pairsNeedingAttention(cycleId));
  }
}
