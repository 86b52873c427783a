package ru.schoolsupport.roadmap;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One executor's completion mark on an item, as its assignment holds it: the report (what was done, or
 * why not), the evidence link, when and by whom it was written, and whether the coordinator accepted it, and the
 * file attached as evidence (its id and name; null if none).
 */
public record ItemMark(
    long itemId,
    RoadmapExecutorKind kind,
    String ref,
    Long assignmentId,
    String status,
    String reportText,
    String reportLink,
    Instant reportedAt,
    String reportedBy,
    Instant acceptedAt,
    LocalDate deadline,
    boolean overdue,
    int returnCount,
    Long evidenceId,
    String evidenceFileName,
    String executionResult) {

  /** Whether the coordinator accepted this executor's mark as done. */
  public boolean done() {
    return "DONE".equals(status);
  }

  /** Whether the executor's last mark says not done (on check, or accepted). */
  public boolean reportedNotDone() {
    return "notDone".equals(executionResult);
  }

  /** Whether the coordinator accepted this executor's mark «не выполнено» (the report is the reason). */
  public boolean notDone() {
    return "NOT_DONE".equals(status);
  }

  /** Whether the mark is accepted either way: the executor's assignment has ended. */
  public boolean closed() {
    return done() || notDone();
  }
}
