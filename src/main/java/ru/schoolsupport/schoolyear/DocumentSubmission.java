package ru.schoolsupport.schoolyear;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A school's documents as submitted once: the concept of development and the roadmap (published on
 * the school's site, with their links) and one anti-risk programme per priority risk.
 */
public record DocumentSubmission(String conceptLink, String conceptSummary, String roadmapLink,
    List<Programme> programmes) {

  /** An anti-risk programme: goal, tasks, measures and indicators, and where it is published. */
  public record Programme(String factorCode, String factorTitle, String goal, String tasks, String link,
      List<Measure> measures, List<Indicator> indicators) {
  }

  /** A measure: what, by when, who is responsible. */
  public record Measure(String what, LocalDate deadline, String responsible) {
  }

  /** An indicator with its baseline and target values. */
  public record Indicator(String name, BigDecimal baseline, BigDecimal target) {
  }
}
