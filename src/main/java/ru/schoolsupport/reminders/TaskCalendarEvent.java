package ru.schoolsupport.reminders;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import ru.schoolsupport.mail.MailMessage;

/**
 * The deadline of a task as an iCalendar event (RFC 5545) to attach to a reminder: the last hour
 * before the due time, with an alarm a day before. Its UID is the task's, so every reminder of a
 * task updates one event in the calendar, and a later one (higher SEQUENCE) moves it with the deadline.
 */
public final class TaskCalendarEvent {

  public static final String CONTENT_TYPE = "text/calendar; charset=UTF-8; method=PUBLISH";
  public static final String FILE_NAME = "Срок.ics";
  private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
  /** 2020-01-01: SEQUENCE counts minutes from here, so it only grows. */
  private static final long SEQUENCE_EPOCH = 1_577_836_800L;

  private TaskCalendarEvent() {
  }

  /** One event of a task. */
  public record Event(String taskId, String summary, String description, String url, Instant dueAt) {
  }

  public static String uid(String taskId) {
    return "task-" + taskId + "@school-support";
  }

  public static MailMessage.Attachment attachment(List<Event> events, Instant now) {
    return new MailMessage.Attachment(FILE_NAME, CONTENT_TYPE, calendar(events, now).getBytes(StandardCharsets.UTF_8));
  }

  public static String calendar(List<Event> events, Instant now) {
    StringBuilder ics = new StringBuilder();
    line(ics, "BEGIN:VCALENDAR");
    line(ics, "VERSION:2.0");
    line(ics, "PRODID:-//school-support//reminders//RU");
    line(ics, "CALSCALE:GREGORIAN");
    line(ics, "METHOD:PUBLISH");
    for (Event event : events) {
      line(ics, "BEGIN:VEVENT");
      line(ics, "UID:" + uid(event.taskId()));
      line(ics, "DTSTAMP:" + UTC.format(now));
      line(ics, "SEQUENCE:" + Math.max(0, (now.getEpochSecond() - SEQUENCE_EPOCH) / 60));
      line(ics, "DTSTART:" + UTC.format(event.dueAt().minusSeconds(3600)));
      line(ics, "DTEND:" + UTC.format(event.dueAt()));
      line(ics, "SUMMARY:" + text(event.summary()));
      line(ics, "DESCRIPTION:" + text(event.description()));
      line(ics, "URL:" + event.url());
      line(ics, "TRANSP:TRANSPARENT");
      line(ics, "BEGIN:VALARM");
      line(ics, "ACTION:DISPLAY");
      line(ics, "TRIGGER:-P1D");
      line(ics, "DESCRIPTION:" + text(event.summary()));
      line(ics, "END:VALARM");
      line(ics, "END:VEVENT");
    }
    line(ics, "END:VCALENDAR");
    return ics.toString();
  }

  /** Escapes a TEXT value: backslash, semicolon, comma and line breaks. */
  static String text(String value) {
    return (value == null ? "" : value).replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
        .replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n");
  }

  /** Appends a content line, folded at 75 octets without splitting a character, ending in CRLF. */
  private static void line(StringBuilder ics, String content) {
    int octets = 0;
    int limit = 75;
    for (int i = 0; i < content.length(); ) {
      int codePoint = content.codePointAt(i);
      int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
      if (octets + size > limit) {
        ics.append("\r\n ");
        octets = 1;
        limit = 75;
      }
      ics.appendCodePoint(codePoint);
      octets += size;
      i += Character.charCount(codePoint);
    }
    ics.append("\r\n");
  }
}
