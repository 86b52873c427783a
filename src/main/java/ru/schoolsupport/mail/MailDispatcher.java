package ru.schoolsupport.mail;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import ru.schoolsupport.process.WorkCalendar;

/**
 * Sends queued messages: each is claimed (so two nodes never send the same one), sent, and marked;
 * a failure is retried later with growing pauses (1, 2, 4 … 60 minutes), so nothing is lost while
 * the SMTP server is down. Just before sending, every {@link OutgoingMailCheck} may drop a message
 * that is no longer wanted (a reminder of a task done since).
 */
@Component
public class MailDispatcher {

  private static final Logger log = LoggerFactory.getLogger(MailDispatcher.class);
  private static final int BATCH = 200;

  private final MailOutbox outbox;
  private final MailTransport transport;
  private final MailSettings settings;
  private final WorkCalendar calendar;
  private final List<OutgoingMailCheck> checks;

  public MailDispatcher(MailOutbox outbox, MailTransport transport, MailSettings settings, WorkCalendar calendar) {
    this(outbox, transport, settings, calendar, List.of());
  }

  @Autowired
  public MailDispatcher(MailOutbox outbox, MailTransport transport, MailSettings settings, WorkCalendar calendar,
      List<OutgoingMailCheck> checks) {
    this.outbox = outbox;
    this.transport = transport;
    this.settings = settings;
    this.calendar = calendar;
    this.checks = List.copyOf(checks);
  }

  @Scheduled(fixedDelayString = "${schoolsupport.mail.dispatch-interval:PT15S}", initialDelay = 5000)
  void dispatchInBackground() {
    if (settings.dispatchEnabled()) {
      dispatchDue();
    }
  }

  /** Sends every message due now; returns how many were sent. */
  public int dispatchDue() {
    Instant now = calendar.now().toInstant();
    outbox.releaseStale(now.minus(Duration.ofMinutes(10)));
    int sent = 0;
    for (long id : outbox.due(now, BATCH)) {
      if (!outbox.claim(id, now)) {
        continue;
      }
      MailOutbox.Queued queued = outbox.load(id);
      String dropReason = dropReason(queued.key());
      if (dropReason != null) {
        log.info("Mail {} to {} dropped: {}", queued.key(), queued.message().to(), dropReason);
        outbox.markDropped(id, dropReason, calendar.now().toInstant());
        continue;
      }
      try {
        transport.send(queued.message());
        outbox.markSent(id, calendar.now().toInstant());
        sent++;
      } catch (Exception e) {
        Instant retry = now.plus(MailOutbox.backoff(queued.attempts()));
        log.warn("Mail {} to {} not sent (attempt {}), retry at {}: {}", queued.key(), queued.message().to(),
            queued.attempts() + 1, retry, e.getMessage());
        outbox.markFailed(id, e.getClass().getSimpleName() + ": " + e.getMessage(), retry);
      }
    }
    return sent;
  }

  private String dropReason(String key) {
    for (OutgoingMailCheck check : checks) {
      String reason = check.dropReason(key);
      if (reason != null) {
        return reason;
      }
    }
    return null;
  }
}
