package ru.schoolsupport.collegium;

/**
 * The assignmentBatch process: a coordinator enters the assignments of an order or a decision (not
 * necessarily the collegium's) and each one is issued to run its own assignmentControl.
 */
public final class AssignmentBatchProcess {

  public static final String KEY = "assignmentBatch";

  /** The coordinator who started it (the start event's initiator), who also enters the list. */
  public static final String INITIATOR = "batchInitiator";
  /** What the assignments come from, e.g. «Приказ от 16.02.2023 № 208» (start form). */
  public static final String SOURCE = "assignmentSource";
  /** The assignments as the form submits them (Json array of rows, see {@link DecisionRows}). */
  public static final String ASSIGNMENTS = "assignmentRows";

  public static final String EVENT_STARTED = "Event_BatchStarted";
  public static final String TASK_ENTER_ASSIGNMENTS = "Task_EnterAssignments";
  public static final String TASK_ISSUE_ASSIGNMENTS = "Task_IssueAssignments";
  public static final String END_ISSUED = "Event_AssignmentsIssued";

  private AssignmentBatchProcess() {
  }
}
