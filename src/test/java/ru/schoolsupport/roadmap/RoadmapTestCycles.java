package ru.schoolsupport.roadmap;

import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import ru.schoolsupport.cycle.Cycle;
import ru.schoolsupport.cycle.CycleService;
import ru.schoolsupport.cycle.PeriodType;
import ru.schoolsupport.process.FormInputException;

/**
 * Cycles for the roadmap's tests. The suite shares one database and a period takes one cycle:
 * {@link ru.schoolsupport.TestYears} counts up from 2050 to the last year a cycle may start (2100) and
 * other tests name 2041–2047, so these take 2040 down to 2028, each year once as a calendar year and
 * once as a school year, then the school years 2048 down to 2043, and 2048–2049 (calendar) for the test of
 * last year's roadmap.
 */
public final class RoadmapTestCycles {

  private static final Map<PeriodType, AtomicInteger> NEXT = Map.of(PeriodType.CALENDAR_YEAR, new AtomicInteger(2040),
      PeriodType.SCHOOL_YEAR, new AtomicInteger(2040));
  private static final AtomicInteger CONSECUTIVE = new AtomicInteger(2049);
  /** School years no other test names (2041–2047 are calendar years but 2042; 2049/50 is ModelMigrationTest's). */
  private static final AtomicInteger LATER_SCHOOL_YEARS = new AtomicInteger(2048);

  private RoadmapTestCycles() {
  }

  /** A school-year cycle, or a calendar-year one once those are taken, for a test that does not mind which. */
  public static Cycle register(CycleService cycles) {
    return NEXT.get(PeriodType.SCHOOL_YEAR).get() >= 2028 || LATER_SCHOOL_YEARS.get() >= 2043
        ? register(cycles, PeriodType.SCHOOL_YEAR) : register(cycles, PeriodType.CALENDAR_YEAR);
  }

  public static Cycle register(CycleService cycles, PeriodType type) {
    while (true) {
      int year = NEXT.get(type).getAndDecrement();
      if (year < 2028 && type == PeriodType.SCHOOL_YEAR && LATER_SCHOOL_YEARS.get() >= 2043) {
        year = LATER_SCHOOL_YEARS.getAndDecrement();
      }
      if (year < 2028) {
        throw new IllegalStateException("No year left for a roadmap test's " + type + " cycle");
      }
      try {
        return cycles.register(new CycleService.CycleRequest(null, type, year, null));
      } catch (FormInputException e) {
        if (!e.getMessage().contains("уже")) {
          throw e;
        }
      }
    }
  }

  /** A calendar-year cycle from 2049 down to 2048: the second one's start year is the first one's minus one. */
  public static Cycle consecutive(CycleService cycles) {
    return cycles.register(new CycleService.CycleRequest(null, PeriodType.CALENDAR_YEAR, CONSECUTIVE.getAndDecrement(),
        null));
  }
}
