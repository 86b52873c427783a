package ru.schoolsupport.mail;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import ru.schoolsupport.config.SqlDialect;
import ru.schoolsupport.process.WorkCalendar;

/**
 * Messages waiting to be sent. A message is queued in the transaction of the work that causes it,
 * under a key that says what it is («order:12:208:director.sosh6»): queuing the same key again does
 * nothing, so a retried job or a repeated step never sends a message twice, and two transactions
 * queuing it at once (two nodes' scans) queue it once and neither fails.
 *
 * <p>Sending is a claim: a node turns a PENDING message whose next attempt is due into SENDING and stamps
 * it with a fresh token and the moment of the claim. Every later step (sent, failed, dropped) is a
 * compare-and-set on that claim: it changes the row only while it is still SENDING under the same token.
 * A claim not finished within {@link MailDispatcher#CLAIM_EXPIRY} is given back ({@link #releaseStale}); the
 * late answer of the node that held it then changes nothing.
 */
@Component
public class MailOutbox {

  static final String PENDING = "PENDING";
  static final String SENDING = "SENDING";
  static final String SENT = "SENT";
  /** Not sent because it was no longer wanted when its turn came (see {@link OutgoingMailCheck}). */
  static final String DROPPED = "DROPPED";
  /** What {@code ss_mail_outbox.body} and {@code subject} hold (V4). */
  static final int MOST_BODY = 20_000;
  static final int MOST_SUBJECT = 500;
  static final String SHORTENED = "\n…\n(Письмо сокращено: полный список — в системе сопровождения школ.)\n";

  private static final Logger LOG = LoggerFactory.getLogger(MailOutbox.class);

  private final JdbcClient jdbc;
  private final WorkCalendar calendar;
  private final SqlDialect dialect;

  public MailOutbox(JdbcClient jdbc, WorkCalendar calendar, SqlDialect dialect) {
    this.jdbc = jdbc;
    this.calendar = calendar;
    this.dialect = dialect;
  }

  /** Queues the message unless one with the same key was queued before; returns whether it was queued. */
  public boolean enqueue(String key, MailMessage message) {
    if (jdbc.sql("select count(*) from ss_mail_outbox where message_key = ?").param(key).query(Long.class).single() > 0) {
      return false;
    }
    Timestamp now = Timestamp.from(calendar.now().toInstant());
    GeneratedKeyHolder id = new GeneratedKeyHolder();
    String insert = """
        insert into ss_mail_outbox (message_key, recipient, subject, body, status, created_at, next_attempt_at)
        values (?, ?, ?, ?, ?, ?, ?)""";
    try {
      int inserted = jdbc.sql(dialect.onConflictDoNothing() ? insert + " on conflict (message_key) do nothing" : insert)
          .params(key, message.to(), fitted(message.subject(), MOST_SUBJECT, "…"), fittedBody(key, message.body()),
              PENDING, now, now)
          .update(id, "id");
      if (inserted == 0) {
        return false;
      }
    } catch (DuplicateKeyException queuedMeanwhile) {
      // H2: another transaction queued the same key since the check above
      return false;
    }
    long mailId = id.getKeyAs(Number.class).longValue();
    for (MailMessage.Attachment a : message.attachments()) {
      jdbc.sql("insert into ss_mail_attachment (mail_id, file_name, content_type, content) values (?, ?, ?, ?)")
          .params(mailId, a.fileName(), a.contentType(), a.content()).update();
    }
    return true;
  }

  /**
   * A body longer than the outbox holds is cut at a line's end with a note, so that a long mail never fails
   * the work that queues it (a scan, a step); the mails that list many tasks keep themselves shorter.
   */
  static String fittedBody(String key, String body) {
    if (body.length() <= MOST_BODY) {
      return body;
    }
    LOG.warn("Mail {} is {} characters long, more than the outbox holds: shortened to {}", key, body.length(), MOST_BODY);
    int cut = body.lastIndexOf('\n', MOST_BODY - SHORTENED.length());
    return body.substring(0, cut > 0 ? cut : MOST_BODY - SHORTENED.length()) + SHORTENED;
  }

  private static String fitted(String text, int most, String ellipsis) {
    return text.length() <= most ? text : text.substring(0, most - ellipsis.length()) + ellipsis;
  }

  /** A queued message due for sending. */
  public record Queued(long id, String key, int attempts, MailMessage message) {
  }

  List<Long> due(Instant now, int limit) {
    return jdbc.sql("select id from ss_mail_outbox where status = ? and next_attempt_at <= ? order by id limit ?")
        .params(PENDING, Timestamp.from(now), limit).query(Long.class).list();
  }

  /**
   * Claims a message for this node if it is still waiting and its next attempt has come (another node
   * may have failed it meanwhile and set a later one); returns the claim's token, empty if not claimed.
   */
  Optional<String> claim(long id, Instant now) {
    String token = UUID.randomUUID().toString();
    Timestamp at = Timestamp.from(now);
    boolean claimed = jdbc.sql("""
            update ss_mail_outbox set status = ?, claim_id = ?, claimed_at = ?
            where id = ? and status = ? and next_attempt_at <= ?""")
        .params(SENDING, token, at, id, PENDING, at).update() == 1;
    return claimed ? Optional.of(token) : Optional.empty();
  }

