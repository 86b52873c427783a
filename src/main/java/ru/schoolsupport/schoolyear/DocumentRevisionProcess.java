package ru.schoolsupport.schoolyear;

import ru.schoolsupport.process.CommonVariables;

/**
 * The documentRevision process «Актуализация документов школы» (docs/adr/0044): a school's director or staff
 * (for their own school) or its curator (for one of their schools, chosen from a list the server makes) opens a
 * revision of the school's accepted concept, roadmap and programmes; the school drafts a new version, the
 * curator reviews it as in the year's documents step; every version stays.
 */
public final class DocumentRevisionProcess {

  public static final String KEY = "documentRevision";

  public static final String CYCLE_ID = CommonVariables.CYCLE_ID;
  public static final String SCHOOL_CODE = CommonVariables.SCHOOL_CODE;
  public static final String SCHOOL_NAME = CommonVariables.SCHOOL_NAME;

  /** Who started it (the start event's initiator, set by the engine). */
  public static final String INITIATOR = "revisionInitiator";
  /** The revision's row ({@code ss_document_revision.id}), set by the process. */
  public static final String REVISION_ID = "revisionId";
  /** Whether the curator opened it (then the curator chooses the school in a task first); set by the process. */
  public static final String BY_CURATOR = "revisionByCurator";
  /** Whether the curator accepted the revision's version; set by the process. */
  public static final String ACCEPTED = "revisionAccepted";

  /** The start form's field: why the documents are revised. */
  public static final String REASON = "revisionReason";
  /** The curator's choice of school («cycleId:code», from {@link #SCHOOL_OPTIONS}). */
  public static final String SCHOOL_CHOICE = "revisionSchool";
  public static final String SCHOOL_OPTIONS = "revisionSchoolOptions";
  /** The school's draft: which documents change (concept, roadmap, programmes) and what changes and why. */
  public static final String REVISED_DOCUMENTS = "revisedDocuments";
  public static final String REVISION_NOTE = "revisionNote";

  public static final String EVENT_REQUESTED = "Event_RevisionRequested";
  public static final String TASK_OPEN = "Task_OpenRevision";
  public static final String TASK_CHOOSE_SCHOOL = "Task_ChooseRevisionSchool";
  public static final String TASK_OPEN_FOR_SCHOOL = "Task_OpenRevisionForSchool";
  public static final String TASK_DRAFT = "Task_DraftRevision";
  public static final String TASK_SAVE = "Task_SaveRevision";
  public static final String TASK_REVIEW = "Task_ReviewRevision";
  public static final String TASK_SAVE_REVIEW = "Task_SaveRevisionReview";
  public static final String EVENT_ACCEPTED = "Event_RevisionAccepted";

  private DocumentRevisionProcess() {
  }
}
