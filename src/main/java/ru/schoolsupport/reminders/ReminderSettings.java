package ru.schoolsupport.reminders;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * When and to whom reminders go ({@code schoolsupport.reminders.*}).
 *
 * @param before how long before the due date a reminder goes, in whole days (default 7 and 1 days)
 * @param escalationDelay how long after the due date an open task goes to the escalation group (default 3 days)
 * @param escalationGroup who hears of overdue tasks (default the coordinators)
 * @param summaryGroup who gets the weekly overdue summary by school (default the heads)
 * @param summaryDay the day of the week the summary goes (default Monday)
 * @param digestAt from what time of day the daily digests and the weekly summary go (default 08:00)
 * @param scanCycle how often open tasks are scanned, as the reminderScan model's timer cycle (default every 15 minutes)
 * @param incidentAfterAttempts after how many failed attempts of a message the mail delivery check raises an incident
 * @param pageSize how many open tasks are read at once
 */
@ConfigurationProperties("schoolsupport.reminders")
public record ReminderSettings(List<Duration> before, Duration escalationDelay, String escalationGroup,
    String summaryGroup, DayOfWeek summaryDay, LocalTime digestAt, String scanCycle, Integer incidentAfterAttempts,
    Integer pageSize) {

  public ReminderSettings {
    before = before == null || before.isEmpty() ? List.of(Duration.ofDays(7), Duration.ofDays(1)) : List.copyOf(before);
    escalationDelay = escalationDelay == null ? Duration.ofDays(3) : escalationDelay;
    escalationGroup = escalationGroup == null ? "coordinators" : escalationGroup;
    summaryGroup = summaryGroup == null ? "heads" : summaryGroup;
    summaryDay = summaryDay == null ? DayOfWeek.MONDAY : summaryDay;
    digestAt = digestAt == null ? LocalTime.of(8, 0) : digestAt;
    scanCycle = scanCycle == null ? "R/PT15M" : scanCycle;
    incidentAfterAttempts = incidentAfterAttempts == null ? 5 : incidentAfterAttempts;
    pageSize = pageSize == null ? 500 : pageSize;
  }

  /** The offsets before the due date in days, largest first (7, 1). */
  public List<Long> daysBefore() {
    return before.stream().map(Duration::toDays).filter(days -> days > 0).distinct().sorted((a, b) -> Long.compare(b, a))
        .toList();
  }
}
