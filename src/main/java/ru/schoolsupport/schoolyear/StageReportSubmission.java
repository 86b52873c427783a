package ru.schoolsupport.schoolyear;

import java.math.BigDecimal;
import java.util.List;

/** A stage or final report as the school's form (or a REST client) submits it, before it is checked. */
public record StageReportSubmission(BigDecimal roadmapDoneShare, Integer consultations, Integer seminars,
    Integer visits, Integer roundTables, Integer otherEvents, String problems, String summary,
    List<Row> measures, List<Row> indicators, List<Row> programmes) {

  /** One row of a list: its reference («1.2»), the chosen status or value, and a comment. */
  public record Row(String ref, String value, String comment) {
  }
}
