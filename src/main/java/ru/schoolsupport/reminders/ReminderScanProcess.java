package ru.schoolsupport.reminders;

/** The reminderScan process: started by its timer, it scans for reminders and then checks that mail goes out. */
public final class ReminderScanProcess {

  public static final String KEY = "reminderScan";

  public static final String EVENT_SCAN_DUE = "Event_ReminderScanDue";
  public static final String TASK_SCAN_REMINDERS = "Task_ScanReminders";
  public static final String TASK_CHECK_MAIL_DELIVERY = "Task_CheckMailDelivery";
  public static final String EVENT_SCAN_DONE = "Event_ReminderScanDone";

  private ReminderScanProcess() {
  }
}
