package ru.schoolsupport.addition;

/** Where a proposed addition stands. */
public enum AdditionStatus {
  /** Proposed by the coordinator, waiting for the head. */
  PROPOSED,
  /** Returned by the head with a comment: the coordinator changes the proposal. */
  RETURNED,
  /** Approved by the head: the mentor school and the curator are chosen next. */
  APPROVED,
  /** Mentor school and curator chosen: the amending order is drafted, waiting for its number and date. */
  PAIRED,
  /** The amending order issued: the school is on the cycle's list and its year runs. */
  JOINED;

  /** Whether the addition is still on its way (it holds its school, and its chosen pair counts against the limits). */
  public boolean open() {
    return this != JOINED;
  }
}
