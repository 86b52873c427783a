package ru.schoolsupport.schoolyear;

import java.util.Locale;

/** How much a risk factor matters for a school, as it rates itself. */
public enum RiskRating {
  HIGH("высокий"),
  MEDIUM("средний"),
  LOW("низкий"),
  NOT_RELEVANT("не актуален");

  private final String title;

  RiskRating(String title) {
    this.title = title;
  }

  public String title() {
    return title;
  }

  /** Whether a factor so rated is a risk for the school (and may be a priority). */
  public boolean isRisk() {
    return this != NOT_RELEVANT;
  }

  public static RiskRating parse(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return valueOf(value.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
