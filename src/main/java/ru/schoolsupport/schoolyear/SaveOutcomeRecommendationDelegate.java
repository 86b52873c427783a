package ru.schoolsupport.schoolyear;

import static ru.schoolsupport.schoolyear.SchoolSupportProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import ru.schoolsupport.access.CurrentUser;
import ru.schoolsupport.process.Variables;

/** Records the curator's recommended outcome of the school's year. */
@Component
public class SaveOutcomeRecommendationDelegate implements JavaDelegate {

  private final OutcomeService outcomes;

  public SaveOutcomeRecommendationDelegate(OutcomeService outcomes) {
    this.outcomes = outcomes;
  }

  @Override
  public void execute(DelegateExecution execution) {
    outcomes.recommend(Variables.id(execution, CYCLE_ID), Variables.text(execution, SCHOOL_CODE),
        CurrentUser.of(execution), Variables.text(execution, RECOMMENDED_OUTCOME),
        Variables.text(execution, RECOMMENDATION_COMMENT));
  }
}
