package ru.schoolsupport.cycle;

import java.time.LocalDate;

/**
 * A cycle runs over a calendar year (Penza: January–December) or a school year (Taganrog,
 * Safonovo: September–August). Each kind has its default deadlines; a cycle may move them.
 */
public enum PeriodType {
  CALENDAR_YEAR("календарный год"),
  SCHOOL_YEAR("учебный год");

  private final String title;

  PeriodType(String title) {
    this.title = title;
  }

  public String title() {
    return title;
  }

  /** «2026» or «2025/26». */
  public String label(int startYear) {
    return this == CALENDAR_YEAR ? String.valueOf(startYear)
        : startYear + "/" + String.format("%02d", (startYear + 1) % 100);
  }

  /** As documents say when: «в 2026 году», «в 2026/2027 учебном году». */
  public String inThePeriod(int startYear) {
    return this == CALENDAR_YEAR ? "в " + startYear + " году" : "в " + startYear + "/" + (startYear + 1) + " учебном году";
  }

  /** The default deadlines of a cycle of this kind starting in the given year. */
  public CycleDeadlines defaultDeadlines(int startYear) {
    return switch (this) {
      // seed 000: documents due 15.02, carried out by 31.12; stages at the end of May and November
      case CALENDAR_YEAR -> new CycleDeadlines(
          LocalDate.of(startYear, 1, 25),
          LocalDate.of(startYear, 2, 15),
          LocalDate.of(startYear, 5, 31),
          LocalDate.of(startYear, 11, 30),
          LocalDate.of(startYear, 12, 15));
      // seed 001: the list by 25.09; the same rhythm shifted by the school year
      case SCHOOL_YEAR -> new CycleDeadlines(
          LocalDate.of(startYear, 9, 25),
          LocalDate.of(startYear, 10, 15),
          LocalDate.of(startYear, 12, 25),
          LocalDate.of(startYear + 1, 5, 31),
          LocalDate.of(startYear + 1, 6, 15));
    };
  }

  /** The first and last day of the period. */
  public LocalDate firstDay(int startYear) {
    return this == CALENDAR_YEAR ? LocalDate.of(startYear, 1, 1) : LocalDate.of(startYear, 9, 1);
  }

  public LocalDate lastDay(int startYear) {
    return this == CALENDAR_YEAR ? LocalDate.of(startYear, 12, 31) : LocalDate.of(startYear + 1, 8, 31);
  }

  public static PeriodType parse(String value) {
    if (value == null) {
      return null;
    }
    for (PeriodType type : values()) {
      if (type.name().equalsIgnoreCase(value.strip())) {
        return type;
      }
    }
    return null;
  }
}
