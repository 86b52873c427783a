package ru.schoolsupport;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * Years for test cycles. The test classes share one database, and a second cycle for the same
 * period is refused, so each test that registers a cycle takes a year nobody else uses. A cycle's year
 * is at most 2100 (CycleService): from 2030 there is room for 70 of them.
 */
public final class TestYears {

  private static final AtomicInteger NEXT = new AtomicInteger(2030);

  private TestYears() {
  }

  public static int next() {
    return NEXT.getAndIncrement();
  }
}
