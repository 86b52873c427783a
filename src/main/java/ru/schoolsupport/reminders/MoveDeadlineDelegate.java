package ru.schoolsupport.reminders;

import static ru.schoolsupport.reminders.MoveDeadlineProcess.*;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import ru.schoolsupport.cycle.Cycle;
import ru.schoolsupport.cycle.CycleService;
import ru.schoolsupport.cycle.DeadlineKind;
import ru.schoolsupport.process.FormInputException;
import ru.schoolsupport.process.Variables;
import ru.schoolsupport.process.WorkCalendar;

/**
 * Moves the deadline the coordinator's task names. The cycle and the school must be among those the
 * server offers now (a running cycle, a school of its list), whatever the submission carries; a
 * wrong entry refuses the completion with the reason, naming the field, and nothing moves.
 */
@Component
public class MoveDeadlineDelegate implements JavaDelegate {

  private final DeadlineMoves moves;
  private final DeadlineMoveForms choices;
  private final WorkCalendar calendar;

  public MoveDeadlineDelegate(DeadlineMoves moves, DeadlineMoveForms choices, WorkCalendar calendar) {
    this.calendar = calendar;
    this.moves = moves;
    this.choices = choices;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String cycleValue = Variables.text(execution, CYCLE);
    String school = Variables.text(execution, SCHOOL);
    school = school == null || school.isBlank() ? null : school.strip();
    List<String> problems = new ArrayList<>();
    Cycle cycle = cycleValue == null || cycleValue.isBlank() ? null : choices.runningCycle(cycleValue.strip()).orElse(null);
    if (cycleValue == null || cycleValue.isBlank()) {
      problems.add("Поле «Цикл»: выберите цикл");
    } else if (cycle == null) {
      problems.add("Поле «Цикл»: выберите цикл из списка (сроки переносятся только у идущих циклов)");
    }
    String schoolCode = null;
    if (cycle != null && school != null) {
      String chosen = school;
      schoolCode = choices.schoolsOf(cycle.id()).stream().map(s -> s.schoolCode())
          .filter(code -> DeadlineMoveForms.schoolValue(cycle.id(), code).equals(chosen)).findFirst().orElse(null);
      if (schoolCode == null) {
        problems.add("Поле «Школа»: выберите школу из списка цикла «" + DeadlineMoveForms.label(cycle) + "»");
      }
    }
    if (!problems.isEmpty()) {
      throw new FormInputException(problems);
    }
    DeadlineMoves.Result result = moves.move(new DeadlineMoves.Request(cycle.id(),
        DeadlineKind.parse(Variables.text(execution, KIND)), schoolCode,
        Variables.date(execution, DATE, "Новый срок", calendar.zone()), Variables.text(execution, REASON),
        Variables.text(execution, COORDINATOR)));
    execution.setProcessBusinessKey(cycle.businessKey());
    execution.setVariable(RESULT, "Срок перенесён" + (result.oldDate() == null ? ""
        : " с " + CycleService.RUSSIAN_DATE.format(result.oldDate())) + " на "
        + CycleService.RUSSIAN_DATE.format(result.newDate()) + "; задач с новым сроком: " + result.tasksMoved());
  }
}
