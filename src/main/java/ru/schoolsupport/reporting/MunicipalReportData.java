package ru.schoolsupport.reporting;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.function.ToIntFunction;
import ru.schoolsupport.schoolyear.StageReport;

/**
 * What a municipal report is made of: the cycle and the stage, and a row per supported school with
 * its latest report of the stage (share of the roadmap done, red/amber/green, events held, late or
 * not, problems), its curator and its mentor school.
 */
public record MunicipalReportData(
    long cycleId,
    int stage,
    String municipalityName,
    String cycleTitle,
    String periodLabel,
    LocalDate stageDeadline,
    String orderNumber,
    LocalDate orderDate,
    String regionalInstituteEmail,
    List<SchoolRow> schools) {

  /** «за I этап», «за II этап», «итоговый»: how the stage is named in titles. */
  public static String stageTitle(int stage) {
    return switch (stage) {
      case 1 -> "I этап";
      case 2 -> "II этап";
      case 0 -> "год (итоговый)";
      default -> throw new IllegalArgumentException("No report stage " + stage);
    };
  }

  /** «Муниципальный отчёт за I этап, 2026» or «Итоговый муниципальный отчёт, 2026». */
  public static String title(int stage, String periodLabel) {
    return (stage == 0 ? "Итоговый муниципальный отчёт" : "Муниципальный отчёт за " + stageTitle(stage)) + ", "
        + periodLabel;
  }

  public String title() {
    return title(stage, periodLabel);
  }

  /** What the school's latest report of the stage says, and whether the school sent it. */
  public enum ReportState {
    NONE("не представлен"),
    SUBMITTED("на проверке у куратора"),
    RETURNED("возвращён куратором"),
    CONFIRMED("подтверждён куратором");

    private final String title;

    ReportState(String title) {
      this.title = title;
    }

    public String title() {
      return title;
    }
  }

  /**
   * One school: who supports it, where its year stands, and its latest report of the stage (empty
   * figures when it sent none). {@code late}: the report came after the deadline, or none came by it.
   */
  public record SchoolRow(
      String code,
      String name,
      String fullName,
      String category,
      String project,
      String mentor,
      String curator,
      String yearStage,
      String documentsStatus,
      ReportState reportState,
      BigDecimal roadmapDoneShare,
      StageReport.Rag rag,
      int greenProgrammes,
      int amberProgrammes,
      int redProgrammes,
      int consultations,
      int seminars,
      int visits,
      int roundTables,
      int otherEvents,
      int measuresDone,
      int measuresTotal,
      boolean late,
      String problems,
      String outcome) {

    public boolean reported() {
      return reportState != ReportState.NONE;
    }

    public int eventsHeld() {
      return consultations + seminars + visits + roundTables + otherEvents;
    }

    /** «в срок», «с опозданием», «не представлен». */
    public String timeliness() {
      if (!reported()) {
        return late ? "не представлен (срок прошёл)" : "не представлен";
      }
      return late ? "с опозданием" : "в срок";
    }
  }

  public int reportedCount() {
    return (int) schools.stream().filter(SchoolRow::reported).count();
  }

  public List<SchoolRow> notReported() {
    return schools.stream().filter(s -> !s.reported()).toList();
  }

  public List<SchoolRow> reportedLate() {
    return schools.stream().filter(s -> s.reported() && s.late()).toList();
  }

  public List<SchoolRow> inRed() {
    return schools.stream().filter(s -> s.rag() == StageReport.Rag.RED).toList();
  }

  /** The average share of the roadmap done over the schools that reported; null when none did. */
  public BigDecimal averageShare() {
    List<BigDecimal> shares = schools.stream().map(SchoolRow::roadmapDoneShare).filter(Objects::nonNull).toList();
    if (shares.isEmpty()) {
      return null;
    }
    return shares.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
        .divide(BigDecimal.valueOf(shares.size()), 1, RoundingMode.HALF_UP);
  }

  public int total(ToIntFunction<SchoolRow> figure) {
    return schools.stream().mapToInt(figure).sum();
  }

  public int consultations() {
    return total(SchoolRow::consultations);
  }

  public int seminars() {
    return total(SchoolRow::seminars);
  }

  public int visits() {
    return total(SchoolRow::visits);
  }

  public int roundTables() {
    return total(SchoolRow::roundTables);
  }

  public int otherEvents() {
    return total(SchoolRow::otherEvents);
  }

  public int eventsHeld() {
    return total(SchoolRow::eventsHeld);
  }

  /** A share as people write it: «70 %», «62,5 %»; «—» when there is none. */
  public static String percent(BigDecimal share) {
    return ru.schoolsupport.process.RussianNumbers.percent(share);
  }
}
