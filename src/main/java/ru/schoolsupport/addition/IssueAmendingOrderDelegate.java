package ru.schoolsupport.addition;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import ru.schoolsupport.process.Variables;
import ru.schoolsupport.process.WorkCalendar;

/** Gives the amending order its number and date, puts the school on the cycle's list, sends the order. */
@Component
public class IssueAmendingOrderDelegate implements JavaDelegate {

  private final AmendingOrderService orders;
  private final WorkCalendar calendar;

  public IssueAmendingOrderDelegate(AmendingOrderService orders, WorkCalendar calendar) {
    this.orders = orders;
    this.calendar = calendar;
  }

  @Override
  public void execute(DelegateExecution execution) {
    orders.issue(Variables.id(execution, SchoolAdditionProcess.ADDITION_ID),
        Variables.text(execution, SchoolAdditionProcess.ORDER_NUMBER),
        Variables.date(execution, SchoolAdditionProcess.ORDER_DATE, "Дата приказа", calendar.zone()),
        Variables.text(execution, SchoolAdditionProcess.COORDINATOR));
  }
}
