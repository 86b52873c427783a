package ru.schoolsupport.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.javamail.MimeMessageHelper;

/** Builds the MIME message for a {@link MailMessage}: UTF-8 text with its attachments. */
final class MimeMessages {

  private MimeMessages() {
  }

  static MimeMessage build(Session session, InternetAddress from, MailMessage message) throws MessagingException {
    MimeMessage mime = new MimeMessage(session == null ? Session.getInstance(new Properties()) : session);
    fill(mime, from, message);
    return mime;
  }

  static void fill(MimeMessage mime, InternetAddress from, MailMessage message) throws MessagingException {
    MimeMessageHelper helper = new MimeMessageHelper(mime, !message.attachments().isEmpty(),
        StandardCharsets.UTF_8.name());
    helper.setFrom(from);
    helper.setTo(message.to());
    helper.setSubject(message.subject());
    helper.setText(message.body(), false);
    for (MailMessage.Attachment attachment : message.attachments()) {
      helper.addAttachment(attachment.fileName(), new ByteArrayResource(attachment.content()),
          attachment.contentType());
    }
  }
}
