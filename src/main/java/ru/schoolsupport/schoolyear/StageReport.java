package ru.schoolsupport.schoolyear;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A school's report at a stage point (stage 1, 2; 0 is the final report): each measure's status,
 * the share of the roadmap done, the indicators' values, the events held (as counted in seed 004),
 * the problems, and red/amber/green per programme. Every submission is a version; the curator
 * confirms or returns it.
 */
public record StageReport(long id, int stage, int version, Figures figures, String problems, String summary,
    String submittedBy, Instant submittedAt, boolean late, Status status, String curatorComment,
    List<MeasureStatus> measures, List<IndicatorValue> indicators, List<ProgrammeStatus> programmes) {

  public enum Status { SUBMITTED, CONFIRMED, RETURNED }

  /** How far a measure of the roadmap is. */
  public enum MeasureProgress {
    DONE("Выполнено"), IN_PROGRESS("Выполняется"), NOT_STARTED("Не начато"), CANCELLED("Отменено");

    private final String title;

    MeasureProgress(String title) {
      this.title = title;
    }

    public String title() {
      return title;
    }
  }

  /** Red/amber/green: on track, at risk, off track. */
  public enum Rag {
    GREEN("зелёный: идёт по плану"), AMBER("жёлтый: есть риски"), RED("красный: отставание");

    private final String title;

    Rag(String title) {
      this.title = title;
    }

    public String title() {
      return title;
    }
  }

  /** The figures of a report: the share of the roadmap done and the events held. */
  public record Figures(BigDecimal roadmapDoneShare, int consultations, int seminars, int visits, int roundTables,
      int otherEvents) {
    public int eventsHeld() {
      return consultations + seminars + visits + roundTables + otherEvents;
    }
  }

  public record MeasureStatus(long measureId, String ref, MeasureProgress progress, String comment) {
  }

  public record IndicatorValue(long indicatorId, String ref, BigDecimal value) {
  }

  public record ProgrammeStatus(String factorCode, String ref, Rag rag, String comment) {
  }

  /** What the school's accepted documents plan: the programmes, their measures and indicators, numbered «1», «1.2». */
  public record Plan(List<Programme> programmes, List<Measure> measures, List<Indicator> indicators) {
  }

  public record Programme(String ref, String factorCode, String title) {
  }

  public record Measure(long id, String ref, String programme, String what, LocalDate deadline, String responsible) {
  }

  public record Indicator(long id, String ref, String programme, String name, BigDecimal baseline, BigDecimal target) {
  }
}
