package ru.schoolsupport.reminders;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.stereotype.Component;
import ru.schoolsupport.access.SchoolOnTask;
import ru.schoolsupport.mail.MailMessage;
import ru.schoolsupport.mail.MailTemplates;
import ru.schoolsupport.mail.PublicLinks;
import ru.schoolsupport.process.WorkCalendar;

/**
 * The reminder mails, in Russian, from the templates {@code mail/reminder}, {@code mail/reminder-digest}
 * and {@code mail/overdue-summary}: who, which school, what to do, the deadline and a direct link to
 * the task in Tasklist, with the deadline as a calendar event (.ics).
 */
@Component
public class ReminderMails {

  static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
  static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
  /**
   * At most this many tasks are written out in one digest or weekly summary (each takes about 300
   * characters; a mail's body holds 20,000): a region's head with thousands of overdue tasks gets the
   * schools with most of them and a count of the rest, with the link to see them all.
   */
  static final int MOST_TASKS_IN_ONE_MAIL = 40;

  private final MailTemplates templates;
  private final WorkCalendar calendar;
  private final PublicLinks links;

  public ReminderMails(MailTemplates templates, WorkCalendar calendar, PublicLinks links) {
    this.templates = templates;
    this.calendar = calendar;
    this.links = links;
  }

  /** The task in Tasklist: {@code <public-url>/camunda/app/tasklist/default/#/?task=<id>}. */
  public String taskUrl(String taskId) {
    return links.task(taskId);
  }

  /** The reminder settings page (reminders.ReminderSettingsPage), linked from every reminder. */
  public String preferencesUrl() {
    return links.path(ReminderSettingsPage.PATH);
  }

  public MailMessage single(Recipient to, OpenTask task, ReminderKind kind, Recipients.Lookup people) {
    Map<String, Object> model = taskModel(task, people);
    model.put("name", to.name());
    model.put("before", kind.type() == ReminderKind.Type.BEFORE);
    model.put("today", kind.type() == ReminderKind.Type.TODAY);
    model.put("overdue", kind.type() == ReminderKind.Type.OVERDUE);
    model.put("escalation", kind.type() == ReminderKind.Type.ESCALATION);
    // a task created late says how many days are really left, not the offset its reminder belongs to
    model.put("daysLeft", days(Math.max(1, ChronoUnit.DAYS.between(calendar.today(), task.dueDate()))));
    model.put("preferencesUrl", preferencesUrl());
    return templates.render("reminder", to.email(), model, List.of(calendarEvent(List.of(task), people)));
  }

  /** One reminder in a digest: the task and what the reminder says. */
  public record DigestEntry(OpenTask task, ReminderKind kind) {
  }

  public MailMessage digest(Recipient to, List<DigestEntry> entries, Recipients.Lookup people) {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (DigestEntry entry : entries.subList(0, Math.min(entries.size(), MOST_TASKS_IN_ONE_MAIL))) {
      Map<String, Object> row = taskModel(entry.task(), people);
      row.put("number", rows.size() + 1);
      row.put("status", status(entry));
      rows.add(row);
    }
    Map<String, Object> model = new HashMap<>();
    model.put("name", to.name());
    model.put("today", DATE.format(calendar.today()));
    model.put("count", entries.size());
    model.put("entries", rows);
    model.put("more", entries.size() > rows.size());
    model.put("moreCount", entries.size() - rows.size());
    model.put("tasklistUrl", links.tasklist());
    model.put("preferencesUrl", preferencesUrl());
    return templates.render("reminder-digest", to.email(), model,
        List.of(calendarEvent(entries.stream().map(DigestEntry::task).distinct().toList(), people)));
  }

