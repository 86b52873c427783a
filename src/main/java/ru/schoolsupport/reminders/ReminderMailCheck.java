package ru.schoolsupport.reminders;

import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Component;
import ru.schoolsupport.mail.OutgoingMailCheck;
import ru.schoolsupport.process.WorkCalendar;

/**
 * Just before a reminder goes out, its task must still be open with the same due date: a reminder of
 * a task completed or cancelled since (whatever ended it: completion, a boundary event, a cancelled
 * instance) or of a moved deadline is dropped, not sent. The moved deadline gets its own reminders.
 */
@Component
public class ReminderMailCheck implements OutgoingMailCheck {

  private final OpenTasks openTasks;
  private final ReminderRecords records;
  private final WorkCalendar calendar;

  public ReminderMailCheck(OpenTasks openTasks, ReminderRecords records, WorkCalendar calendar) {
    this.openTasks = openTasks;
    this.records = records;
    this.calendar = calendar;
  }

  @Override
  public String dropReason(String messageKey) {
    ReminderKeys.Parsed reminder = ReminderKeys.parse(messageKey);
    if (reminder == null) {
      return null;
    }
    Instant dueAt = openTasks.dueAt(reminder.taskId());
    String reason = dueAt == null ? "задача выполнена или отменена"
        : !calendar.toDate(java.util.Date.from(dueAt)).equals(reminder.dueDate()) ? "срок задачи перенесён" : null;
    if (reason != null) {
      records.markDropped(List.of(messageKey));
    }
    return reason;
  }
}
