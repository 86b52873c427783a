package ru.schoolsupport.mentoring;

import ru.schoolsupport.process.Variables;
import ru.schoolsupport.process.WorkCalendar;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import ru.schoolsupport.cycle.AnnualCycleProcess;

/** Gives the order its number and date and sends it to everyone it names. */
@Component
public class IssueOrderDelegate implements JavaDelegate {

  private final CycleOrderService orders;
  private final WorkCalendar calendar;

  public IssueOrderDelegate(CycleOrderService orders, WorkCalendar calendar) {
    this.calendar = calendar;
    this.orders = orders;
  }

  @Override
  public void execute(DelegateExecution execution) {
    orders.issue(Variables.id(execution, AnnualCycleProcess.CYCLE_ID), Variables.text(execution, AnnualCycleProcess.ORDER_NUMBER),
        Variables.date(execution, AnnualCycleProcess.ORDER_DATE, "Дата приказа", calendar.zone()),
        Variables.text(execution, AnnualCycleProcess.COORDINATOR));
  }
}
