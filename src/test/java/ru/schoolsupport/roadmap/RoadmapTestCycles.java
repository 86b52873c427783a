package ru.schoolsupport.roadmap;

import java.util.concurrent.atomic.AtomicInteger;
import ru.schoolsupport.cycle.Cycle;
import ru.schoolsupport.cycle.CycleService;
import ru.schoolsupport.cycle.PeriodType;
import ru.schoolsupport.process.FormInputException;

/**
 * Cycles for the roadmap's tests, from 2049 downwards: {@link ru.schoolsupport.TestYears} counts up from
 * 2050 to the last year a cycle may start (2100), and the suite's other tests need those years.
 */
public final class RoadmapTestCycles {

  private static final AtomicInteger NEXT = new AtomicInteger(2049);

  private RoadmapTestCycles() {
  }

  public static Cycle register(CycleService cycles, PeriodType type) {
    while (true) {
      int year = NEXT.getAndDecrement();
      if (year < 2000) {
        throw new IllegalStateException("No year left for a roadmap test's cycle");
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
}
