package ru.schoolsupport.reminders;

/**
 * The moveDeadline process «Перенести срок»: started by a coordinator, whose task then offers the
 * running cycles and their schools by name (a start form gets no options in Tasklist); one step moves.
 */
public final class MoveDeadlineProcess {

  public static final String KEY = "moveDeadline";

  /** The coordinator who started it (the start event's initiator). */
  public static final String COORDINATOR = "coordinator";
  /** The task's form: the cycle (its id, chosen from a list), the deadline, the school («cycleId:code», chosen from a list; empty: all), date, reason. */
  public static final String CYCLE = "moveCycle";
  public static final String KIND = "moveKind";
  public static final String SCHOOL = "moveSchool";
  public static final String DATE = "moveDate";
  public static final String REASON = "moveReason";
  /** What moved, in words, kept on the instance for Cockpit. */
  public static final String RESULT = "moveResult";

  /** The options the task offers (task variables the form does not declare). */
  public static final String CYCLE_OPTIONS = "moveCycleOptions";
  public static final String SCHOOL_OPTIONS = "moveSchoolOptions";

  public static final String TASK_CHOOSE_DEADLINE = "Task_ChooseDeadline";
  public static final String EVENT_MOVE_REQUESTED = "Event_DeadlineMoveRequested";
  public static final String TASK_MOVE_DEADLINE = "Task_MoveDeadline";
  public static final String EVENT_DEADLINE_MOVED = "Event_DeadlineMoved";

  private MoveDeadlineProcess() {
  }
}
