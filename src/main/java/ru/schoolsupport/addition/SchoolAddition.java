package ru.schoolsupport.addition;

import java.time.Instant;
import java.time.LocalDate;
import ru.schoolsupport.listformation.Category;
import ru.schoolsupport.listformation.Project;

/** A school proposed for a running cycle, as stored in {@code ss_school_addition}. */
public record SchoolAddition(
    long id,
    long cycleId,
    String schoolCode,
    Category category,
    Project project,
    AdditionReason reasonKind,
    String basis,
    String reason,
    AdditionStatus status,
    String proposedBy,
    Instant proposedAt,
    String headComment,
    String mentorSchoolCode,
    String curatorLogin,
    String orderNumber,
    LocalDate orderDate,
    LocalDate joinedOn,
    String processInstanceId) {

  /** The reason as the cycle's list keeps it: «решение коллегии (протокол от 12.03.2027 № 3): …». */
  public String listReason() {
    return "Включена в течение года: " + reasonKind.title()
        + (basis == null || basis.isBlank() ? "" : " (" + basis.strip() + ")") + ". " + reason.strip();
  }
}
