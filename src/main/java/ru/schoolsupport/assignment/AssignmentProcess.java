package ru.schoolsupport.assignment;

/** The assignmentControl process: its key, the variables it carries and the ids tests look for. */
public final class AssignmentProcess {

  public static final String KEY = "assignmentControl";

  /** Reference to the assignment in our table (Long). */
  public static final String ASSIGNMENT_ID = "assignmentId";
  /** The executor's report, as the form submits it. */
  public static final String EXECUTION_REPORT = "executionReport";
  /** Where the result is published (optional), as the form submits it. */
  /** The executor's result: {@code done} or {@code notDone} (see {@link ExecutionResult}); absent in old forms. */
  public static final String EXECUTION_RESULT = "executionResult";
  public static final String EXECUTION_LINK = "executionLink";
  /** The controller's decision ({@link ru.schoolsupport.process.ApprovalDecision}); steers the flow. */
  public static final String CONTROL_DECISION = "controlDecision";
  /** The controller's comment on the execution. */
  public static final String CONTROL_COMMENT = "controlComment";
  /** The controller's new deadline for an overdue assignment (optional date, yyyy-MM-dd). */
  public static final String NEW_DEADLINE = "newDeadline";
  /** The controller's note on an overdue assignment. */
  public static final String OVERDUE_NOTE = "overdueNote";

  public static final String TASK_EXECUTE = "Task_ExecuteAssignment";
  public static final String TASK_CHECK_EXECUTION = "Task_CheckExecution";
  public static final String TASK_REVIEW_OVERDUE = "Task_ReviewOverdueAssignment";
  public static final String EVENT_OVERDUE = "Event_AssignmentOverdue";
  public static final String END_DONE = "Event_AssignmentDone";
  public static final String EVENT_NEW_DEADLINE_PASSED = "Event_NewDeadlinePassed";

  private AssignmentProcess() {
  }

  public static String businessKey(long assignmentId) {
    return "assignment-" + assignmentId;
  }
}
