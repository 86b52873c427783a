package ru.schoolsupport.roadmap;

import java.util.Locale;
import java.util.Optional;

/** In person or online. */
public enum EventFormat {
  IN_PERSON("очно"),
  ONLINE("дистанционно");

  private final String title;

  EventFormat(String title) {
    this.title = title;
  }

  public String title() {
    return title;
  }

  public static Optional<EventFormat> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String t = text.strip().toLowerCase(Locale.ROOT);
    for (EventFormat f : values()) {
      if (f.name().equalsIgnoreCase(t) || f.title.equals(t)) {
        return Optional.of(f);
      }
    }
    return switch (t) {
      case "очный", "офлайн", "offline" -> Optional.of(IN_PERSON);
      case "онлайн", "online", "дистанционный", "заочно" -> Optional.of(ONLINE);
      default -> Optional.empty();
    };
  }
}
