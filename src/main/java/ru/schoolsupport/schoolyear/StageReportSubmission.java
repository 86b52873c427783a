package ru.schoolsupport.schoolyear;

import java.util.List;

/**
 * A stage or final report as the school's form submits it, before it is checked. The share of the
 * roadmap done is not among it: it follows from the measures' statuses ({@link StageReportService#doneShare}).
 */
public record StageReportSubmission(Integer consultations, Integer seminars,
    Integer visits, Integer roundTables, Integer otherEvents, String problems, String summary,
    List<Row> measures, List<Row> indicators, List<Row> programmes) {

  /** One row of a list: its reference («1.2»), the chosen status or value, and a comment. */
  public record Row(String ref, String value, String comment) {
  }
}
