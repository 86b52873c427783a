package ru.schoolsupport.collegium;

import java.time.LocalDate;
import java.util.List;

/** A collegium meeting as recorded: date, protocol number, agenda, and its decisions. */
public record CollegiumMeeting(
    long id,
    LocalDate date,
    String protocolNumber,
    String agenda,
    Status status,
    String recordedBy,
    String processInstanceId,
    List<Decision> decisions) {

  public enum Status {
    /** Registered; the secretary has not entered the decisions yet. */
    OPEN,
    /** The decisions are entered and their assignments issued. */
    RECORDED
  }

  /**
   * One decision: its text; the school it is about, what it decides (a {@code SchoolOutcome} name)
   * and the cycle whose list it sets, if any; the assignments it gave.
   */
  public record Decision(long id, int position, String text, String schoolCode, String schoolDecision, Long cycleId,
      List<Long> assignmentIds) {
  }
}
