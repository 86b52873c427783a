package ru.schoolsupport.addition;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import ru.schoolsupport.process.Variables;

/** Stores the mentor school and the curator chosen, re-checked against the lists and the limits. */
@Component
public class SaveAdditionPairDelegate implements JavaDelegate {

  private final SchoolAdditionService additions;

  public SaveAdditionPairDelegate(SchoolAdditionService additions) {
    this.additions = additions;
  }

  @Override
  public void execute(DelegateExecution execution) {
    additions.choosePair(Variables.id(execution, SchoolAdditionProcess.ADDITION_ID),
        Variables.text(execution, SchoolAdditionProcess.MENTOR), Variables.text(execution, SchoolAdditionProcess.CURATOR));
  }
}
