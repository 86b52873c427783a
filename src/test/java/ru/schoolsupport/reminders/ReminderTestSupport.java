package ru.schoolsupport.reminders;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import ru.schoolsupport.EngineTestSupport;
import ru.schoolsupport.mail.MailTransport;
import ru.schoolsupport.mail.SmtpDispatchers;
import ru.schoolsupport.process.WorkCalendar;

/** A real SMTP server (GreenMail) for reminder tests, and a few helpers to read what arrived. */
final class ReminderTestSupport {

  static final ServerSetup SMTP = new ServerSetup(ru.schoolsupport.FreePort.onLoopback(), "127.0.0.1", "smtp");

  private ReminderTestSupport() {
  }

  static GreenMail startSmtp() {
    GreenMail greenMail = new GreenMail(SMTP);
    greenMail.start();
    return greenMail;
  }

  static MailTransport smtpTransport() {
    return SmtpDispatchers.transport(SMTP);
  }

  /** Moves the engine's clock to a local time of a day in the municipality's zone. */
  static void at(WorkCalendar calendar, LocalDate day, int hour, int minute) {
    EngineTestSupport.moveClockTo(ZonedDateTime.of(day, LocalTime.of(hour, minute), calendar.zone()).toInstant());
  }

  /** The messages that mention the task (its link), with their recipient. */
  static List<MimeMessage> about(GreenMail greenMail, String taskId) {
    return Arrays.stream(greenMail.getReceivedMessages()).filter(m -> body(m).contains("?task=" + taskId + "\n")
        || body(m).contains("?task=" + taskId + "\r\n")).toList();
  }

  static String to(MimeMessage message) {
    try {
      return message.getAllRecipients()[0].toString();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  static String subject(MimeMessage message) {
    try {
      return message.getSubject();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** The text parts of a message. */
  static String body(MimeMessage message) {
    try {
      return String.join("\n", texts(message.getContent()));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** The calendar attachment of a message, as text. */
  static String calendarAttachment(MimeMessage message) {
    try {
      MimeMultipart multipart = (MimeMultipart) message.getContent();
      for (int i = 0; i < multipart.getCount(); i++) {
        var part = multipart.getBodyPart(i);
        if (part.getContentType().toLowerCase().startsWith("text/calendar")) {
          Object content = part.getContent();
          if (content instanceof String text) {
            return text;
          }
          try (InputStream in = (InputStream) content) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            in.transferTo(out);
            return out.toString(StandardCharsets.UTF_8);
          }
        }
      }
      return null;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static List<String> texts(Object content) throws Exception {
    List<String> texts = new ArrayList<>();
    if (content instanceof String text) {
      texts.add(text);
    } else if (content instanceof MimeMultipart multipart) {
      for (int i = 0; i < multipart.getCount(); i++) {
        var part = multipart.getBodyPart(i);
        if (part.getContentType().toLowerCase().startsWith("text/plain") || part.getContent() instanceof MimeMultipart) {
          texts.addAll(texts(part.getContent()));
        }
      }
    }
    return texts;
  }
}
