package ru.schoolsupport.mentoring;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import ru.schoolsupport.cycle.AnnualCycleProcess;
import ru.schoolsupport.cycle.CycleVariables;

/** Gives the order its number and date and sends it to everyone it names. */
@Component
public class IssueOrderDelegate implements JavaDelegate {

  private final CycleOrderService orders;

  public IssueOrderDelegate(CycleOrderService orders) {
    this.orders = orders;
  }

  @Override
  public void execute(DelegateExecution execution) {
    orders.issue(CycleVariables.cycleId(execution), CycleVariables.text(execution, AnnualCycleProcess.ORDER_NUMBER),
        CycleVariables.date(execution, AnnualCycleProcess.ORDER_DATE, "Дата приказа"),
        CycleVariables.text(execution, AnnualCycleProcess.COORDINATOR));
  }
}
