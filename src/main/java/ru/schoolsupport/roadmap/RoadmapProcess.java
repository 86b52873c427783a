package ru.schoolsupport.roadmap;

/** The municipalRoadmap process: its key, the variables it carries and the ids tests look for. */
public final class RoadmapProcess {

  public static final String KEY = "municipalRoadmap";

  /** The start form: the cycle as it is named («2027», «2026/27») and what the draft starts from. */
  public static final String CYCLE = "roadmapCycle";
  public static final String SOURCE = "roadmapSource";
  /** Who started it (the start event's initiator): the roadmap's coordinator, controller of its items. */
  public static final String COORDINATOR = "coordinator";
  /** Set by the process: the cycle whose roadmap this is. */
  public static final String CYCLE_ID = "cycleId";
  public static final String TITLE = "roadmapTitle";
  public static final String GOAL = "roadmapGoal";
  public static final String DECISION = "roadmapDecision";
  public static final String DECISION_COMMENT = "roadmapDecisionComment";
  /** The head's choice «Приложить к приказу» (a checkbox of the approval form). */
  public static final String ATTACH_TO_ORDER = "roadmapAttachToOrder";
  /** Whether the head approved it; steers the flow. */
  public static final String APPROVED = "roadmapApproved";

  public static final String TASK_DRAFT = "Task_DraftRoadmap";
  public static final String TASK_APPROVE = "Task_ApproveRoadmap";
  public static final String TASK_TRACK = "Task_TrackRoadmapItems";
  public static final String END = "Event_RoadmapInWork";

  private RoadmapProcess() {
  }
}
