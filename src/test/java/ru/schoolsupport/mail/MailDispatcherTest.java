package ru.schoolsupport.mail;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import ru.schoolsupport.EngineTestSupport;
import ru.schoolsupport.SchoolSupportTest;
import ru.schoolsupport.process.WorkCalendar;

/**
 * Mail goes through a real SMTP server (GreenMail, in process): a queued message arrives once with
 * its attachment; while the server is down nothing is lost, and once it is back every message
 * arrives exactly once.
 */
@SchoolSupportTest
class MailDispatcherTest {

  static final ServerSetup SMTP = new ServerSetup(ru.schoolsupport.FreePort.onLoopback(), "127.0.0.1", "smtp");

  @Autowired MailOutbox outbox;
  @Autowired MailTemplates templates;
  @Autowired MailSettings settings;
  @Autowired WorkCalendar calendar;

  GreenMail greenMail;
  MailDispatcher dispatcher;

  @BeforeEach
  void smtpServer() {
    greenMail = new GreenMail(SMTP);
    greenMail.start();
    dispatcher = SmtpDispatchers.to(SMTP, outbox, settings, calendar);
    dispatcher.dispatchDue();
    greenMail.reset();
  }

  @AfterEach
  void stop() {
    greenMail.stop();
    EngineTestSupport.resetClock();
  }

  @Test
  void aQueuedMessageArrivesOnceWithItsAttachment() throws Exception {
    String key = "test:" + System.nanoTime();
    MailMessage message = new MailMessage("director@school.example.ru", "Приказ № 1", "Текст письма",
        List.of(new MailMessage.Attachment("Приказ.docx", MailMessage.DOCX, new byte[] {1, 2, 3})));
    assertThat(outbox.enqueue(key, message)).isTrue();
    assertThat(outbox.enqueue(key, message)).as("the same key is queued once").isFalse();

    assertThat(dispatcher.dispatchDue()).isEqualTo(1);
    assertThat(dispatcher.dispatchDue()).isZero();

    MimeMessage[] received = greenMail.getReceivedMessages();
    assertThat(received).hasSize(1);
    assertThat(received[0].getSubject()).isEqualTo("Приказ № 1");
    assertThat(texts(received[0].getContent())).anyMatch(text -> text.contains("Текст письма"));
    MimeMultipart multipart = (MimeMultipart) received[0].getContent();
    assertThat(multipart.getBodyPart(multipart.getCount() - 1).getFileName()).contains("docx");
  }

  @Test
  void whileTheServerIsDownNothingIsLostAndAfterwardsEveryMessageArrivesOnce() {
    greenMail.stop();
    String prefix = "down:" + System.nanoTime() + ":";
    for (int i = 0; i < 3; i++) {
      outbox.enqueue(prefix + i, new MailMessage("person" + i + "@school.example.ru", "Напоминание " + i, "Текст", null));
    }
    assertThat(dispatcher.dispatchDue()).isZero();
    assertThat(dispatcher.dispatchDue()).as("nothing is retried before its pause").isZero();

    greenMail = new GreenMail(SMTP);
    greenMail.start();
    EngineTestSupport.moveClockTo(Instant.now().plus(Duration.ofMinutes(5)));
    assertThat(dispatcher.dispatchDue()).isEqualTo(3);
    EngineTestSupport.moveClockTo(Instant.now().plus(Duration.ofHours(2)));
    assertThat(dispatcher.dispatchDue()).isZero();

    assertThat(greenMail.getReceivedMessages()).hasSize(3)
        .extracting(m -> m.getSubject()).containsExactlyInAnyOrder("Напоминание 0", "Напоминание 1", "Напоминание 2");
  }

