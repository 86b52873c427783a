package ru.schoolsupport.roadmap;

/** Where a cycle's roadmap stands. */
public enum RoadmapStatus {
  /** The coordinator drafts it (or reworks it after the head returned it). */
  DRAFT("Проект"),
  /** With the head for approval. */
  SUBMITTED("На утверждении"),
  /** Approved: its items are carried out and marked; a change is a new version. */
  APPROVED("Утверждена");

  private final String title;

  RoadmapStatus(String title) {
    this.title = title;
  }

  public String title() {
    return title;
  }
}
