package ru.schoolsupport.schoolyear;

/** The schoolSupport process (one school's year): its key, variables and element ids. */
public final class SchoolSupportProcess {

  public static final String KEY = "schoolSupport";

  /** The cycle (Long) and the school's code, passed in by annualCycle. */
  public static final String CYCLE_ID = "cycleId";
  public static final String SCHOOL_CODE = "schoolCode";

  /** The risk profile as the form edits it: [{factor, title, rating, comment}] (Json). */
  public static final String RISK_PROFILE = "riskProfile";
  /** The priority risks chosen (Json array of factor codes). */
  public static final String PRIORITY_RISKS = "priorityRisks";

  public static final String TASK_ASSESS_RISKS = "Task_AssessRisks";

  private SchoolSupportProcess() {
  }
}