  @Test
  void afterALongOutageTheFirstMailThatGoesThroughBringsTheWaitingOnesSoonNotWhenTheirBackOffEnds() {
    greenMail.stop();
    String prefix = "outage:" + System.nanoTime() + ":";
    for (int i = 0; i < 3; i++) {
      outbox.enqueue(prefix + i, new MailMessage("late" + i + "@school.example.ru", "Ждёт " + i, "Текст", null));
    }
    Instant clock = Instant.now();
    // five failed attempts each: the back-off has grown to half an hour
    for (int attempt = 0; attempt < 5; attempt++) {
      assertThat(dispatcher.dispatchDue()).isZero();
      clock = clock.plus(MailOutbox.backoff(attempt)).plusSeconds(1);
      EngineTestSupport.moveClockTo(clock);
    }
    assertThat(dispatcher.dispatchDue()).isZero();

    greenMail = new GreenMail(SMTP);
    greenMail.start();
    outbox.enqueue(prefix + "new", new MailMessage("new@school.example.ru", "Новое", "Текст", null));
    assertThat(dispatcher.dispatchDue()).as("the new mail goes through").isEqualTo(1);
    EngineTestSupport.moveClockTo(clock.plusSeconds(15));
    assertThat(dispatcher.dispatchDue()).as("the waiting ones go on the next run, 15 s later")
        .isGreaterThanOrEqualTo(3);
    assertThat(greenMail.getReceivedMessages()).extracting(m -> m.getSubject())
        .contains("Новое", "Ждёт 0", "Ждёт 1", "Ждёт 2").doesNotHaveDuplicates();
  }

  @Test
  void whenTheServerIsBackTheWaitingMailGoesWithinAMinuteEvenIfNothingNewIsQueued() {
    greenMail.stop();
    String prefix = "probe:" + System.nanoTime() + ":";
    for (int i = 0; i < 3; i++) {
      outbox.enqueue(prefix + i, new MailMessage("probe" + i + "@school.example.ru", "Проба " + i, "Текст", null));
    }
    Instant clock = Instant.now();
    for (int attempt = 0; attempt < 5; attempt++) {
      assertThat(dispatcher.dispatchDue()).isZero();
      clock = clock.plus(MailOutbox.backoff(attempt)).plusSeconds(1);
      EngineTestSupport.moveClockTo(clock);
    }
    assertThat(dispatcher.dispatchDue()).as("the server still away: the probe fails, nothing moves").isZero();

    greenMail = new GreenMail(SMTP);
    greenMail.start();
    clock = clock.plus(MailDispatcher.PROBE_INTERVAL);
    EngineTestSupport.moveClockTo(clock);
    assertThat(dispatcher.dispatchDue()).as("this run asks the server, which answers").isZero();
    EngineTestSupport.moveClockTo(clock.plusSeconds(15));
    assertThat(dispatcher.dispatchDue()).as("the waiting mail goes on the next run, not in half an hour")
        .isGreaterThanOrEqualTo(3);
    assertThat(greenMail.getReceivedMessages()).extracting(m -> m.getSubject())
        .contains("Проба 0", "Проба 1", "Проба 2").doesNotHaveDuplicates();
  }

  /** The text parts of a message, however deeply nested. */
  static List<String> texts(Object content) throws Exception {
    if (content instanceof String text) {
      return List.of(text);
    }
    java.util.ArrayList<String> texts = new java.util.ArrayList<>();
    if (content instanceof MimeMultipart multipart) {
      for (int i = 0; i < multipart.getCount(); i++) {
        texts.addAll(texts(multipart.getBodyPart(i).getContent()));
      }
    }
    return texts;
  }

  @Test
  void templatesRenderSubjectAndBodyInRussian() {
    MailMessage message = templates.render("order-issued", "x@example.ru", Map.of("name", "Ольга Вачагановна",
        "orderNumber", "208", "orderDate", "16.02.2023", "periodLabel", "2023", "municipality", "Управление",
        "lines", List.of("Ваша школа включена в перечень."), "tasklistUrl", "http://localhost:8080/"), null);
    assertThat(message.subject()).isEqualTo("Приказ № 208 от 16.02.2023: сопровождение школ, 2023");
    assertThat(message.body()).startsWith("Здравствуйте, Ольга Вачагановна!").contains("Ваша школа включена в перечень.");
  }
}
