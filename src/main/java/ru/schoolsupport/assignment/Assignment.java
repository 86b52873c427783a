package ru.schoolsupport.assignment;

import java.time.Instant;
import java.time.LocalDate;

/** An assignment (поручение): what to do, who does it, by when, and who checks it. */
public record Assignment(
    Long id,
    String source,
    String text,
    ExecutorKind executorKind,
    String executorRef,
    String controllerLogin,
    LocalDate deadline,
    AssignmentStatus status,
    String reportText,
    String reportLink,
    Instant reportedAt,
    String controlComment,
    int returnCount,
    boolean overdue,
    String processInstanceId,
    ExecutionResult executionResult) {

  /** Whether the executor's last report says not done (the report text is then the reason). */
  public boolean reportedNotDone() {
    return executionResult == ExecutionResult.NOT_DONE;
  }
}
