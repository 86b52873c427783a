package ru.schoolsupport.reminders;

import static ru.schoolsupport.reminders.MoveDeadlineProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import ru.schoolsupport.cycle.CycleRepository;
import ru.schoolsupport.cycle.DeadlineKind;
import ru.schoolsupport.process.FormInputException;
import ru.schoolsupport.process.Variables;

/** Moves the deadline the coordinator's start form names; a wrong entry refuses the start with the reason. */
@Component
public class MoveDeadlineDelegate implements JavaDelegate {

  private final DeadlineMoves moves;
  private final CycleRepository cycles;

  public MoveDeadlineDelegate(DeadlineMoves moves, CycleRepository cycles) {
    this.moves = moves;
    this.cycles = cycles;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String cycleKey = Variables.text(execution, CYCLE);
    Long cycleId = cycleKey == null ? null : cycles.findByBusinessKey(cycleKey.strip()).map(c -> c.id())
        .orElseThrow(() -> new FormInputException("цикл «" + cycleKey.strip() + "» не найден"));
    DeadlineMoves.Result result = moves.move(new DeadlineMoves.Request(cycleId,
        DeadlineKind.parse(Variables.text(execution, KIND)), Variables.text(execution, SCHOOL),
        Variables.date(execution, DATE, "Новый срок"), Variables.text(execution, REASON),
        Variables.text(execution, COORDINATOR)));
    execution.setProcessBusinessKey(cycleKey.strip());
    execution.setVariable(RESULT, "Срок перенесён с " + result.oldDate() + " на " + result.newDate()
        + "; задач с новым сроком: " + result.tasksMoved());
  }
}
