package ru.schoolsupport.mail;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import ru.schoolsupport.process.WorkCalendar;

/**
 * Sends queued messages: each is claimed (so two nodes never send the same one), sent, and marked;
 * a failure is retried later with growing pauses (1, 2, 4 … 60 minutes), so nothing is lost while
 * the SMTP server is down. Just before sending, every {@link OutgoingMailCheck} may drop a message
 * that is no longer wanted (a reminder of a task done since).
 *
 * <p>Exactly once across nodes: a claim is stamped when it is made, every step after it changes the
 * message only while this claim still holds it ({@link MailOutbox}), and a message is retried only when
 * its own next attempt has come, whichever node failed it. A claim lives {@link #CLAIM_EXPIRY}; the SMTP
 * timeouts (application.yaml, {@code spring.mail.properties.mail.smtp.*timeout}) end a send long before.
 */
@Component
public class MailDispatcher {

  private static final Logger log = LoggerFactory.getLogger(MailDispatcher.class);
  private static final int BATCH = 200;
  /**
   * How long a claim lives unless {@code schoolsupport.mail.claim-expiry} says otherwise: a message claimed
   * longer ago is given back (its node stopped or died while sending). Well above the longest send the SMTP
   * timeouts allow (a 10 s connect, then 30 s per read or write).
   */
  public static final Duration CLAIM_EXPIRY = Duration.ofMinutes(10);
  /**
   * No mail sent by this node for this long, and now one goes through: the server was away (or the node
   * just started), so what waits after failed attempts is sent now rather than when its back-off ends.
   */
  static final Duration OUTAGE = Duration.ofMinutes(2);
  /**
   * While mail waits after failed attempts and none has gone through for {@link #OUTAGE}, the server is
   * asked this often whether it answers again (a connection, nothing sent), so that the waiting mail goes
   * within a minute of its return instead of when its grown back-off ends (up to an hour).
   */
  static final Duration PROBE_INTERVAL = Duration.ofMinutes(1);

  private final MailOutbox outbox;
  private final MailTransport transport;
  private final MailSettings settings;
  private final WorkCalendar calendar;
  private final List<OutgoingMailCheck> checks;
  private final Duration claimExpiry;

  public MailDispatcher(MailOutbox outbox, MailTransport transport, MailSettings settings, WorkCalendar calendar) {
    this(outbox, transport, settings, calendar, List.of(), CLAIM_EXPIRY);
  }

  @Autowired
  public MailDispatcher(MailOutbox outbox, MailTransport transport, MailSettings settings, WorkCalendar calendar,
      List<OutgoingMailCheck> checks, @Value("${schoolsupport.mail.claim-expiry:PT10M}") Duration claimExpiry) {
    this.outbox = outbox;
    this.transport = transport;
    this.settings = settings;
    this.calendar = calendar;
    this.checks = List.copyOf(checks);
    this.claimExpiry = claimExpiry;
  }

  @Scheduled(fixedDelayString = "${schoolsupport.mail.dispatch-interval:PT15S}", initialDelay = 5000)
  void dispatchInBackground() {
    if (settings.dispatchEnabled()) {
      dispatchDue();
    }
  }

  /** Sends every message due now; returns how many were sent. */
  public int dispatchDue() {
    Instant start = calendar.now().toInstant();
    int released = outbox.releaseStale(start.minus(claimExpiry));
    if (released > 0) {
      log.warn("{} mail(s) claimed more than {} ago and never finished given back for sending", released, claimExpiry);
    }
    int sent = 0;
    for (long id : outbox.due(start, BATCH)) {
      String claim = outbox.claim(id, calendar.now().toInstant()).orElse(null);
      if (claim == null) {
        continue;
      }
      MailOutbox.Queued queued = outbox.load(id);
      String dropReason = dropReason(queued.key());
      if (dropReason != null) {
        log.info("Mail {} to {} dropped: {}", queued.key(), queued.message().to(), dropReason);
        if (!outbox.markDropped(id, claim, dropReason, calendar.now().toInstant())) {
          lostClaim(queued, "dropped");
        }
        continue;
      }
      try {
        transport.send(queued.message());
      } catch (Exception e) {
        Instant retry = calendar.now().toInstant().plus(MailOutbox.backoff(queued.attempts()));
        log.warn("Mail {} to {} not sent (attempt {}), retry at {}: {}", queued.key(), queued.message().to(),
            queued.attempts() + 1, retry, e.getMessage());
        if (!outbox.markFailed(id, claim, e.getClass().getSimpleName() + ": " + e.getMessage(), retry)) {
          lostClaim(queued, "failed");
        }
        continue;
      }
      if (outbox.markSent(id, claim, calendar.now().toInstant())) {
        sent++;
        serverAnswers(calendar.now().toInstant());
      } else {
        lostClaim(queued, "sent");
      }
    }
    if (sent == 0) {
      probeWhileMailWaits(calendar.now().toInstant());
    }
    return sent;
  }

  private volatile Instant lastSent;
  private volatile Instant lastProbe;

  /** Nothing went through this run and mail waits after failures: ask the server, once a minute, if it is back. */
  private void probeWhileMailWaits(Instant now) {
    boolean quiet = lastSent == null || lastSent.plus(OUTAGE).isBefore(now);
    boolean probeDue = lastProbe == null || !lastProbe.plus(PROBE_INTERVAL).isAfter(now);
    if (!quiet || !probeDue || outbox.waitingAfterFailure(now) == 0) {
      return;
    }
    lastProbe = now;
    if (transport.answers()) {
      serverAnswers(now);
    }
  }

  /** A message went through: after an outage, the messages waiting after failed attempts go next. */
  private void serverAnswers(Instant now) {
    Instant before = lastSent;
    lastSent = now;
    if (before == null || before.plus(OUTAGE).isBefore(now)) {
      int waiting = outbox.retryWaitingNow(now);
      if (waiting > 0) {
        log.info("The mail server answers again: {} mail(s) waiting after failed attempts are sent now", waiting);
      }
    }
  }

  private void lostClaim(MailOutbox.Queued queued, String outcome) {
    log.warn("Mail {} to {} {} after its claim had ended (given back after {}, maybe sent by another node): "
        + "left as it is", queued.key(), queued.message().to(), outcome, claimExpiry);
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
