package ru.schoolsupport.mail;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param transport {@code file} (messages written as .eml files to {@code sinkDirectory}) or {@code smtp}
 * @param from the sender's address
 * @param tasklistUrl the Tasklist address used in links, e.g. http://localhost:8080/camunda/app/tasklist/default/
 * @param dispatchEnabled whether queued messages are sent in the background (off in tests, which send on purpose)
 * @param dispatchInterval how often queued messages are looked for
 */
@ConfigurationProperties("schoolsupport.mail")
public record MailSettings(String transport, String sinkDirectory, String from, String tasklistUrl,
    Boolean dispatchEnabled, Duration dispatchInterval) {

  public MailSettings {
    transport = transport == null ? "file" : transport;
    sinkDirectory = sinkDirectory == null ? "data/mail" : sinkDirectory;
    from = from == null ? "school-support@localhost" : from;
    tasklistUrl = tasklistUrl == null ? "http://localhost:8080/camunda/app/tasklist/default/" : tasklistUrl;
    dispatchEnabled = dispatchEnabled == null || dispatchEnabled;
    dispatchInterval = dispatchInterval == null ? Duration.ofSeconds(15) : dispatchInterval;
  }
}
