package ru.schoolsupport.mail;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import ru.schoolsupport.PostgresProfileTest;
import ru.schoolsupport.PostgresTestDatabase;
import ru.schoolsupport.EngineTestSupport;
import ru.schoolsupport.FreePort;
import ru.schoolsupport.process.WorkCalendar;

/**
 * Issue 23 on PostgreSQL (its own database {@value #DATABASE}): two dispatchers on one outbox, as two
 * nodes would be. A node hung on a mail server that never answers outlives its claim; the other sends
 * the message; the hung node's late failure changes nothing, and the message arrives once. A message
 * one node failed is not retried by the other before its own next attempt.
 */
@PostgresProfileTest
class MailOnceOnPostgresTest {

  static final String DATABASE = "school_support_mail_test";
  static final ServerSetup SMTP = new ServerSetup(FreePort.onLoopback(), "127.0.0.1", "smtp");

  @DynamicPropertySource
  static void emptyDatabase(DynamicPropertyRegistry registry) throws SQLException {
    PostgresTestDatabase.emptied(DATABASE, registry);
  }


  @Autowired MailOutbox outbox;
  @Autowired MailSettings settings;
  @Autowired WorkCalendar calendar;
  @Autowired JdbcClient jdbc;

  GreenMail greenMail;

  @BeforeEach
  void smtpServer() {
    greenMail = new GreenMail(SMTP);
    greenMail.start();
  }

  @AfterEach
  void stop() {
    greenMail.stop();
    EngineTestSupport.resetClock();
    // what a test leaves waiting is no other test's business
    jdbc.sql("update ss_mail_outbox set status = 'SENT' where status <> 'SENT'").update();
  }

  @Test
  void aNodeHungOnItsMailServerAnswersTooLateAndTheMessageArrivesOnce() throws Exception {
    String key = "hung:" + System.nanoTime();
    outbox.enqueue(key, new MailMessage("director@school.example.ru", "Приказ № 7", "Текст", null));
    try (ServerSocket neverAnswers = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
      // node A: its server accepts the connection (the backlog) and never says a word
      MailDispatcher nodeA = new MailDispatcher(outbox,
          SmtpDispatchers.transport("127.0.0.1", neverAnswers.getLocalPort(), Duration.ofSeconds(4)), settings, calendar);
      MailDispatcher nodeB = new MailDispatcher(outbox, SmtpDispatchers.transport(SMTP), settings, calendar);
      CompletableFuture<Integer> hung = CompletableFuture.supplyAsync(nodeA::dispatchDue);
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(3);
      while (!outbox.status(key).orElseThrow().equals(MailOutbox.SENDING) && System.nanoTime() < deadline) {
        Thread.sleep(20);
      }
      assertThat(outbox.status(key)).contains(MailOutbox.SENDING);

      // node A's claim expires; node B gives the message back and sends it
      EngineTestSupport.moveClockTo(Instant.now().plus(MailDispatcher.CLAIM_EXPIRY).plusSeconds(60));
      assertThat(nodeB.dispatchDue()).isEqualTo(1);
      assertThat(outbox.status(key)).contains(MailOutbox.SENT);

      // node A's connection times out: its failure comes for a claim it no longer holds
      assertThat(hung.get(30, TimeUnit.SECONDS)).isZero();
    }
    assertThat(outbox.status(key)).as("the late failure changes nothing").contains(MailOutbox.SENT);
    EngineTestSupport.moveClockTo(Instant.now().plus(Duration.ofHours(3)));
    MailDispatcher nodeB = new MailDispatcher(outbox, SmtpDispatchers.transport(SMTP), settings, calendar);
    assertThat(nodeB.dispatchDue()).isZero();
    assertThat(greenMail.getReceivedMessages()).hasSize(1);
  }

  @Test
  void aLateAnswerForAClaimTakenOverChangesNothing() {
    String key = "late:" + System.nanoTime();
    outbox.enqueue(key, new MailMessage("deputy@school.example.ru", "Напоминание", "Текст", null));
    long id = id(key);
    Instant claimedAt = calendar.now().toInstant();
    String first = outbox.claim(id, claimedAt).orElseThrow();
    assertThat(outbox.claim(id, claimedAt)).as("claimed once").isEmpty();

    Instant later = claimedAt.plus(MailDispatcher.CLAIM_EXPIRY).plusSeconds(1);
    assertThat(outbox.releaseStale(later.minus(MailDispatcher.CLAIM_EXPIRY))).isEqualTo(1);
    String second = outbox.claim(id, later).orElseThrow();
    assertThat(second).isNotEqualTo(first);

    assertThat(outbox.markFailed(id, first, "timeout", later.plusSeconds(60))).isFalse();
    assertThat(outbox.markSent(id, first, later)).isFalse();
    assertThat(outbox.markDropped(id, first, "gone", later)).isFalse();
    assertThat(outbox.status(key)).contains(MailOutbox.SENDING);

    assertThat(outbox.markSent(id, second, later)).isTrue();
    assertThat(outbox.markFailed(id, second, "too late", later.plusSeconds(60))).as("a claim ends with its answer")
        .isFalse();
    assertThat(outbox.status(key)).contains(MailOutbox.SENT);
    assertThat(jdbc.sql("select attempts from ss_mail_outbox where id = ?").param(id).query(Integer.class).single())
        .isEqualTo(1);
  }

  @Test
  void aMessageOneNodeFailedWaitsForItsNextAttemptOnEveryNode() {
    String key = "backoff:" + System.nanoTime();
    outbox.enqueue(key, new MailMessage("teacher@school.example.ru", "Напоминание", "Текст", null));
    long id = id(key);
    Instant now = calendar.now().toInstant();
    // node B read the due messages a moment before node A failed this one
    List<Long> seenByB = outbox.due(now, 10);
    assertThat(seenByB).contains(id);
    String claimOfA = outbox.claim(id, now).orElseThrow();
    assertThat(outbox.markFailed(id, claimOfA, "connection refused", now.plus(MailOutbox.backoff(0)))).isTrue();

    assertThat(outbox.claim(id, now.plusMillis(23))).as("not before its next attempt").isEmpty();
    MailDispatcher nodeB = new MailDispatcher(outbox, SmtpDispatchers.transport(SMTP), settings, calendar);
    EngineTestSupport.moveClockTo(now.plusSeconds(30));
    assertThat(nodeB.dispatchDue()).isZero();
    assertThat(greenMail.getReceivedMessages()).isEmpty();

    EngineTestSupport.moveClockTo(now.plus(MailOutbox.backoff(0)).plusSeconds(1));
    assertThat(nodeB.dispatchDue()).isEqualTo(1);
    assertThat(greenMail.getReceivedMessages()).hasSize(1);
  }

  private long id(String key) {
    return jdbc.sql("select id from ss_mail_outbox where message_key = ?").param(key).query(Long.class).single();
  }
}
