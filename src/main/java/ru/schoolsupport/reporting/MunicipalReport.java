package ru.schoolsupport.reporting;

import java.time.Instant;

/** A municipal report as stored in {@code ss_municipal_report} (without its files' bytes). */
public record MunicipalReport(
    long id,
    long cycleId,
    int stage,
    MunicipalReportStatus status,
    int round,
    Narrative narrative,
    String headComment,
    String xlsxFileName,
    String docxFileName,
    String preparedBy,
    String approvedBy,
    String sentTo,
    Instant createdAt,
    Instant submittedAt,
    Instant approvedAt,
    Instant sentAt) {

  /** The report's text as the coordinator edits it: the introduction, the key problems, the proposed decisions. */
  public record Narrative(String intro, String problems, String decisions) {
  }

  /** A file of the report for download or mail. */
  public record File(String fileName, String contentType, byte[] content) {
  }
}
