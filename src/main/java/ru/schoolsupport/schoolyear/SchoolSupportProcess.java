package ru.schoolsupport.schoolyear;

import ru.schoolsupport.process.CommonVariables;

/** The schoolSupport process (one school's year): its key, variables and element ids. */
public final class SchoolSupportProcess {

  public static final String KEY = "schoolSupport";

  /** The cycle (Long) and the school's code, passed in by annualCycle. */
  public static final String CYCLE_ID = CommonVariables.CYCLE_ID;
  public static final String SCHOOL_CODE = CommonVariables.SCHOOL_CODE;

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

  public static final String TASK_ASSESS_RISKS = "Task_AssessRisks";
  public static final String TASK_DRAFT_DOCUMENTS = "Task_DraftDocuments";
  public static final String TASK_REVIEW_DOCUMENTS = "Task_ReviewDocuments";
  public static final String TASK_RESOLVE_REVIEW_ESCALATION = "Task_ResolveReviewEscalation";
  public static final String TASK_NOTE_DOCUMENTS_OVERDUE = "Task_NoteDocumentsOverdue";
  public static final String EVENT_DOCUMENTS_OVERDUE = "Event_DocumentsOverdue";

  private SchoolSupportProcess() {
  }
}
