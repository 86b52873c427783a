package ru.schoolsupport.mail;

import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/** Chooses the transport: {@code schoolsupport.mail.transport=smtp} or {@code file} (the default). */
@Configuration
class MailTransports {

  @Bean
  MailTransport mailTransport(MailSettings settings, ObjectProvider<JavaMailSender> smtp) {
    if ("smtp".equalsIgnoreCase(settings.transport())) {
      JavaMailSender sender = smtp.getIfAvailable();
      if (sender == null) {
        throw new IllegalStateException("schoolsupport.mail.transport=smtp needs spring.mail.host (SPRING_MAIL_HOST)");
      }
      return smtp(sender, settings.sender());
    }
    return new FileMailTransport(Path.of(settings.sinkDirectory()), settings.sender());
  }

  /** Sends through an SMTP server (production, Mailpit in docker compose, GreenMail in tests). */
  static MailTransport smtp(JavaMailSender sender, InternetAddress from) {
    return new MailTransport() {
      @Override
      public void send(MailMessage message) throws Exception {
        MimeMessage mime = sender.createMimeMessage();
        MimeMessages.fill(mime, from, message);
        sender.send(mime);
      }

      @Override
      public boolean answers() {
        if (!(sender instanceof JavaMailSenderImpl smtp)) {
          return true;
        }
        try {
          smtp.testConnection();
          return true;
        } catch (Exception e) {
          return false;
        }
      }
    };
  }

  /** Writes each message as an .eml file, which any mail program opens. */
  static class FileMailTransport implements MailTransport {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    private final Path directory;
    private final InternetAddress from;
    private final AtomicLong sequence = new AtomicLong();

    FileMailTransport(Path directory, InternetAddress from) {
      this.directory = directory;
      this.from = from;
    }

    @Override
    public void send(MailMessage message) throws Exception {
      Files.createDirectories(directory);
      String name = STAMP.format(LocalDateTime.now()) + "-" + sequence.incrementAndGet() + "-"
          + message.to().replaceAll("[^A-Za-z0-9@._-]", "_") + ".eml";
      try (OutputStream out = Files.newOutputStream(directory.resolve(name))) {
        MimeMessages.build(null, from, message).writeTo(out);
      }
    }
  }
}
