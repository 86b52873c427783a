package ru.schoolsupport.assignment;

/** Where an assignment stands. */
public enum AssignmentStatus {
  /** Issued; the executor has not reported yet (or was asked to redo it). */
  IN_PROGRESS("На исполнении"),
  /** The executor reported; the controller checks. */
  REPORTED("На проверке"),
  /** The controller accepted the execution. */
  DONE("Исполнено");

  private final String title;

  AssignmentStatus(String title) {
    this.title = title;
  }

  public String title() {
    return title;
  }
}
