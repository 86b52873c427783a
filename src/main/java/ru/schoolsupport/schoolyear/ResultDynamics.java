package ru.schoolsupport.schoolyear;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.stereotype.Service;
import ru.schoolsupport.cycle.Cycle;
import ru.schoolsupport.cycle.CycleRepository;
import ru.schoolsupport.cycle.PeriodType;
import ru.schoolsupport.listformation.ListSourcesRepository;
import ru.schoolsupport.listformation.SchoolIndicators;

/**
 * The dynamics of a school's year: each programme indicator from its baseline to the value in the
 * final report (against its target), and the external results (ВПР, ОГЭ, ЕГЭ, social context) of the
 * cycle's year against the year before, as imported with the indicators.
 */
@Service
public class ResultDynamics {

  private final StageReportService reports;
  private final ListSourcesRepository sources;
  private final CycleRepository cycles;

  public ResultDynamics(StageReportService reports, ListSourcesRepository sources, CycleRepository cycles) {
    this.reports = reports;
    this.sources = sources;
    this.cycles = cycles;
  }

  /** One indicator's change; {@code target} is null for external results. */
  public record Change(String indicator, BigDecimal before, BigDecimal after, BigDecimal target, boolean improved,
      boolean targetReached) {
  }

  /** The year's dynamics: programme indicators, external results (empty if not imported), the years compared. */
  public record Dynamics(List<Change> programmeIndicators, List<Change> externalResults, Integer yearBefore,
      int yearAfter, boolean anyProgrammeRed) {

    public long targetsReached() {
      return programmeIndicators.stream().filter(Change::targetReached).count();
    }

    public long externalImproved() {
      return externalResults.stream().filter(Change::improved).count();
    }

    public long externalWorsened() {
      return externalResults.stream().filter(c -> !c.improved() && c.after().compareTo(c.before()) != 0).count();
    }
  }

  public Dynamics of(long cycleId, String schoolCode) {
    StageReport.Plan plan = reports.plan(cycleId, schoolCode);
    Optional<StageReport> last = reports.latest(cycleId, schoolCode, SchoolSupportProcess.FINAL_REPORT)
        .or(() -> reports.latestOfAnyStage(cycleId, schoolCode));
    Map<Long, BigDecimal> values = new HashMap<>();
    last.ifPresent(r -> r.indicators().forEach(i -> values.put(i.indicatorId(), i.value())));
    List<Change> programme = new ArrayList<>();
    for (StageReport.Indicator i : plan.indicators()) {
      BigDecimal after = values.getOrDefault(i.id(), i.baseline());
      boolean upwards = i.target().compareTo(i.baseline()) >= 0;
      int moved = after.compareTo(i.baseline());
      programme.add(new Change(i.programme() + ": " + i.name(), i.baseline(), after, i.target(),
          upwards ? moved > 0 : moved < 0, upwards ? after.compareTo(i.target()) >= 0 : after.compareTo(i.target()) <= 0));
    }
    Cycle cycle = cycles.get(cycleId);
    int yearAfter = cycle.periodType() == PeriodType.CALENDAR_YEAR ? cycle.startYear() : cycle.startYear() + 1;
    List<SchoolIndicators> results = sources.indicatorsOf(schoolCode);
    Optional<SchoolIndicators> after = results.stream().filter(r -> r.year() == yearAfter).findFirst();
    Optional<SchoolIndicators> before = results.stream().filter(r -> r.year() < yearAfter)
        .max(Comparator.comparingInt(SchoolIndicators::year));
    List<Change> external = new ArrayList<>();
    if (after.isPresent() && before.isPresent()) {
      external(external, "Доля неудовлетворительных результатов ВПР, %", before.get(), after.get(),
          SchoolIndicators::vprFailShare, true);
      external(external, "Средний балл ОГЭ", before.get(), after.get(), SchoolIndicators::ogeAverage, false);
      external(external, "Средний балл ЕГЭ", before.get(), after.get(), SchoolIndicators::egeAverage, false);
      external(external, "Доля результатов ниже минимального порога, %", before.get(), after.get(),
          SchoolIndicators::belowMinShare, true);
      external(external, "Индекс социального благополучия", before.get(), after.get(), SchoolIndicators::socialIndex,
          false);
    }
    boolean red = last.map(r -> r.programmes().stream().anyMatch(p -> p.rag() == StageReport.Rag.RED)).orElse(false);
    return new Dynamics(programme, external, before.map(SchoolIndicators::year).orElse(null), yearAfter, red);
  }

  /**
   * What the figures suggest: more help when a programme is red or most targets are missed and
   * external results worsened; leaving the list when most targets are reached and no external result
   * worsened; otherwise the school continues.
   */
  public SchoolOutcome suggest(Dynamics d) {
    int indicators = d.programmeIndicators().size();
    double reached = indicators == 0 ? 0 : (double) d.targetsReached() / indicators;
    if (d.anyProgrammeRed() || (reached < 1.0 / 3 && d.externalWorsened() > d.externalImproved())) {
      return SchoolOutcome.MORE_HELP;
    }
    if (reached >= 2.0 / 3 && d.externalWorsened() == 0) {
      return SchoolOutcome.IMPROVED;
    }
    return SchoolOutcome.CONTINUES;
  }

  private static void external(List<Change> changes, String name, SchoolIndicators before, SchoolIndicators after,
      Function<SchoolIndicators, BigDecimal> value, boolean lowerIsBetter) {
    BigDecimal was = value.apply(before);
    BigDecimal is = value.apply(after);
    if (was == null || is == null) {
      return;
    }
    int moved = is.compareTo(was);
    boolean improved = lowerIsBetter ? moved < 0 : moved > 0;
    changes.add(new Change(name, was, is, null, improved, improved));
  }
}
