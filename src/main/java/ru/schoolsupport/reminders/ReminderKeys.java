package ru.schoolsupport.reminders;

import java.time.LocalDate;
import java.time.temporal.IsoFields;

/**
 * The outbox keys of reminder mails: {@code reminder:<taskId>:<kind>:<dueDate>:<login>} for a single
 * reminder, {@code reminder-digest:<login>:<date>} for a day's digest and
 * {@code overdue-summary:<year>-W<week>:<login>} for the weekly summary.
 */
public final class ReminderKeys {

  public static final String PREFIX = "reminder:";
  public static final String DIGEST_PREFIX = "reminder-digest:";
  public static final String SUMMARY_PREFIX = "overdue-summary:";

  private ReminderKeys() {
  }

  /** The parts of a single reminder's key. */
  public record Parsed(String taskId, String kind, LocalDate dueDate, String login) {
  }

  public static Parsed parse(String key) {
    if (key == null || !key.startsWith(PREFIX)) {
      return null;
    }
    String[] parts = key.substring(PREFIX.length()).split(":", 4);
    if (parts.length != 4) {
      return null;
    }
    return new Parsed(parts[0], parts[1], LocalDate.parse(parts[2]), parts[3]);
  }

  public static String digest(String login, LocalDate day) {
    return DIGEST_PREFIX + login + ":" + day;
  }

  public static String summary(String login, LocalDate day) {
    return SUMMARY_PREFIX + day.get(IsoFields.WEEK_BASED_YEAR) + "-W"
        + String.format("%02d", day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR)) + ":" + login;
  }
}
