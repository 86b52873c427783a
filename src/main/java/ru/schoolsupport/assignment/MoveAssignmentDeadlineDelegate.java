package ru.schoolsupport.assignment;

import ru.schoolsupport.process.Variables;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import ru.schoolsupport.process.FormInputException;

/** Applies the controller's new deadline for an overdue assignment, if one was given. */
@Component
public class MoveAssignmentDeadlineDelegate implements JavaDelegate {

  private final AssignmentService assignments;

  public MoveAssignmentDeadlineDelegate(AssignmentService assignments) {
    this.assignments = assignments;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String newDeadline = Variables.text(execution, AssignmentProcess.NEW_DEADLINE);
    if (newDeadline == null || newDeadline.isBlank()) {
      return;
    }
    LocalDate deadline;
    try {
      deadline = LocalDate.parse(newDeadline.strip());
    } catch (DateTimeParseException e) {
      throw new FormInputException("новый срок «" + newDeadline + "» не является датой");
    }
    assignments.moveDeadline(Variables.id(execution, AssignmentProcess.ASSIGNMENT_ID), deadline);
  }
}
