package ru.schoolsupport.mail;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Links in mails are not set here: they all start with {@code schoolsupport.public-url} ({@link PublicLinks}).
 *
 * @param transport {@code file} (messages written as .eml files to {@code sinkDirectory}) or {@code smtp}
 * @param from the department's address mails come from; may carry its name too
 *     ({@code Управление образования <uo@example.ru>})
 * @param fromName the name people see as the sender, e.g. «Управление образования г. Приреченска»; a name
 *     in {@code from} wins
 * @param dispatchEnabled whether queued messages are sent in the background (off in tests, which send on purpose)
 * @param dispatchInterval how often queued messages are looked for
 */
@ConfigurationProperties("schoolsupport.mail")
public record MailSettings(String transport, String sinkDirectory, String from, String fromName,
    Boolean dispatchEnabled, Duration dispatchInterval) {

  public MailSettings {
    transport = transport == null ? "file" : transport;
    sinkDirectory = sinkDirectory == null ? "data/mail" : sinkDirectory;
    from = from == null || from.isBlank() ? "school-support@localhost" : from.strip();
    fromName = fromName == null || fromName.isBlank() ? null : fromName.strip();
    dispatchEnabled = dispatchEnabled == null || dispatchEnabled;
    dispatchInterval = dispatchInterval == null ? Duration.ofSeconds(15) : dispatchInterval;
  }

  /** The From header: the department's address with its name, the name encoded for any mail program. */
  public InternetAddress sender() {
    try {
      InternetAddress address = new InternetAddress(from, true);
      String name = address.getPersonal() != null ? address.getPersonal() : fromName;
      return name == null ? address : new InternetAddress(address.getAddress(), name, StandardCharsets.UTF_8.name());
    } catch (AddressException | UnsupportedEncodingException e) {
      throw new IllegalStateException("schoolsupport.mail.from is not a mail address: " + from, e);
    }
  }
}
