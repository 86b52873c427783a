package ru.schoolsupport.schoolyear;

import java.time.Instant;

/** The curator's review of one version of a school's documents. */
public record DocumentReview(int version, int round, String reviewer, boolean accepted, String conceptComment,
    String roadmapComment, String programmesComment, Instant reviewedAt) {
}
