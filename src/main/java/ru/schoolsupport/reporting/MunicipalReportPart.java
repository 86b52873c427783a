package ru.schoolsupport.reporting;

/**
 * A paragraph another feature adds to a municipal report's introduction when it is generated: the
 * municipal roadmap's completion for the stage and the events held from the register
 * ({@code roadmap/RoadmapReportPart}). The coordinator edits it with the rest of the text.
 */
public interface MunicipalReportPart {

  /** The paragraph for the cycle's report of the stage (1, 2; 0 = final); empty when there is nothing to say. */
  String paragraph(long cycleId, int stage);
}
