package ru.schoolsupport.collegium;

/** The collegiumMeeting process: its key, the variables it carries and its element ids. */
public final class CollegiumProcess {

  public static final String KEY = "collegiumMeeting";

  /** Reference to the meeting in our table (Long). */
  public static final String MEETING_ID = "meetingId";
  /** The secretary who started the process (the start event's initiator). */
  public static final String SECRETARY = "meetingSecretary";

  // the start form
  /** The meeting's date (yyyy-MM-dd). */
  public static final String MEETING_DATE = "meetingDate";
  /** The protocol's number (optional). */
  public static final String PROTOCOL_NUMBER = "protocolNumber";
  /** The agenda: the questions heard. */
  public static final String AGENDA = "agenda";

  // the decisions form
  /** The decisions as the form submits them (Json array of rows, see {@link DecisionRows}). */
  public static final String DECISIONS = "collegiumDecisions";
  /** The id of the cycle whose list the school decisions set (text, from a select). */
  public static final String DECISION_CYCLE = "decisionCycle";
  /** The cycles to choose from: [{label, value}] (Json). */
  public static final String CYCLE_OPTIONS = "cycleOptions";

  public static final String EVENT_STARTED = "Event_MeetingHeld";
  public static final String TASK_REGISTER_MEETING = "Task_RegisterMeeting";
  public static final String TASK_ENTER_DECISIONS = "Task_EnterCollegiumDecisions";
  public static final String TASK_RECORD_DECISIONS = "Task_RecordCollegiumDecisions";
  public static final String END_RECORDED = "Event_DecisionsRecorded";

  private CollegiumProcess() {
  }
}
