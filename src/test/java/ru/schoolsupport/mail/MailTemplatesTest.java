package ru.schoolsupport.mail;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** Mails are plain text: what people typed goes in as it is, and the subject stays one line. */
class MailTemplatesTest {

  final MailTemplates templates = new MailTemplates();

  @Test
  void anOrderNumberWithLineBreaksNeitherEndsTheSubjectNorAddsAHeader() throws Exception {
    MailMessage mail = templates.render("order-issued", "director.sosh6@example.ru", Map.of(
        "orderNumber", "12\r\nBcc: everyone@example.ru\n\nПоддельный текст", "orderDate", "01.09.2026",
        "periodLabel", "2026/27", "name", "Иван <b>Петрович</b> & Co", "municipality", "г. Приреченск",
        "lines", List.of("Школа-наставник: МОБУ лицей № 7")), List.of());

    assertThat(mail.subject()).isEqualTo("Приказ № 12 Bcc: everyone@example.ru Поддельный текст от 01.09.2026: "
        + "сопровождение школ, 2026/27").doesNotContain("\n").doesNotContain("\r");
    assertThat(mail.body()).startsWith("Здравствуйте, Иван <b>Петрович</b> & Co!");

    MimeMessage mime = MimeMessages.build(Session.getInstance(new Properties()),
        new MailSettings(null, null, "school-support@example.ru", null, null, null).sender(), mail);
    ByteArrayOutputStream raw = new ByteArrayOutputStream();
    mime.writeTo(raw);
    String headers = raw.toString(StandardCharsets.UTF_8).split("\r\n\r\n", 2)[0];
    assertThat(headers).doesNotContain("\r\nBcc:");
    assertThat(mime.getContentType()).startsWith("text/plain");
  }
}
