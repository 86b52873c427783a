package ru.schoolsupport.schoolyear;

/** What the year's results decide about a school (the next cycle's list follows from it). */
public enum SchoolOutcome {
  IMPROVED("Выходит из перечня: результаты улучшились"),
  CONTINUES("Продолжает сопровождение"),
  MORE_HELP("Нужна дополнительная помощь");

  private final String title;

  SchoolOutcome(String title) {
    this.title = title;
  }

  public String title() {
    return title;
  }

  /** The outcome a form or REST client chose; null if it is none of them. */
  public static SchoolOutcome parse(String value) {
    for (SchoolOutcome outcome : values()) {
      if (outcome.name().equals(value == null ? null : value.strip())) {
        return outcome;
      }
    }
    return null;
  }
}
