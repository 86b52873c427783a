package ru.schoolsupport.reminders;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Records and queues the reminders due now (in the job's transaction: a failed scan leaves nothing half done). */
@Component
public class ScanRemindersDelegate implements JavaDelegate {

  private final ReminderScan scan;

  public ScanRemindersDelegate(ReminderScan scan) {
    this.scan = scan;
  }

  @Override
  public void execute(DelegateExecution execution) {
    scan.scan();
  }
}
