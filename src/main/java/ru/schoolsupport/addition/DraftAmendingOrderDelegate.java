package ru.schoolsupport.addition;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import ru.schoolsupport.process.Variables;

/** Drafts the amending order for the coordinator to download and have signed. */
@Component
public class DraftAmendingOrderDelegate implements JavaDelegate {

  private final AmendingOrderService orders;

  public DraftAmendingOrderDelegate(AmendingOrderService orders) {
    this.orders = orders;
  }

  @Override
  public void execute(DelegateExecution execution) {
    orders.draft(Variables.id(execution, SchoolAdditionProcess.ADDITION_ID),
        Variables.text(execution, SchoolAdditionProcess.COORDINATOR));
  }
}
