package ru.schoolsupport.process;

/**
 * Variables every process of the cycle carries, so that Tasklist filters and Cockpit can show them
 * side by side. Each process keeps its own variables in its own class (e.g. {@code AssignmentProcess}).
 */
public final class CommonVariables {

  /** The cycle the work belongs to: a reference to {@code ss_cycle} (Long). */
  public static final String CYCLE_ID = "cycleId";
  /** The school the work is about (its short name), shown as a column in Tasklist. */
  public static final String SCHOOL_NAME = "schoolName";
  /** The school's code in the directory. */
  public static final String SCHOOL_CODE = "schoolCode";
  /** What the work is about, in a few words, shown as a column in Tasklist. */
  public static final String SUBJECT = "subject";

  private CommonVariables() {
  }
}
