package ru.schoolsupport.assignment;

/** Where an assignment stands. */
public enum AssignmentStatus {
  /** Issued; the executor has not reported yet (or was asked to redo it). */
  IN_PROGRESS("На исполнении"),
  /** The executor reported; the controller checks. */
  REPORTED("На проверке"),
  /** The controller accepted the execution. */
  DONE("Исполнено"),
  /** The controller accepted the executor's mark that it was not done (the reason is the report). */
  NOT_DONE("Не исполнено");

  private final String title;

  AssignmentStatus(String title) {
    this.title = title;
  }

  /** Whether the assignment has ended: accepted as done or as not done. */
  public boolean closed() {
    return this == DONE || this == NOT_DONE;
  }

  public String title() {
    return title;
  }
}
