package ru.schoolsupport.reminders;

/** How a person gets reminders: each as its own mail, or all of a day in one digest. */
public enum Delivery {
  SINGLE("отдельными письмами"),
  DIGEST("одной сводкой в день");

  private final String title;

  Delivery(String title) {
    this.title = title;
  }

  public String title() {
    return title;
  }

  /** «SINGLE»/«DIGEST», case-insensitive; null if neither. */
  public static Delivery parse(String value) {
    if (value == null) {
      return null;
    }
    for (Delivery delivery : values()) {
      if (delivery.name().equalsIgnoreCase(value.strip())) {
        return delivery;
      }
    }
    return null;
  }
}
