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

  /**
   * The outcome of a school the coordinator took out of the project during the year (schoolstatus): stored
   * like the others in {@code ss_cycle_school.outcome}, but no form offers it and {@link #parse} does not
   * take it, so that no decision of the year's end can set it.
   */
  public static final String STOPPED = "STOPPED";
  public static final String STOPPED_TITLE = "Выведена из проекта";

  /** A stored outcome in words (also {@link #STOPPED}); an unknown code as it is. */
  public static String titleOf(String code) {
    if (STOPPED.equals(code)) {
      return STOPPED_TITLE;
    }
    SchoolOutcome parsed = parse(code);
    return parsed == null ? code : parsed.title();
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
