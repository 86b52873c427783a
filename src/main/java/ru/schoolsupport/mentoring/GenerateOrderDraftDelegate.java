package ru.schoolsupport.mentoring;

import ru.schoolsupport.process.Variables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import ru.schoolsupport.cycle.AnnualCycleProcess;

/** Generates the order's draft from the approved list and pairs, for the coordinator to download. */
@Component
public class GenerateOrderDraftDelegate implements JavaDelegate {

  private final CycleOrderService orders;

  public GenerateOrderDraftDelegate(CycleOrderService orders) {
    this.orders = orders;
  }

  @Override
  public void execute(DelegateExecution execution) {
    orders.generate(Variables.id(execution, AnnualCycleProcess.CYCLE_ID), Variables.text(execution, AnnualCycleProcess.COORDINATOR));
  }
}
