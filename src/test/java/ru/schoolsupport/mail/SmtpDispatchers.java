package ru.schoolsupport.mail;

import com.icegreen.greenmail.util.ServerSetup;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import ru.schoolsupport.process.WorkCalendar;

/**
 * For tests of other features whose mail must really pass through SMTP (GreenMail): a dispatcher
 * that sends the outbox through the production SMTP transport to the given server.
 */
public final class SmtpDispatchers {

  private SmtpDispatchers() {
  }

  public static MailDispatcher to(ServerSetup smtp, MailOutbox outbox, MailSettings settings, WorkCalendar calendar) {
    return new MailDispatcher(outbox, transport(smtp.getBindAddress(), smtp.getPort(), null, settings.sender()),
        settings, calendar);
  }

  /** The production SMTP transport, pointed at the given server. */
  public static MailTransport transport(ServerSetup smtp) {
    return transport(smtp.getBindAddress(), smtp.getPort(), null);
  }

  /** The production SMTP transport to a server, with connect, read and write timeouts (none if null). */
  public static MailTransport transport(String host, int port, java.time.Duration timeout) {
    return transport(host, port, timeout, new MailSettings(null, null, "school-support@test", null, null, null).sender());
  }

  /** The production SMTP transport to a server, sending as the given sender. */
  public static MailTransport transport(String host, int port, java.time.Duration timeout,
      jakarta.mail.internet.InternetAddress from) {
    JavaMailSenderImpl sender = new JavaMailSenderImpl();
    sender.setHost(host);
    sender.setPort(port);
    if (timeout != null) {
      String millis = String.valueOf(timeout.toMillis());
      sender.getJavaMailProperties().setProperty("mail.smtp.connectiontimeout", millis);
      sender.getJavaMailProperties().setProperty("mail.smtp.timeout", millis);
      sender.getJavaMailProperties().setProperty("mail.smtp.writetimeout", millis);
    }
    return MailTransports.smtp(sender, from);
  }
}
