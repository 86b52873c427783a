package ru.schoolsupport.cycle;

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

  public RegisterCycleDelegate(CycleService cycles) {
    this.cycles = cycles;
  }

  @Override
  public void execute(DelegateExecution execution) {
    PeriodType type = PeriodType.parse(CycleVariables.text(execution, PERIOD_TYPE));
    String prefix = type == PeriodType.SCHOOL_YEAR ? SCHOOL_PREFIX : CALENDAR_PREFIX;
    CycleDeadlines deadlines = new CycleDeadlines(
        CycleVariables.date(execution, prefix + "ListDue", "Срок формирования перечня"),
        CycleVariables.date(execution, prefix + "DocumentsDue", "Срок документов школ"),
        CycleVariables.date(execution, prefix + "Stage1Due", "Срок отчёта за I этап"),
        CycleVariables.date(execution, prefix + "Stage2Due", "Срок отчёта за II этап"),
        CycleVariables.date(execution, prefix + "FinalDue", "Срок итогового отчёта"));
    Cycle cycle = cycles.register(new CycleService.CycleRequest(CycleVariables.text(execution, CYCLE_TITLE), type,
        CycleVariables.integer(execution, prefix + "StartYear"), deadlines));

    execution.setProcessBusinessKey(cycle.businessKey());
    for (String field : new String[] {"StartYear", "ListDue", "DocumentsDue", "Stage1Due", "Stage2Due", "FinalDue"}) {
      execution.removeVariable(CALENDAR_PREFIX + field);
      execution.removeVariable(SCHOOL_PREFIX + field);
    }
    execution.setVariable(CYCLE_ID, cycle.id());
    execution.setVariable(CYCLE_TITLE, cycle.title());
    execution.setVariable(PERIOD_TYPE, cycle.periodType().name());
    execution.setVariable(CommonVariables.SUBJECT, cycle.title());
    cycles.attachProcessInstance(cycle.id(), execution.getProcessInstanceId());
  }
}
