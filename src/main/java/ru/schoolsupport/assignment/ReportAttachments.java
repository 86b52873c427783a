package ru.schoolsupport.assignment;

/**
 * Files kept as the evidence of an assignment's report by the feature the assignment carries out (a
 * roadmap item's mark, roadmap/RoadmapEvidence), shown in the executor's and the controller's tasks.
 * An interface here, implemented there, so that assignments do not depend on the features that issue them.
 */
public interface ReportAttachments {

  /** Markdown naming the files attached to the assignment's report, with where to download them; empty if none. */
  String attached(long assignmentId);

  /** Markdown saying where the executor attaches a file to the report; empty if the assignment takes none. */
  String whereToAttach(long assignmentId);
}
