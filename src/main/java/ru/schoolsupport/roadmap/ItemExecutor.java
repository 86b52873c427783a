package ru.schoolsupport.roadmap;

/** One executor of a roadmap item, and the assignment that tracks their part once the roadmap is approved. */
public record ItemExecutor(Long id, RoadmapExecutorKind kind, String ref, Long assignmentId) {

  public static ItemExecutor of(RoadmapExecutorKind kind, String ref) {
    return new ItemExecutor(null, kind, ref, null);
  }

  ItemExecutor withId(Long newId) {
    return new ItemExecutor(newId, kind, ref, assignmentId);
  }
}
