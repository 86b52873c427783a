package ru.schoolsupport.reminders;

/** The moveDeadline process «Перенести срок»: the coordinator's start form and its one step. */
public final class MoveDeadlineProcess {

  public static final String KEY = "moveDeadline";

  /** The coordinator who started it (the start event's initiator). */
  public static final String COORDINATOR = "coordinator";
  /** The start form: the cycle's business key («2027», «2026/27»), the deadline, the school (empty: all), date, reason. */
  public static final String CYCLE = "moveCycle";
  public static final String KIND = "moveKind";
  public static final String SCHOOL = "moveSchool";
  public static final String DATE = "moveDate";
  public static final String REASON = "moveReason";
  /** What moved, in words, kept on the instance for Cockpit. */
  public static final String RESULT = "moveResult";

  public static final String EVENT_MOVE_REQUESTED = "Event_DeadlineMoveRequested";
  public static final String TASK_MOVE_DEADLINE = "Task_MoveDeadline";
  public static final String EVENT_DEADLINE_MOVED = "Event_DeadlineMoved";

  private MoveDeadlineProcess() {
  }
}
