package ru.schoolsupport.cycle;

import ru.schoolsupport.process.CommonVariables;

/** The annualCycle process: its key, the variables it carries and its element ids. */
public final class AnnualCycleProcess {

  public static final String KEY = "annualCycle";

  /** Reference to the cycle in our table (Long). */
  public static final String CYCLE_ID = CommonVariables.CYCLE_ID;
  /** The coordinator who started the cycle (the start event's initiator). */
  public static final String COORDINATOR = "coordinator";
  /** The cycle's title, e.g. «Цикл 2025/26», shown in Tasklist and Cockpit. */
  public static final String CYCLE_TITLE = "cycleTitle";

  // the start form
  public static final String PERIOD_TYPE = "periodType";
  public static final String START_YEAR = "startYear";
  /** The start form's deadlines (yyyy-MM-dd); empty ones take the period type's defaults. */
  public static final String LIST_DUE = "listDue";
  public static final String DOCUMENTS_DUE = "documentsDue";
  public static final String STAGE1_DUE = "stage1Due";
  public static final String STAGE2_DUE = "stage2Due";
  public static final String FINAL_DUE = "finalDue";

  // list formation
  /** The school codes the coordinator keeps on the list (Json array); the coordinator's decision. */
  public static final String INCLUDED_SCHOOLS = "includedSchools";
  public static final String LIST_CHANGE_COMMENT = "listChangeComment";
  /** The head's decision on the list or the pairs: {@link #APPROVED} or {@link #RETURNED}. */
  public static final String LIST_DECISION = "listDecision";
  public static final String LIST_DECISION_COMMENT = "listDecisionComment";
  /** Whether the approved list has any school (Boolean); steers the flow. */
  public static final String LIST_HAS_SCHOOLS = "listHasSchools";

  // mentors and curators
  /** The pairs as the coordinator chooses them: a row per school, {ref, school, mentor, curator} (Json). */
  public static final String MENTOR_PAIRS = "mentorPairs";
  public static final String PAIRS_DECISION = "pairsDecision";
  public static final String PAIRS_DECISION_COMMENT = "pairsDecisionComment";

  // the order
  public static final String ORDER_NUMBER = "orderNumber";
  public static final String ORDER_DATE = "orderDate";

  /** The element variable of the multi-instance over the supervised schools. */
  public static final String SCHOOL_CODE = CommonVariables.SCHOOL_CODE;

  public static final String APPROVED = ru.schoolsupport.process.ApprovalDecision.APPROVED;
  public static final String RETURNED = ru.schoolsupport.process.ApprovalDecision.RETURNED;

  public static final String TASK_EDIT_LIST = "Task_EditSchoolList";
  public static final String TASK_APPROVE_LIST = "Task_ApproveSchoolList";
  public static final String TASK_EDIT_PAIRS = "Task_EditMentorPairs";
  public static final String TASK_APPROVE_PAIRS = "Task_ApproveMentorPairs";
  public static final String TASK_ISSUE_ORDER = "Task_IssueOrder";
  /** The batches the schools are started in: a schoolBatch process each, started by a job of its own. */
  public static final String SCHOOL_BATCHES = "Activity_SchoolBatches";
  /** The process of one batch of schools: a schoolSupport per school of the batch. */
  public static final String SCHOOL_BATCH_KEY = "schoolBatch";
  /** In schoolBatch: which batch of the cycle's schools it is (0, 1, …). */
  public static final String SCHOOL_BATCH = "schoolBatch";
  /** In schoolBatch: the schools' schoolSupport processes. */
  public static final String CALL_SCHOOL_SUPPORT = "Activity_SupportEachSchool";
  public static final String END_NO_SCHOOLS = "Event_NoSchoolsToSupport";
  public static final String END_CYCLE_DONE = "Event_CycleFinished";
  /** The reporting branch that runs while the schools work: a municipal report per stage and the final one. */
  public static final String EVENT_STAGE1_REPORTS_DUE = "Event_Stage1ReportsDue";
  public static final String EVENT_STAGE2_REPORTS_DUE = "Event_Stage2ReportsDue";
  public static final String EVENT_FINAL_REPORTS_DUE = "Event_FinalReportsDue";
  public static final String CALL_STAGE1_REPORT = "Activity_Stage1MunicipalReport";
  public static final String CALL_STAGE2_REPORT = "Activity_Stage2MunicipalReport";
  public static final String CALL_FINAL_REPORT = "Activity_FinalMunicipalReport";
  /** The process that makes, approves and sends a municipal report; it takes cycleId and reportStage. */
  public static final String MUNICIPAL_REPORT_PROCESS = "municipalReport";

  private AnnualCycleProcess() {
  }
}
