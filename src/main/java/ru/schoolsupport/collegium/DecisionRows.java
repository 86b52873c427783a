package ru.schoolsupport.collegium;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.camunda.spin.json.SpinJsonNode;
import ru.schoolsupport.assignment.ExecutorKind;
import ru.schoolsupport.assignment.NewAssignment;
import ru.schoolsupport.process.FormInputException;
import ru.schoolsupport.process.JsonValues;

/**
 * The rows the decisions form and the assignments form submit, read into plain records. Row keys:
 * a decision has {@code text}, {@code schoolCode}, {@code schoolDecision} and a nested list
 * {@code assignments}; an assignment has {@code text}, {@code executorKind}, {@code executorRef},
 * {@code deadline} and {@code controller}. Entirely empty rows (a list's untouched last row) are skipped.
 * Problems found while reading (an unknown executor kind, a date that is not one) are collected, not thrown.
 */
final class DecisionRows {

  static final String TEXT = "text";
  static final String SCHOOL_CODE = "schoolCode";
  static final String SCHOOL_DECISION = "schoolDecision";
  static final String ASSIGNMENTS = "assignments";
  static final String EXECUTOR_KIND = "executorKind";
  static final String EXECUTOR_REF = "executorRef";
  static final String DEADLINE = "deadline";
  static final String CONTROLLER = "controller";

  private DecisionRows() {
  }

  /** A decision as entered: its text, optionally a school and what it decides, and its assignments. */
  record DecisionInput(int position, String text, String schoolCode, String schoolDecision,
      List<AssignmentInput> assignments) {
  }

  /** An assignment as entered, before its source is known; {@code kind} null if the text named none. */
  record AssignmentInput(int position, String text, ExecutorKind kind, String kindText, String executorRef,
      LocalDate deadline, String controllerLogin) {

    NewAssignment toNew(String source) {
      return new NewAssignment(source, text, kind, executorRef, controllerLogin, deadline);
    }
  }

  static List<DecisionInput> decisions(Object submitted, List<String> problems) {
    List<DecisionInput> decisions = new ArrayList<>();
    int position = 0;
    for (SpinJsonNode row : JsonValues.rows(submitted, "решения коллегии")) {
      String text = JsonValues.text(row, TEXT);
      String school = JsonValues.text(row, SCHOOL_CODE);
      String decision = JsonValues.text(row, SCHOOL_DECISION);
      List<SpinJsonNode> assignmentRows = JsonValues.rows(row, ASSIGNMENTS);
      if (text == null && school == null && decision == null && assignmentRows.stream().allMatch(DecisionRows::blank)) {
        continue;
      }
      position++;
      decisions.add(new DecisionInput(position, text, school, decision,
          assignments(assignmentRows, "решение " + position + ", поручение ", problems)));
    }
    return decisions;
  }

  static List<AssignmentInput> assignments(Object submitted, List<String> problems) {
    return assignments(JsonValues.rows(submitted, "поручения"), "поручение ", problems);
  }

  private static List<AssignmentInput> assignments(List<SpinJsonNode> rows, String label, List<String> problems) {
    List<AssignmentInput> assignments = new ArrayList<>();
    int position = 0;
    for (SpinJsonNode row : rows) {
      if (blank(row)) {
        continue;
      }
      position++;
      String kindText = JsonValues.text(row, EXECUTOR_KIND);
      LocalDate deadline = null;
      try {
        deadline = JsonValues.date(row, DEADLINE, label + position + ", срок");
      } catch (FormInputException e) {
        problems.addAll(e.problems());
      }
      assignments.add(new AssignmentInput(position, JsonValues.text(row, TEXT), ExecutorKinds.parse(kindText),
          kindText, JsonValues.text(row, EXECUTOR_REF), deadline, JsonValues.text(row, CONTROLLER)));
    }
    return assignments;
  }

  private static boolean blank(SpinJsonNode row) {
    return JsonValues.text(row, TEXT) == null && JsonValues.text(row, EXECUTOR_REF) == null
        && JsonValues.text(row, DEADLINE) == null && JsonValues.text(row, CONTROLLER) == null;
  }
}
