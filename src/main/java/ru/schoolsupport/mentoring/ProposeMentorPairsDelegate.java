package ru.schoolsupport.mentoring;

import ru.schoolsupport.process.Variables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import ru.schoolsupport.cycle.AnnualCycleProcess;

/** Proposes a mentor school and a curator per school; the coordinator's form starts from the proposal. */
@Component
public class ProposeMentorPairsDelegate implements JavaDelegate {

  private final MentoringService mentoring;

  public ProposeMentorPairsDelegate(MentoringService mentoring) {
    this.mentoring = mentoring;
  }

  @Override
  public void execute(DelegateExecution execution) {
    mentoring.proposePairs(Variables.id(execution, AnnualCycleProcess.CYCLE_ID));
  }
}
