package ru.schoolsupport.collegium;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import ru.schoolsupport.access.CurrentUser;
import ru.schoolsupport.process.FormInputException;
import ru.schoolsupport.process.Variables;

/**
 * Stores the decisions the secretary entered, sets the schools' places on the list and issues the
 * assignments; decisions that cannot be accepted undo the task's completion.
 */
@Component
public class RecordCollegiumDecisionsDelegate implements JavaDelegate {

  private final CollegiumService collegium;

  public RecordCollegiumDecisionsDelegate(CollegiumService collegium) {
    this.collegium = collegium;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String cycle = Variables.text(execution, CollegiumProcess.DECISION_CYCLE);
    Long cycleId;
    try {
      cycleId = cycle == null || cycle.isBlank() ? null : Long.valueOf(cycle.strip());
    } catch (NumberFormatException e) {
      throw new FormInputException("цикл сопровождения «" + cycle + "» не найден");
    }
    String by = CurrentUser.of(execution);
    collegium.recordDecisions(Variables.id(execution, CollegiumProcess.MEETING_ID), cycleId,
        execution.getVariable(CollegiumProcess.DECISIONS), by);
  }
}
