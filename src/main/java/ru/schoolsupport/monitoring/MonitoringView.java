package ru.schoolsupport.monitoring;

import java.math.BigDecimal;
import java.util.List;

/**
 * What the monitoring page shows for one cycle: every school of its list side by side, and the
 * figures of its charts. Texts are in Russian, codes stay for filtering and sorting.
 */
public record MonitoringView(
    CycleInfo cycle,
    List<CycleInfo> cycles,
    List<SchoolRow> schools,
    List<RiskCount> priorityRisks,
    List<StageTimeliness> timeliness,
    String generatedAt) {

  public record CycleInfo(long id, String title, String businessKey, String status, String statusTitle) {
  }

  /**
   * One school of the list.
   *
   * @param roadmapDoneShare the share of the roadmap done, %, from the latest report (null before any)
   * @param rag the worst red/amber/green of the latest report's programmes (GREEN, AMBER, RED; null before any)
   * @param overdueTasks the school's open tasks whose due date has passed
   * @param status ACTIVE, PAUSED or STOPPED (the coordinator's, docs/adr/0040); {@code statusTitle} says it with the reason
   */
  public record SchoolRow(
      String code,
      String name,
      String category,
      String categoryTitle,
      String project,
      String stage,
      String stageTitle,
      String documentsStatus,
      String documentsStatusTitle,
      String lastReport,
      BigDecimal roadmapDoneShare,
      String rag,
      String ragTitle,
      boolean lateReports,
      long overdueTasks,
      String curatorLogin,
      String curatorName,
      String mentorCode,
      String mentorName,
      String outcome,
      String outcomeTitle,
      String processInstanceId,
      String cockpitUrl,
      String status,
      String statusTitle) {
  }

  /** How many schools of the list chose a risk factor among their priority risks. */
  public record RiskCount(String code, String title, long schools) {
  }

  /** For one stage (1, 2; 0 is the final report): schools that reported on time, late, or not yet. */
  public record StageTimeliness(int stage, String title, long onTime, long late, long notYet) {
  }
}