  Queued load(long id) {
    List<MailMessage.Attachment> attachments = jdbc.sql(
            "select file_name, content_type, content from ss_mail_attachment where mail_id = ? order by id")
        .param(id)
        .query((rs, row) -> new MailMessage.Attachment(rs.getString(1), rs.getString(2), rs.getBytes(3))).list();
    return jdbc.sql("select message_key, attempts, recipient, subject, body from ss_mail_outbox where id = ?")
        .param(id)
        .query((rs, row) -> new Queued(id, rs.getString(1), rs.getInt(2),
            new MailMessage(rs.getString(3), rs.getString(4), rs.getString(5), attachments)))
        .single();
  }

  /** Marks the message sent if this claim still holds it; false if it was released and taken meanwhile. */
  boolean markSent(long id, String claim, Instant now) {
    return jdbc.sql("""
            update ss_mail_outbox set status = ?, sent_at = ?, attempts = attempts + 1, claim_id = null
            where id = ? and status = ? and claim_id = ?""")
        .params(SENT, Timestamp.from(now), id, SENDING, claim).update() == 1;
  }

  /** Gives the message back for a later attempt if this claim still holds it; false if it no longer does. */
  boolean markFailed(long id, String claim, String error, Instant retryAt) {
    return jdbc.sql("""
            update ss_mail_outbox set status = ?, attempts = attempts + 1, last_error = ?, next_attempt_at = ?,
            claim_id = null
            where id = ? and status = ? and claim_id = ?""")
        .params(PENDING, shorten(error), Timestamp.from(retryAt), id, SENDING, claim)
        .update() == 1;
  }

  /**
   * Every message waiting after failed attempts made due now, as the mail server answers again after an
   * outage: their back-off had grown while it was down. How many.
   */
  /** How many messages wait for their next attempt after failing (none is due yet). */
  int waitingAfterFailure(Instant now) {
    return jdbc.sql("select count(*) from ss_mail_outbox where status = ? and attempts > 0 and next_attempt_at > ?")
        .params(PENDING, Timestamp.from(now)).query(Integer.class).single();
  }

  int retryWaitingNow(Instant now) {
    return jdbc.sql("""
            update ss_mail_outbox set next_attempt_at = ?
            where status = ? and attempts > 0 and next_attempt_at > ?""")
        .params(Timestamp.from(now), PENDING, Timestamp.from(now)).update();
  }

  /** Drops the message if this claim still holds it; false if it no longer does. */
  boolean markDropped(long id, String claim, String reason, Instant now) {
    return jdbc.sql("""
            update ss_mail_outbox set status = ?, last_error = ?, sent_at = ?, claim_id = null
            where id = ? and status = ? and claim_id = ?""")
        .params(DROPPED, shorten(reason), Timestamp.from(now), id, SENDING, claim)
        .update() == 1;
  }

  private static String shorten(String text) {
    return text.length() > 2000 ? text.substring(0, 2000) : text;
  }

  /** Messages still waiting after at least this many failed attempts: the mail server has been failing for a while. */
  public record Stalled(long count, String lastError) {
  }

  public Stalled stalled(int minAttempts) {
    long count = jdbc.sql("select count(*) from ss_mail_outbox where status in (?, ?) and attempts >= ?")
        .params(PENDING, SENDING, minAttempts).query(Long.class).single();
    String lastError = count == 0 ? null : jdbc.sql("""
            select last_error from ss_mail_outbox where status in (?, ?) and attempts >= ?
            order by next_attempt_at desc""")
        .params(PENDING, SENDING, minAttempts).query(String.class).list().stream().findFirst().orElse(null);
    return new Stalled(count, lastError);
  }

  /** The status of the message queued under this key, if any (PENDING, SENDING, SENT, DROPPED). */
  public java.util.Optional<String> status(String key) {
    return jdbc.sql("select status from ss_mail_outbox where message_key = ?").param(key).query(String.class)
        .optional();
  }

  /**
   * Gives back messages a node claimed before this time and never finished (it stopped while sending);
   * their claims end here, so whatever that node answers later changes nothing. Returns how many.
   */
  int releaseStale(Instant claimedBefore) {
    return jdbc.sql("""
            update ss_mail_outbox set status = ?, claim_id = null
            where status = ? and (claimed_at < ? or claimed_at is null)""")
        .params(PENDING, SENDING, Timestamp.from(claimedBefore)).update();
  }

  public long count(String status) {
    return jdbc.sql("select count(*) from ss_mail_outbox where status = ?").param(status).query(Long.class).single();
  }

  /** Every message queued for a recipient, oldest first (for tests and support). */
  public List<MailMessage> sentOrQueuedTo(String recipient) {
    return jdbc.sql("select id from ss_mail_outbox where recipient = ? order by id").param(recipient)
        .query(Long.class).list().stream().map(id -> load(id).message()).toList();
  }

  static Duration backoff(int attempts) {
    long minutes = Math.min(60, 1L << Math.min(attempts, 6));
    return Duration.ofMinutes(minutes);
  }
}
