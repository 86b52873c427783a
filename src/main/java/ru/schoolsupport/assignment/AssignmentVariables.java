package ru.schoolsupport.assignment;

import org.camunda.bpm.engine.delegate.VariableScope;

/** Typed reads of the assignmentControl variables named in {@link AssignmentProcess}. */
final class AssignmentVariables {

  private AssignmentVariables() {
  }

  static long assignmentId(VariableScope scope) {
    Object id = scope.getVariable(AssignmentProcess.ASSIGNMENT_ID);
    if (!(id instanceof Number number)) {
      throw new IllegalStateException("The process has no " + AssignmentProcess.ASSIGNMENT_ID);
    }
    return number.longValue();
  }

  /** A text variable as submitted by a form; null when absent or not text. */
  static String text(VariableScope scope, String name) {
    Object value = scope.getVariable(name);
    return value == null ? null : value.toString();
  }
}
