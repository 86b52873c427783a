package ru.schoolsupport;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * Years for test cycles. The test classes share one database, and a second cycle for the same
 * period is refused, so each test that registers a cycle takes a year nobody else uses. They count
 * down from 2099: a cycle's start year may be at most 2100 (CycleService), and a school-year cycle
 * of 2099 still ends in 2100.
 */
public final class TestYears {

  private static final AtomicInteger NEXT = new AtomicInteger(2099);

  private TestYears() {
  }

  public static int next() {
    return NEXT.getAndDecrement();
  }
}
