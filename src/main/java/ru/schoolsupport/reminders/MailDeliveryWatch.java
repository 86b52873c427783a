package ru.schoolsupport.reminders;

import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;
import ru.schoolsupport.mail.MailOutbox;

/**
 * Makes a mail outage visible in Cockpit. The dispatcher keeps retrying every queued message with
 * growing pauses, so nothing is lost; but once messages have failed {@code incident-after-attempts}
 * times, this check fails, and after its own retries the engine shows an incident on the reminderScan
 * instance with the mail server's error. One instance reports an outage: later checks pass while it
 * does. When every message has gone out, the next check gives the failed job one more retry, which
 * then passes and resolves the incident by itself.
 */
@Component
public class MailDeliveryWatch {

  private static final Logger log = LoggerFactory.getLogger(MailDeliveryWatch.class);

  private final MailOutbox outbox;
  private final ManagementService management;
  private final ReminderSettings settings;

  public MailDeliveryWatch(MailOutbox outbox, @Lazy ManagementService management, ReminderSettings settings) {
    this.outbox = outbox;
    this.management = management;
    this.settings = settings;
  }

  public void check(String processInstanceId) {
    MailOutbox.Stalled stalled = outbox.stalled(settings.incidentAfterAttempts());
    List<Job> reporting = management.createJobQuery().processDefinitionKey(ReminderScanProcess.KEY)
        .activityId(ReminderScanProcess.TASK_CHECK_MAIL_DELIVERY).withException().list().stream()
        .filter(job -> !job.getProcessInstanceId().equals(processInstanceId)).toList();
    if (stalled.count() == 0) {
      for (Job job : reporting) {
        if (job.getRetries() == 0) {
          // the outage is over: one more try, which passes and resolves the incident
          management.setJobRetries(job.getId(), 1);
        }
      }
      return;
    }
    if (!reporting.isEmpty()) {
      log.warn("{} messages still not delivered; the outage is already reported", stalled.count());
      return;
    }
    throw new MailNotDeliveredException(stalled.count(), settings.incidentAfterAttempts(), stalled.lastError());
  }

  /** The incident's message, in Russian, for whoever watches Cockpit. */
  public static class MailNotDeliveredException extends RuntimeException {
    MailNotDeliveredException(long count, int attempts, String lastError) {
      super("Почта не уходит: " + count + " писем не отправлены после " + attempts + " и более попыток"
          + " (последняя ошибка: " + lastError + "). Отправка повторяется автоматически; когда почтовый сервер"
          + " снова доступен, письма уйдут, и инцидент закроется сам при следующей проверке.");
    }
  }
}
