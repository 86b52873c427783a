package ru.schoolsupport.schoolstatus;

import ru.schoolsupport.process.CommonVariables;

/**
 * The schoolPause process «Приостановка работы школы»: one instance per pause, started by
 * {@link SchoolStatusService#pause}; its timer resumes the school on the pause's last date, or the message
 * {@value #MESSAGE_PAUSE_ENDED} ends it when the coordinator resumed or stopped the school before.
 */
public final class SchoolPauseProcess {

  public static final String KEY = "schoolPause";

  /** Set by the service that starts it, never by a user: the cycle (Long) and the school's code. */
  public static final String CYCLE_ID = CommonVariables.CYCLE_ID;
  public static final String SCHOOL_CODE = CommonVariables.SCHOOL_CODE;
  /** The day the school resumes (ISO date text), for the timer. */
  public static final String RESUME_AT = "resumeAt";

  public static final String MESSAGE_PAUSE_ENDED = "SchoolPauseEnded";

  public static final String EVENT_PAUSED = "Event_SchoolPaused";
  public static final String GATEWAY_UNTIL_OR_EARLIER = "Gateway_UntilDateOrEarlier";
  public static final String EVENT_UNTIL_DATE = "Event_PauseUntilDateReached";
  public static final String EVENT_ENDED_EARLIER = "Event_PauseEndedByCoordinator";
  public static final String TASK_RESUME = "Task_ResumeSchool";
  public static final String EVENT_SCHOOL_RESUMED = "Event_SchoolResumed";
  public static final String EVENT_PAUSE_ENDED = "Event_PauseEnded";

  private SchoolPauseProcess() {
  }
}
