package ru.schoolsupport.mail;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Mail texts from Mustache templates in {@code classpath:mail/}: the first line is
 * {@code Subject: …}, then an empty line, then the body (plain text, Russian).
 */
@Component
public class MailTemplates {

  private final Mustache.Compiler compiler = Mustache.compiler().escapeHTML(false).defaultValue("");
  private final Map<String, Template> cache = new ConcurrentHashMap<>();

  public MailMessage render(String template, String to, Map<String, Object> model,
      java.util.List<MailMessage.Attachment> attachments) {
    String text = cache.computeIfAbsent(template, this::compile).execute(model);
    int split = text.indexOf("\n\n");
    if (!text.startsWith("Subject: ") || split < 0) {
      throw new IllegalStateException("Mail template " + template + " must start with 'Subject: …' and an empty line");
    }
    return new MailMessage(to, text.substring("Subject: ".length(), split).strip(), text.substring(split + 2),
        attachments);
  }

  private Template compile(String template) {
    try (Reader reader = new InputStreamReader(new ClassPathResource("mail/" + template + ".mustache").getInputStream(),
        StandardCharsets.UTF_8)) {
      return compiler.compile(reader);
    } catch (IOException e) {
      throw new UncheckedIOException("No mail template " + template, e);
    }
  }
}
