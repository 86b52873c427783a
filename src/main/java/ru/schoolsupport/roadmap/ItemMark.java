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
    String evidenceFileName) {

  /** Whether the coordinator accepted this executor's mark. */
  public boolean done() {
    return "DONE".equals(status);
  }
}
