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
    return new MailDispatcher(outbox, transport(smtp), settings, calendar);
  }

  /** The production SMTP transport, pointed at the given server. */
  public static MailTransport transport(ServerSetup smtp) {
    JavaMailSenderImpl sender = new JavaMailSenderImpl();
    sender.setHost(smtp.getBindAddress());
    sender.setPort(smtp.getPort());
    return MailTransports.smtp(sender, "school-support@test");
  }
}
