package ru.schoolsupport.reporting;

import ru.schoolsupport.process.ApprovalDecision;
import ru.schoolsupport.process.CommonVariables;

/**
 * The municipalReport process: a stage's (or the final) municipal report, generated from the schools'
 * reports, edited by the coordinator, approved or returned by the head, and sent to the regional
 * institute. annualCycle calls it with {@link #CYCLE_ID} and {@link #REPORT_STAGE}.
 */
public final class MunicipalReportProcess {

  public static final String KEY = "municipalReport";

  /** The cycle (Long), passed in by annualCycle. */
  public static final String CYCLE_ID = CommonVariables.CYCLE_ID;
  /** The stage reported on (Integer): 1, 2, or 0 for the final report; passed in by annualCycle. */
  public static final String REPORT_STAGE = "reportStage";
  /** The report in {@code ss_municipal_report} (Long). */
  public static final String REPORT_ID = "reportId";
  /** «Муниципальный отчёт за I этап, 2026», shown in forms, Tasklist and Cockpit. */
  public static final String REPORT_TITLE = "reportTitle";
  public static final String SUBJECT = CommonVariables.SUBJECT;

  // the coordinator's form: the narrative, in three parts of at most 4,000 characters each
  public static final String REPORT_INTRO = "reportIntro";
  public static final String REPORT_PROBLEMS = "reportProblems";
  public static final String REPORT_DECISIONS = "reportDecisions";

  // the head's form
  /** {@link #APPROVED} or {@link #RETURNED}. */
  public static final String REPORT_DECISION = "reportDecision";
  public static final String REPORT_DECISION_COMMENT = "reportDecisionComment";
  /** Whether the head approved the report (Boolean); steers the flow. */
  public static final String REPORT_APPROVED = "reportApproved";
  public static final String APPROVED = ApprovalDecision.APPROVED;
  public static final String RETURNED = ApprovalDecision.RETURNED;

  public static final String TASK_GENERATE = "Task_GenerateMunicipalReport";
  public static final String TASK_PREPARE = "Task_PrepareMunicipalReport";
  public static final String TASK_SAVE_TEXT = "Task_SaveMunicipalReportText";
  public static final String TASK_APPROVE = "Task_ApproveMunicipalReport";
  public static final String TASK_RECORD_DECISION = "Task_RecordMunicipalReportDecision";
  public static final String TASK_SEND = "Task_SendMunicipalReport";
  public static final String END_SENT = "Event_MunicipalReportSent";

  /** Longest text of one narrative part: what a String variable holds on PostgreSQL. */
  public static final int MAX_TEXT = 4000;

  private MunicipalReportProcess() {
  }
}