  /**
   * The weekly summary of overdue tasks, grouped by school (schools by name, tasks by due date). When there
   * are more than {@link #MOST_TASKS_IN_ONE_MAIL}, the schools with most overdue tasks come first and are
   * written out while the tasks fit; the rest are counted, with the monitoring page's link.
   */
  public MailMessage summary(Recipient to, List<OpenTask> overdue, Recipients.Lookup people) {
    Map<String, List<OpenTask>> bySchool = new TreeMap<>();
    for (OpenTask task : overdue) {
      String school = task.schoolCode() == null ? "Задачи управления (без школы)" : people.schoolName(task.schoolCode());
      bySchool.computeIfAbsent(school, k -> new ArrayList<>()).add(task);
    }
    List<Map.Entry<String, List<OpenTask>>> ordered = new ArrayList<>(bySchool.entrySet());
    boolean shortened = overdue.size() > MOST_TASKS_IN_ONE_MAIL;
    if (shortened) {
      ordered.sort((a, b) -> b.getValue().size() != a.getValue().size() ? b.getValue().size() - a.getValue().size()
          : a.getKey().compareTo(b.getKey()));
    }
    List<Map<String, Object>> schools = new ArrayList<>();
    int written = 0;
    int moreSchools = 0;
    int moreTasks = 0;
    for (Map.Entry<String, List<OpenTask>> school : ordered) {
      List<OpenTask> tasks = school.getValue();
      if (!schools.isEmpty() && written + tasks.size() > MOST_TASKS_IN_ONE_MAIL) {
        moreSchools++;
        moreTasks += tasks.size();
        continue;
      }
      List<Map<String, Object>> rows = new ArrayList<>();
      tasks.stream().sorted((a, b) -> a.dueAt().compareTo(b.dueAt())).limit(MOST_TASKS_IN_ONE_MAIL).forEach(task -> {
        Map<String, Object> row = taskModel(task, people);
        row.put("who", Boolean.TRUE.equals(row.get("hasAssignee")) ? "исполнитель: " + row.get("assignee")
            : "не взята в работу (" + row.get("candidates") + ")");
        rows.add(row);
      });
      written += rows.size();
      int notWritten = tasks.size() - rows.size();
      schools.add(Map.of("school", school.getKey(), "count", tasks.size(), "tasks", rows,
          "moreHere", notWritten > 0, "moreHereCount", notWritten));
    }
    Map<String, Object> model = new HashMap<>();
    model.put("name", to.name());
    model.put("today", DATE.format(calendar.today()));
    model.put("count", overdue.size());
    model.put("schools", schools);
    model.put("shortened", shortened);
    model.put("more", moreSchools > 0);
    model.put("moreSchools", moreSchools);
    model.put("moreTasks", moreTasks);
    model.put("monitoringUrl", links.path("/app/monitoring"));
    return templates.render("overdue-summary", to.email(), model, List.of());
  }

  private Map<String, Object> taskModel(OpenTask task, Recipients.Lookup people) {
    Map<String, Object> model = new LinkedHashMap<>();
    String school = people.schoolName(task.schoolCode());
    // the mail names the school on a line of its own
    String name = SchoolOnTask.withoutSchool(task.name(), school);
    model.put("taskName", name == null ? "Задача" : name);
    model.put("hasProcess", task.processName() != null);
    model.put("processName", task.processName());
    model.put("hasSchool", school != null);
    model.put("school", school);
    model.put("deadline", deadline(task.dueAt()));
    model.put("hasAssignee", task.assignee() != null);
    model.put("assignee", task.assignee() == null ? null : people.personName(task.assignee()));
    List<String> candidates = new ArrayList<>();
    task.candidateGroups().forEach(g -> candidates.add("«" + people.groupName(g) + "»"));
    task.candidateUsers().forEach(u -> candidates.add(people.personName(u)));
    model.put("hasCandidates", task.assignee() == null && !candidates.isEmpty());
    model.put("candidates", String.join(", ", candidates));
    model.put("daysOverdue", days(Math.max(1, ChronoUnit.DAYS.between(task.dueDate(), calendar.today()))));
    model.put("taskUrl", taskUrl(task.id()));
    return model;
  }

  private MailMessage.Attachment calendarEvent(List<OpenTask> tasks, Recipients.Lookup people) {
    List<TaskCalendarEvent.Event> events = tasks.stream().map(task -> {
      String school = people.schoolName(task.schoolCode());
      String name = SchoolOnTask.withoutSchool(task.name(), school);
      String summary = "Срок: " + (name == null ? "задача" : name) + (school == null ? "" : " (" + school + ")");
      String description = (task.processName() == null ? "" : task.processName() + "\n") + "Открыть задачу: "
          + taskUrl(task.id());
      return new TaskCalendarEvent.Event(task.id(), summary, description, taskUrl(task.id()), task.dueAt());
    }).toList();
    Instant now = calendar.now().toInstant();
    return TaskCalendarEvent.attachment(events, now);
  }

  private String status(DigestEntry entry) {
    return switch (entry.kind().type()) {
      case BEFORE -> "через " + days(Math.max(1, ChronoUnit.DAYS.between(calendar.today(), entry.task().dueDate())));
      case TODAY -> "сегодня";
      case OVERDUE -> "срок прошёл";
      case ESCALATION -> "просрочено на " + days(Math.max(1, ChronoUnit.DAYS.between(entry.task().dueDate(),
          calendar.today()))) + " (вы — координатор)";
    };
  }

  /** «15.02.2027, 18:00». */
  String deadline(Instant dueAt) {
    var local = dueAt.atZone(calendar.zone());
    return DATE.format(local) + ", " + TIME.format(local);
  }

  /** «1 день», «3 дня», «7 дней», «21 день». */
  static String days(long n) {
    long lastTwo = n % 100;
    long last = n % 10;
    String word = lastTwo >= 11 && lastTwo <= 14 ? "дней" : last == 1 ? "день" : last >= 2 && last <= 4 ? "дня" : "дней";
    return n + " " + word;
  }

  LocalDate today() {
    return calendar.today();
  }
}
