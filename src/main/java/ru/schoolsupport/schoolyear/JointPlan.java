package ru.schoolsupport.schoolyear;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The joint plan of a supervised school and its mentor school (a version of it): what they do
 * together, when, and who. The mentor school proposes it; the school agrees or returns it.
 */
public record JointPlan(long id, int version, String mentorSchoolCode, Status status, String proposedBy,
    Instant proposedAt, String agreedBy, String comment, List<Event> events) {

  public enum Status { PROPOSED, AGREED, RETURNED }

  /** One joint event: a seminar, a visit, a consultation, an open lesson… */
  public record Event(String what, LocalDate date, String who) {
  }
}
