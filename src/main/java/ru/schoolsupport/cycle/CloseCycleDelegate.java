package ru.schoolsupport.cycle;

import ru.schoolsupport.process.Variables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Marks the cycle finished once every school's year is over. */
@Component
public class CloseCycleDelegate implements JavaDelegate {

  private final CycleService cycles;

  public CloseCycleDelegate(CycleService cycles) {
    this.cycles = cycles;
  }

  @Override
  public void execute(DelegateExecution execution) {
    cycles.finish(Variables.id(execution, AnnualCycleProcess.CYCLE_ID));
  }
}
