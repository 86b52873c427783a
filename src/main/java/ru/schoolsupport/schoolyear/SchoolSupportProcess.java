package ru.schoolsupport.schoolyear;

import ru.schoolsupport.process.CommonVariables;

/** The schoolSupport process (one school's year): its key, variables and element ids. */
public final class SchoolSupportProcess {

  public static final String KEY = "schoolSupport";

  /** The cycle (Long) and the school's code, passed in by annualCycle. */
  public static final String CYCLE_ID = CommonVariables.CYCLE_ID;
  public static final String SCHOOL_CODE = CommonVariables.SCHOOL_CODE;

  /*
   * The forms' fields below live on their user task while it is open; what a form submits is handed to
   * the step that checks and saves it in our tables as a transient variable (process.SubmittedForm),
   * and never kept as a process variable. The flags that steer the flow (documentsAccepted, ...) are.
   */

  /** The risk profile as the form edits it: [{factor, title, rating, comment}] (Json). */
  public static final String RISK_PROFILE = "riskProfile";
  /** The priority risks chosen (Json array of factor codes). */
  public static final String PRIORITY_RISKS = "priorityRisks";

  /** The documents form: links, the concept's summary and the programmes (Json list). */
  public static final String CONCEPT_LINK = "conceptLink";
  public static final String CONCEPT_SUMMARY = "conceptSummary";
  public static final String ROADMAP_LINK = "roadmapLink";
  public static final String PROGRAMMES = "programmes";

  /** The curator's review: {@code accepted} or {@code returned}, with comments per document. */
  public static final String REVIEW_DECISION = "reviewDecision";
  public static final String CONCEPT_COMMENT = "conceptComment";
  public static final String ROADMAP_COMMENT = "roadmapComment";
  public static final String PROGRAMMES_COMMENT = "programmesComment";
  /** Whether the curator accepted the documents (Boolean); steers the flow. */
  public static final String DOCUMENTS_ACCEPTED = "documentsAccepted";
  /** Whether the returns reached the configured limit (Boolean); steers the flow to the coordinator. */
  public static final String ROUND_LIMIT_REACHED = "roundLimitReached";
  /** The coordinator's decision when drawn in: {@code accepted} or {@code returned}. */
  public static final String ESCALATION_DECISION = "escalationDecision";

  /** Where the year stands, in words (shown in Cockpit); see {@link YearStage}. */
  public static final String YEAR_STAGE = "yearStage";

  /** The joint plan with the mentor school: its events (Json list of {what, date, who}) and the school's answer. */
  public static final String JOINT_PLAN_EVENTS = "jointPlanEvents";
  public static final String JOINT_PLAN_DECISION = "jointPlanDecision";
  public static final String JOINT_PLAN_COMMENT = "jointPlanComment";
  /** Whether the school agreed the mentor school's plan (Boolean); steers the flow. */
  public static final String JOINT_PLAN_AGREED = "jointPlanAgreed";

  /** The report being written: 1 or 2 for the stage reports, 0 for the final report (the multi-instance element). */
  public static final String REPORT_STAGE = "reportStage";
  /** The report form: measures' status, indicator values, red/amber/green per programme (Json lists) and figures. */
  public static final String REPORT_MEASURES = "reportMeasures";
  public static final String REPORT_INDICATORS = "reportIndicators";
  public static final String REPORT_PROGRAMMES = "reportProgrammes";
  public static final String CONSULTATIONS = "consultations";
  public static final String SEMINARS = "seminars";
  public static final String VISITS = "visits";
  public static final String ROUND_TABLES = "roundTables";
  public static final String OTHER_EVENTS = "otherEvents";
  public static final String PROBLEMS = "problems";
  public static final String REPORT_SUMMARY = "reportSummary";
  /** The curator's answer to a stage report: {@code confirmed} or {@code returned}, with a comment. */
  public static final String REPORT_DECISION = "reportDecision";
  public static final String REPORT_COMMENT = "reportComment";
  /** Whether the curator confirmed the stage report (Boolean); steers the flow. */
  public static final String REPORT_CONFIRMED = "reportConfirmed";

  /** The year's outcome: the curator's recommendation and the coordinator's decision (IMPROVED, CONTINUES, MORE_HELP). */
  public static final String RECOMMENDED_OUTCOME = "recommendedOutcome";
  public static final String RECOMMENDATION_COMMENT = "recommendationComment";
  public static final String OUTCOME_DECISION = "outcomeDecision";
  public static final String OUTCOME_COMMENT = "outcomeComment";
  /** The outcome decided (IMPROVED, CONTINUES, MORE_HELP), kept on the instance for Cockpit. */
  public static final String SCHOOL_OUTCOME = "schoolOutcome";

  public static final String TASK_ASSESS_RISKS = "Task_AssessRisks";
  public static final String TASK_DRAFT_DOCUMENTS = "Task_DraftDocuments";
  public static final String TASK_REVIEW_DOCUMENTS = "Task_ReviewDocuments";
  public static final String TASK_RESOLVE_REVIEW_ESCALATION = "Task_ResolveReviewEscalation";
  public static final String TASK_NOTE_DOCUMENTS_OVERDUE = "Task_NoteDocumentsOverdue";
  public static final String EVENT_DOCUMENTS_OVERDUE = "Event_DocumentsOverdue";
  public static final String TASK_DRAFT_JOINT_PLAN = "Task_DraftJointPlan";
  public static final String TASK_AGREE_JOINT_PLAN = "Task_AgreeJointPlan";
  public static final String EVENT_STAGE_REPORT_WINDOW_OPENS = "Event_StageReportWindowOpens";
  public static final String TASK_SUBMIT_STAGE_REPORT = "Task_SubmitStageReport";
  public static final String TASK_CONFIRM_STAGE_REPORT = "Task_ConfirmStageReport";
  public static final String EVENT_STAGE_REPORT_LATE = "Event_StageReportLate";
  public static final String EVENT_FINAL_REPORT_WINDOW_OPENS = "Event_FinalReportWindowOpens";
  public static final String TASK_SUBMIT_FINAL_REPORT = "Task_SubmitFinalReport";
  public static final String EVENT_FINAL_REPORT_LATE = "Event_FinalReportLate";
  public static final String TASK_RECOMMEND_OUTCOME = "Task_RecommendOutcome";
  public static final String TASK_DECIDE_OUTCOME = "Task_DecideOutcome";
  public static final String EVENT_SCHOOL_YEAR_FINISHED = "Event_SchoolYearFinished";

  /** The report stages in the order a year has them; 0 is the final report. */
  public static final int FINAL_REPORT = 0;

  private SchoolSupportProcess() {
  }
}
