package ru.schoolsupport.cycle;

import ru.schoolsupport.process.Variables;
import ru.schoolsupport.process.WorkCalendar;
import static ru.schoolsupport.cycle.AnnualCycleProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import ru.schoolsupport.process.CommonVariables;

/**
 * Stores the cycle the coordinator started and names the instance after it (business key «2025/26»).
 * The start form's fields are then removed: the cycle's data lives in {@code ss_cycle}.
 */
@Component
public class RegisterCycleDelegate implements JavaDelegate {

  private final CycleService cycles;
  private final WorkCalendar calendar;

  public RegisterCycleDelegate(CycleService cycles, WorkCalendar calendar) {
    this.calendar = calendar;
    this.cycles = cycles;
  }

  @Override
  public void execute(DelegateExecution execution) {
    PeriodType type = PeriodType.parse(Variables.text(execution, PERIOD_TYPE));
    // an empty deadline takes the period type's default
    CycleDeadlines deadlines = new CycleDeadlines(
        Variables.date(execution, LIST_DUE, "Срок формирования перечня", calendar.zone()),
        Variables.date(execution, DOCUMENTS_DUE, "Срок документов школ", calendar.zone()),
        Variables.date(execution, STAGE1_DUE, "Срок отчёта за I этап", calendar.zone()),
        Variables.date(execution, STAGE2_DUE, "Срок отчёта за II этап", calendar.zone()),
        Variables.date(execution, FINAL_DUE, "Срок итогового отчёта", calendar.zone()));
    Cycle cycle = cycles.register(new CycleService.CycleRequest(Variables.text(execution, CYCLE_TITLE), type,
        Variables.integer(execution, START_YEAR), deadlines));

    execution.setProcessBusinessKey(cycle.businessKey());
    execution.removeVariables(java.util.List.of(START_YEAR, LIST_DUE, DOCUMENTS_DUE, STAGE1_DUE, STAGE2_DUE, FINAL_DUE));
    execution.setVariable(CYCLE_ID, cycle.id());
    execution.setVariable(CYCLE_TITLE, cycle.title());
    execution.setVariable(PERIOD_TYPE, cycle.periodType().name());
    execution.setVariable(CommonVariables.SUBJECT, cycle.title());
    cycles.attachProcessInstance(cycle.id(), execution.getProcessInstanceId());
  }
}
