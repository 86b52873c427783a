package ru.schoolsupport.reminders;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import ru.schoolsupport.mail.MailOutbox;
import ru.schoolsupport.process.WorkCalendar;

/**
 * Goes over every open task with a due date and records the reminders that are due now, each once:
 * before the due date at the configured offsets, on the day, when overdue (to the assignee, or to the
 * candidates while nobody has claimed the task), and after the escalation delay to the coordinators.
 * People who chose a digest get the day's reminders in one mail from {@code digest-at} on; on the
 * summary day the heads get the overdue tasks by school. Every mail is queued in the outbox under a
 * key with the task, the kind, the due date and the login, so a rerun (or a second node) adds nothing
 * and a moved due date gives new reminders. The next review dates of the schools' dossiers
 * ({@link ReviewReminders}) and the news of watched schools ({@link WatchNews}) are queued by the same scan.
 */
@Service
public class ReminderScan {

  private static final Logger log = LoggerFactory.getLogger(ReminderScan.class);

  private final OpenTasks openTasks;
  private final ReminderRecords records;
  private final ReminderPreferences preferences;
  private final Recipients recipients;
  private final ReminderMails mails;
  private final MailOutbox outbox;
  private final ReminderSettings settings;
  private final WorkCalendar calendar;
  private final ReviewReminders reviewReminders;
  private final WatchNews watchNews;

  public ReminderScan(OpenTasks openTasks, ReminderRecords records, ReminderPreferences preferences,
      Recipients recipients, ReminderMails mails, MailOutbox outbox, ReminderSettings settings, WorkCalendar calendar,
      ReviewReminders reviewReminders, WatchNews watchNews) {
    this.reviewReminders = reviewReminders;
    this.watchNews = watchNews;
    this.openTasks = openTasks;
    this.records = records;
    this.preferences = preferences;
    this.recipients = recipients;
    this.mails = mails;
    this.outbox = outbox;
    this.settings = settings;
    this.calendar = calendar;
  }

  /** What one scan did. */
  public record Result(int tasks, int queued, int waiting, int digests, int summaries) {
  }

  public Result scan() {
    Instant now = calendar.now().toInstant();
    LocalDate today = calendar.today();
    LocalTime time = now.atZone(calendar.zone()).toLocalTime();
    List<Long> offsets = settings.daysBefore();
    long furthest = offsets.isEmpty() ? 0 : offsets.get(0);
    Instant horizon = today.plusDays(furthest + 1).atStartOfDay(calendar.zone()).toInstant();

    Recipients.Lookup people = recipients.lookup();
    Map<String, Delivery> choices = preferences.all();
    boolean summaryDue = today.getDayOfWeek().compareTo(settings.summaryDay()) >= 0 && !time.isBefore(settings.digestAt())
        && people.members(settings.summaryGroup()).stream()
        .anyMatch(head -> outbox.status(ReminderKeys.summary(head.login(), today)).isEmpty());
    List<OpenTask> overdue = new ArrayList<>();
    int[] counts = new int[3];

    openTasks.forEachPage(horizon, settings.pageSize(), page -> {
      Set<String> known = records.existingKeys(page.stream().map(OpenTask::id).toList());
      // the reminders of a task, kind and due date made by an earlier scan: such a task needs no one looked up again
      Set<String> handled = new HashSet<>();
      known.forEach(key -> handled.add(key.substring(0, key.lastIndexOf(':') + 1)));
      Set<String> direct = new HashSet<>();
      page.forEach(task -> {
        if (task.assignee() != null) {
          direct.add(task.assignee());
        }
        direct.addAll(task.candidateUsers());
      });
      people.prefetch(direct);
      for (OpenTask task : page) {
        counts[0]++;
        List<ReminderKind> due = kindsDue(task, now, today, offsets);
        if (summaryDue && due.contains(ReminderKind.OVERDUE)) {
          overdue.add(task);
        }
        List<ReminderKind> kinds = due.stream()
            .filter(kind -> !handled.contains(kind.key(task.id(), task.dueDate(), ""))).toList();
        List<Recipient> taskPeople = kinds.isEmpty() ? List.of() : taskRecipients(task, people);
        for (ReminderKind kind : kinds) {
          List<Recipient> to = kind == ReminderKind.ESCALATION ? escalationRecipients(taskPeople, people) : taskPeople;
          for (Recipient recipient : to) {
            String key = kind.key(task.id(), task.dueDate(), recipient.login());
            if (known.add(key)) {
              record(task, kind, recipient, choices.getOrDefault(recipient.login(), Delivery.SINGLE), people, now, counts);
            }
          }
        }
      }
    });

    int digests = time.isBefore(settings.digestAt()) ? 0 : sendDigests(today, now, people);
    int summaries = 0;
    if (summaryDue && !overdue.isEmpty()) {
      for (Recipient head : people.members(settings.summaryGroup())) {
        if (outbox.enqueue(ReminderKeys.summary(head.login(), today), mails.summary(head, overdue, people))) {
          summaries++;
        }
      }
    }
    Result result = new Result(counts[0], counts[1], counts[2], digests, summaries);
    // the dossier's review dates and «Мои школы»: mails of their own, queued under their own keys
    int reviews = reviewReminders.queue(today, offsets, people);
    int watched = watchNews.queue(today, time, settings.digestAt(), choices, people);
    log.info("Reminder scan at {}: {}, review reminders {}, watch news {}", now, result, reviews, watched);
    return result;
  }

