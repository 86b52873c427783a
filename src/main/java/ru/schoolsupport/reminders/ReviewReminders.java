package ru.schoolsupport.reminders;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import ru.schoolsupport.dossier.SchoolNotes;
import ru.schoolsupport.mail.MailOutbox;
import ru.schoolsupport.mail.MailTemplates;
import ru.schoolsupport.mail.PublicLinks;

/**
 * The next review date of a visit or contact recorded on a school's dossier reminds its author as a
 * task's due date does: at the configured days before it, on the day, and once the day after if the
 * date passed. Each reminder is queued in the outbox under its own key
 * ({@code review-reminder:<note>:<kind>:<date>:<login>}), so a rerun or a second node queues nothing twice
 * and a note with a new date gets new reminders. They go as single mails (not in the daily digest).
 */
@Component
public class ReviewReminders {

  public static final String PREFIX = "review-reminder:";
  /** How many days after a review date passed its «not marked» reminder may still go. */
  static final int OVERDUE_WINDOW_DAYS = 7;

  private final SchoolNotes notes;
  private final MailOutbox outbox;
  private final MailTemplates templates;
  private final PublicLinks links;

  public ReviewReminders(SchoolNotes notes, MailOutbox outbox, MailTemplates templates, PublicLinks links) {
    this.notes = notes;
    this.outbox = outbox;
    this.templates = templates;
    this.links = links;
  }

  public static String key(long noteId, ReminderKind kind, LocalDate date, String login) {
    return PREFIX + noteId + ":" + kind.code() + ":" + date + ":" + login;
  }

  /** Queues the review reminders due today; returns how many were queued. */
  public int queue(LocalDate today, List<Long> offsets, Recipients.Lookup people) {
    long furthest = offsets.isEmpty() ? 0 : offsets.get(0);
    int queued = 0;
    for (SchoolNotes.Note note : notes.reviewsDue(today.minusDays(OVERDUE_WINDOW_DAYS), today.plusDays(furthest))) {
      ReminderKind kind = kindDue(note.nextReview(), today, offsets);
      if (kind == null) {
        continue;
      }
      Recipient author = people.user(note.author()).orElse(null);
      if (author == null) {
        continue;
      }
      String key = key(note.id(), kind, note.nextReview(), author.login());
      if (outbox.status(key).isEmpty() && outbox.enqueue(key, mail(author, note, kind, today, people))) {
        queued++;
      }
    }
    return queued;
  }

  static ReminderKind kindDue(LocalDate review, LocalDate today, List<Long> offsets) {
    if (today.isAfter(review)) {
      return ReminderKind.OVERDUE;
    }
    if (today.isEqual(review)) {
      return ReminderKind.TODAY;
    }
    long daysLeft = ChronoUnit.DAYS.between(today, review);
    return offsets.stream().filter(offset -> daysLeft <= offset).min(Long::compare).map(ReminderKind::before).orElse(null);
  }

  private ru.schoolsupport.mail.MailMessage mail(Recipient to, SchoolNotes.Note note, ReminderKind kind, LocalDate today,
      Recipients.Lookup people) {
    Map<String, Object> model = new HashMap<>();
    model.put("name", to.name());
    model.put("school", people.schoolName(note.schoolCode()));
    model.put("before", kind.type() == ReminderKind.Type.BEFORE);
    model.put("today", kind.type() == ReminderKind.Type.TODAY);
    model.put("overdue", kind.type() == ReminderKind.Type.OVERDUE);
    model.put("daysLeft", ReminderMails.days(Math.max(1, ChronoUnit.DAYS.between(today, note.nextReview()))));
    model.put("reviewDate", ReminderMails.DATE.format(note.nextReview()));
    model.put("noteDate", ReminderMails.DATE.format(note.date()));
    model.put("kind", note.kind().title().toLowerCase(java.util.Locale.ROOT));
    model.put("peopleMet", note.peopleMet());
    model.put("hasActions", note.agreedActions() != null);
    model.put("agreedActions", note.agreedActions());
    model.put("dossierUrl", links.path("/app/dossier?cycle=" + note.cycleId() + "&school=" + note.schoolCode()));
    return templates.render("review-reminder", to.email(), model, List.of());
  }
}
