package ru.schoolsupport.mail;

import java.util.List;

/** A message to one recipient, with its attachments. */
public record MailMessage(String to, String subject, String body, List<Attachment> attachments) {

  public MailMessage {
    attachments = attachments == null ? List.of() : List.copyOf(attachments);
  }

  public record Attachment(String fileName, String contentType, byte[] content) {
  }

  public static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
  public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
}