  /**
   * The reminders a task is due for now: overdue once its due time has passed (and escalated after the
   * delay); on the day; or before it, at the nearest offset that has been reached (a task created three
   * days before its deadline gets the 7-day reminder, one created the day before only the 1-day one).
   */
  List<ReminderKind> kindsDue(OpenTask task, Instant now, LocalDate today, List<Long> offsets) {
    if (!now.isBefore(task.dueAt())) {
      return now.isBefore(task.dueAt().plus(settings.escalationDelay())) ? List.of(ReminderKind.OVERDUE)
          : List.of(ReminderKind.OVERDUE, ReminderKind.ESCALATION);
    }
    if (!today.isBefore(task.dueDate())) {
      return List.of(ReminderKind.TODAY);
    }
    long daysLeft = ChronoUnit.DAYS.between(today, task.dueDate());
    return offsets.stream().filter(offset -> daysLeft <= offset).min(Long::compare).map(ReminderKind::before)
        .map(List::of).orElse(List.of());
  }

  /** The assignee, or while nobody has claimed the task its candidate users and the members of its candidate groups. */
  private List<Recipient> taskRecipients(OpenTask task, Recipients.Lookup people) {
    Map<String, Recipient> to = new LinkedHashMap<>();
    if (task.assignee() != null) {
      people.user(task.assignee()).ifPresent(r -> to.put(r.login(), r));
    } else {
      task.candidateUsers().forEach(login -> people.user(login).ifPresent(r -> to.putIfAbsent(r.login(), r)));
      task.candidateGroups().forEach(group -> people.members(group).forEach(r -> to.putIfAbsent(r.login(), r)));
    }
    if (to.isEmpty()) {
      log.debug("Task {} ({}) has nobody with an e-mail address to remind", task.id(), task.name());
    }
    return List.copyOf(to.values());
  }

  /** The escalation group, except whoever the task already reminds. */
  private List<Recipient> escalationRecipients(List<Recipient> taskPeople, Recipients.Lookup people) {
    Set<String> already = new HashSet<>();
    taskPeople.forEach(r -> already.add(r.login()));
    return people.members(settings.escalationGroup()).stream().filter(r -> !already.contains(r.login())).toList();
  }

  private void record(OpenTask task, ReminderKind kind, Recipient recipient, Delivery delivery, Recipients.Lookup people,
      Instant now, int[] counts) {
    String key = kind.key(task.id(), task.dueDate(), recipient.login());
    if (delivery == Delivery.DIGEST) {
      if (records.insert(key, task.id(), kind, task.dueDate(), recipient.login(), delivery, ReminderRecords.WAITING,
          null, now)) {
        counts[2]++;
      }
      return;
    }
    if (records.insert(key, task.id(), kind, task.dueDate(), recipient.login(), delivery, ReminderRecords.QUEUED, key,
        now) && outbox.enqueue(key, mails.single(recipient, task, kind, people))) {
      counts[1]++;
    }
  }

  /**
   * One digest per person and day with every reminder waiting for it whose task is still open with the
   * same due date (the others are dropped). A reminder recorded after the day's digest went waits for the next.
   */
  private int sendDigests(LocalDate today, Instant now, Recipients.Lookup people) {
    List<ReminderRecords.Waiting> waiting = records.waiting();
    if (waiting.isEmpty()) {
      return 0;
    }
    Map<String, OpenTask> open = openTasks.byIds(waiting.stream().map(ReminderRecords.Waiting::taskId).distinct().toList());
    Map<String, List<ReminderRecords.Waiting>> byLogin = new LinkedHashMap<>();
    List<String> stale = new ArrayList<>();
    for (ReminderRecords.Waiting w : waiting) {
      OpenTask task = open.get(w.taskId());
      if (task == null || !task.dueDate().equals(w.dueDate())) {
        stale.add(w.key());
      } else {
        byLogin.computeIfAbsent(w.login(), k -> new ArrayList<>()).add(w);
      }
    }
    records.markDropped(stale);
    int sent = 0;
    for (Map.Entry<String, List<ReminderRecords.Waiting>> entry : byLogin.entrySet()) {
      String digestKey = ReminderKeys.digest(entry.getKey(), today);
      if (outbox.status(digestKey).isPresent()) {
        continue;
      }
      List<String> keys = entry.getValue().stream().map(ReminderRecords.Waiting::key).toList();
      Recipient recipient = people.user(entry.getKey()).orElse(null);
      if (recipient == null) {
        records.markDropped(keys);
        continue;
      }
      List<ReminderMails.DigestEntry> entries = entry.getValue().stream()
          .map(w -> new ReminderMails.DigestEntry(open.get(w.taskId()), w.kind()))
          .sorted(Comparator.comparing((ReminderMails.DigestEntry e) -> e.task().dueAt())
              .thenComparing(e -> e.kind().type()))
          .toList();
      if (outbox.enqueue(digestKey, mails.digest(recipient, entries, people))) {
        sent++;
      }
      records.markDigested(keys, digestKey);
    }
    return sent;
  }
}
