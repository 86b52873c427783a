package ru.schoolsupport.cycle;

import java.time.LocalDate;

/**
 * The deadlines of a cycle: the list, the schools' documents (concept, roadmap, anti-risk
 * programmes), stage reports I and II, and the final report.
 */
public record CycleDeadlines(LocalDate listDue, LocalDate documentsDue, LocalDate stage1Due, LocalDate stage2Due,
    LocalDate finalDue) {
}
