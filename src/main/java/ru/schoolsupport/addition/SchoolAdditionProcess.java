package ru.schoolsupport.addition;

import ru.schoolsupport.process.CommonVariables;

/**
 * The addSchool process «Включение школы в проект в течение года»: its key, variables and element ids
 * (docs/adr/0042).
 */
public final class SchoolAdditionProcess {

  public static final String KEY = "addSchool";

  /** The coordinator who started it (the start event's initiator). */
  public static final String COORDINATOR = "coordinator";
  /** The addition in our table (Long), set by the step that stores the proposal. */
  public static final String ADDITION_ID = "additionId";
  /** The cycle and the school, set from the stored proposal, passed to the school's schoolSupport. */
  public static final String CYCLE_ID = CommonVariables.CYCLE_ID;
  public static final String SCHOOL_CODE = CommonVariables.SCHOOL_CODE;

  /** The proposal form: the cycle and the school (chosen from lists), category, project, reason, its act, the reason in words. */
  public static final String CYCLE = "additionCycle";
  public static final String SCHOOL = "additionSchool";
  public static final String CATEGORY = "additionCategory";
  public static final String PROJECT = "additionProject";
  public static final String REASON = "additionReason";
  public static final String BASIS = "additionBasis";
  public static final String COMMENT = "additionComment";
  public static final String CYCLE_OPTIONS = "additionCycleOptions";
  public static final String SCHOOL_OPTIONS = "additionSchoolOptions";

  /** The head's decision: {@code approved} or {@code returned} with a comment (docs/adr/0016). */
  public static final String DECISION = "additionDecision";
  public static final String DECISION_COMMENT = "additionDecisionComment";
  /** Whether the head approved (Boolean); steers the flow. */
  public static final String APPROVED = "additionApproved";

  /** The pair form: the mentor school and the curator, chosen from lists with their load. */
  public static final String MENTOR = "additionMentor";
  public static final String CURATOR = "additionCurator";
  public static final String MENTOR_OPTIONS = "additionMentorOptions";
  public static final String CURATOR_OPTIONS = "additionCuratorOptions";

  /** The amending order's number and date, as the coordinator enters them. */
  public static final String ORDER_NUMBER = "amendmentNumber";
  public static final String ORDER_DATE = "amendmentDate";

  public static final String EVENT_PROPOSED = "Event_AdditionRequested";
  public static final String TASK_PROPOSE = "Task_ProposeSchool";
  public static final String TASK_SAVE_PROPOSAL = "Task_SaveProposal";
  public static final String TASK_APPROVE = "Task_ApproveAddition";
  public static final String TASK_RECORD_DECISION = "Task_RecordAdditionDecision";
  public static final String TASK_CHOOSE_PAIR = "Task_ChoosePair";
  public static final String TASK_DRAFT_ORDER = "Task_DraftAmendingOrder";
  public static final String TASK_ISSUE_ORDER = "Task_IssueAmendingOrder";
  public static final String TASK_SEND_ORDER = "Task_SendAmendingOrder";
  /** The school's year: schoolSupport called as schoolBatch calls it. */
  public static final String CALL_SCHOOL_SUPPORT = "Activity_SchoolYear";
  public static final String EVENT_DONE = "Event_SchoolYearOfAddedSchoolFinished";

  private SchoolAdditionProcess() {
  }
}
