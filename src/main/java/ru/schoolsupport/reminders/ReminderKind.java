package ru.schoolsupport.reminders;

import java.time.LocalDate;

/**
 * What a reminder says about its task's due date: so many days before it, on the day, overdue, or
 * (to the escalation group) overdue for too long. Its code is part of the reminder's key.
 */
public record ReminderKind(Type type, long daysBefore) {

  public enum Type {
    BEFORE, TODAY, OVERDUE, ESCALATION
  }

  public static final ReminderKind TODAY = new ReminderKind(Type.TODAY, 0);
  public static final ReminderKind OVERDUE = new ReminderKind(Type.OVERDUE, 0);
  public static final ReminderKind ESCALATION = new ReminderKind(Type.ESCALATION, 0);

  public static ReminderKind before(long days) {
    return new ReminderKind(Type.BEFORE, days);
  }

  /** «before-7d», «today», «overdue», «escalation». */
  public String code() {
    return type == Type.BEFORE ? "before-" + daysBefore + "d" : type.name().toLowerCase();
  }

  public static ReminderKind parse(String code) {
    if (code.startsWith("before-") && code.endsWith("d")) {
      return before(Long.parseLong(code.substring("before-".length(), code.length() - 1)));
    }
    return new ReminderKind(Type.valueOf(code.toUpperCase()), 0);
  }

  /** The key of the reminder, the same in {@code ss_reminder} and in the mail outbox. */
  public String key(String taskId, LocalDate dueDate, String login) {
    return ReminderKeys.PREFIX + taskId + ":" + code() + ":" + dueDate + ":" + login;
  }
}
