package ru.schoolsupport;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * Years for test cycles. The test classes share one database, and a second cycle for the same
 * period is refused, so each test that registers a cycle takes a year nobody else uses: 2050 to 2100
 * (a cycle's year is at most 2100, CycleService), then 2028 to 2040 (2041 to 2045 are
 * AnnualCycleProcessTest's own). Tests that can share a cycle do ({@link DossierTestCycles}).
 */
public final class TestYears {

  private static final AtomicInteger NEXT = new AtomicInteger();

  private TestYears() {
  }

  public static int next() {
    int year = 2050 + NEXT.getAndIncrement();
    if (year > 2100) {
      year = 2028 + (year - 2101);
    }
    if (year > 2040 && year < 2050) {
      throw new IllegalStateException("The tests have used every year a test cycle may have");
    }
    return year;
  }
}
