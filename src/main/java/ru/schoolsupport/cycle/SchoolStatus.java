package ru.schoolsupport.cycle;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * Where a school's work in a cycle stands (docs/adr/0040): in progress, paused until a date, or stopped
 * (the school left the cycle). The coordinator changes it ({@code schoolstatus}); the dossier, the
 * monitoring and the audit show it in the words of {@link #describe}.
 */
public enum SchoolStatus {
  ACTIVE("В работе"),
  PAUSED("Приостановлена"),
  STOPPED("Выведена из проекта");

  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
  /** Between a paused status and its last date in the audit's value: {@code PAUSED:2027-03-15}. */
  private static final String UNTIL = ":";

  private final String title;

  SchoolStatus(String title) {
    this.title = title;
  }

  public String title() {
    return title;
  }

  /** The stored status; none stored (or unknown) is {@link #ACTIVE}. */
  public static SchoolStatus parse(String value) {
    for (SchoolStatus status : values()) {
      if (status.name().equals(value)) {
        return status;
      }
    }
    return ACTIVE;
  }

  /** The status as the audit keeps it: the code, with the pause's last date. */
  public static String stored(SchoolStatus status, LocalDate until) {
    return status == PAUSED && until != null ? status.name() + UNTIL + until : status.name();
  }

  /** «Приостановлена до 15.03.2027», «Выведена из проекта»; with the reason when there is one. */
  public static String describe(SchoolStatus status, LocalDate until, String reason) {
    String text = status == PAUSED && until != null ? status.title() + " до " + DATE.format(until) : status.title();
    return reason == null || reason.isBlank() || status == ACTIVE ? text : text + ": " + reason.strip();
  }

  /** An audit value ({@link #stored}) in words; an unknown value as it is. */
  public static String describeStored(String value) {
    if (value == null) {
      return null;
    }
    String[] parts = value.split(UNTIL, 2);
    SchoolStatus status = parse(parts[0]);
    if (!status.name().equals(parts[0])) {
      return value;
    }
    try {
      return describe(status, parts.length > 1 ? LocalDate.parse(parts[1]) : null, null);
    } catch (RuntimeException e) {
      return value;
    }
  }
}
