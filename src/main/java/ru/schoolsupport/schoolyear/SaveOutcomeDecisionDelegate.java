package ru.schoolsupport.schoolyear;

import static ru.schoolsupport.schoolyear.SchoolSupportProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import ru.schoolsupport.access.CurrentUser;
import ru.schoolsupport.process.Variables;

/** Records the coordinator's decision on the school's year: its outcome on the cycle's list. */
@Component
public class SaveOutcomeDecisionDelegate implements JavaDelegate {

  private final OutcomeService outcomes;

  public SaveOutcomeDecisionDelegate(OutcomeService outcomes) {
    this.outcomes = outcomes;
  }

  @Override
  public void execute(DelegateExecution execution) {
    SchoolOutcome decided = outcomes.decide(Variables.id(execution, CYCLE_ID), Variables.text(execution, SCHOOL_CODE),
        CurrentUser.of(execution), Variables.text(execution, OUTCOME_DECISION),
        Variables.text(execution, OUTCOME_COMMENT));
    execution.setVariable(SCHOOL_OUTCOME, decided.name());
  }
}
