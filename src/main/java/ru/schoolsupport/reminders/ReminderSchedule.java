package ru.schoolsupport.reminders;

import org.springframework.stereotype.Component;

/** What the reminderScan model's timer asks: {@code ${reminderSchedule.cycle()}}. */
@Component("reminderSchedule")
public class ReminderSchedule {

  private final ReminderSettings settings;

  public ReminderSchedule(ReminderSettings settings) {
    this.settings = settings;
  }

  public String cycle() {
    return settings.scanCycle();
  }
}
