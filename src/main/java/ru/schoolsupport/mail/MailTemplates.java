package ru.schoolsupport.mail;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Mail texts from Mustache templates in {@code classpath:mail/}: the first line is
 * {@code Subject: …}, then an empty line, then the body. Mails are plain text (never HTML), so what
 * people typed is put in as it is; the subject is rendered on its own and kept to one line, so that no
 * value (a school's name, an order's number) can end it early or add a header.
 */
@Component
public class MailTemplates {

  private final Mustache.Compiler compiler = Mustache.compiler().escapeHTML(false).defaultValue("");
  private final Map<String, Compiled> cache = new ConcurrentHashMap<>();

  public MailMessage render(String template, String to, Map<String, Object> model,
      java.util.List<MailMessage.Attachment> attachments) {
    Compiled compiled = cache.computeIfAbsent(template, this::compile);
    String subject = compiled.subject().execute(model).replaceAll("[\\s\\p{Cntrl}]+", " ").strip();
    return new MailMessage(to, subject, compiled.body().execute(model), attachments);
  }

  private record Compiled(Template subject, Template body) {
  }

  private Compiled compile(String template) {
    String text;
    try {
      text = new ClassPathResource("mail/" + template + ".mustache").getContentAsString(StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("No mail template " + template, e);
    }
    int split = text.indexOf("\n\n");
    if (!text.startsWith("Subject: ") || split < 0) {
      throw new IllegalStateException("Mail template " + template + " must start with 'Subject: …' and an empty line");
    }
    return new Compiled(compiler.compile(text.substring("Subject: ".length(), split)),
        compiler.compile(text.substring(split + 2)));
  }
}
