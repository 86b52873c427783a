package ru.schoolsupport.reminders;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import ru.schoolsupport.audit.AuditField;
import ru.schoolsupport.directory.DirectoryRepository;
import ru.schoolsupport.dossier.SchoolDossier;
import ru.schoolsupport.dossier.Watchlist;
import ru.schoolsupport.mail.MailMessage;
import ru.schoolsupport.mail.MailOutbox;
import ru.schoolsupport.mail.MailTemplates;
import ru.schoolsupport.mail.PublicLinks;
import ru.schoolsupport.process.WorkCalendar;
import ru.schoolsupport.schoolyear.StageReportService;

/**
 * «Мои школы»: a watched school's change of stage or status, a report not sent on time or sent late,
 * a report with programmes in the red zone reach each watcher as they chose for reminders: one mail per
 * change (single mails), or all of them in one mail a day from {@code digest-at} on (digest). What a
 * watcher was told is remembered ({@code ss_school_watch.told_up_to}); each mail has its outbox key.
 */
@Component
public class WatchNews {

  static final String SINGLE_PREFIX = "watch-news:";
  static final String DAILY_PREFIX = "watch-news-daily:";
  private static final Set<String> FIELDS = Set.of(AuditField.YEAR_STAGE.name(), AuditField.STATUS.name(),
      AuditField.STAGE_REPORT.name(), AuditField.FINAL_REPORT.name());
  private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

  private final Watchlist watchlist;
  private final MailOutbox outbox;
  private final MailTemplates templates;
  private final PublicLinks links;
  private final DirectoryRepository directory;
  private final WorkCalendar calendar;

  public WatchNews(Watchlist watchlist, MailOutbox outbox, MailTemplates templates, PublicLinks links,
      DirectoryRepository directory, WorkCalendar calendar) {
    this.watchlist = watchlist;
    this.outbox = outbox;
    this.templates = templates;
    this.links = links;
    this.directory = directory;
    this.calendar = calendar;
  }

  /** Whether a change is news to a watcher: a stage or status, a late report, a red one. */
  static boolean isNews(Watchlist.News news) {
    if (AuditField.YEAR_STAGE.name().equals(news.field()) || AuditField.STATUS.name().equals(news.field())) {
      return true;
    }
    String value = news.newValue() == null ? "" : news.newValue();
    return value.contains("не сдан в срок") || value.contains("с опозданием") || value.contains(StageReportService.RED_ZONE);
  }

  /** Queues the news due now; returns how many mails were queued. */
  public int queue(LocalDate today, LocalTime now, LocalTime digestAt, Map<String, Delivery> choices,
      Recipients.Lookup people) {
    Map<String, List<Watchlist.News>> byLogin = new LinkedHashMap<>();
    for (Watchlist.News news : watchlist.untold(FIELDS)) {
      byLogin.computeIfAbsent(news.login(), k -> new ArrayList<>()).add(news);
    }
    int queued = 0;
    for (Map.Entry<String, List<Watchlist.News>> entry : byLogin.entrySet()) {
      String login = entry.getKey();
      Recipient to = people.user(login).orElse(null);
      List<Watchlist.News> news = entry.getValue().stream().filter(WatchNews::isNews).toList();
      boolean digest = choices.getOrDefault(login, Delivery.SINGLE) == Delivery.DIGEST;
      if (to != null && !news.isEmpty()) {
        if (digest) {
          String key = DAILY_PREFIX + login + ":" + today;
          if (now.isBefore(digestAt) || outbox.status(key).isPresent()) {
            continue; // the day's mail waits for its time, or went already: these wait for tomorrow's
          }
          if (outbox.enqueue(key, mail(to, news, today, false, people))) {
            queued++;
          }
        } else {
          for (Watchlist.News one : news) {
            if (outbox.enqueue(SINGLE_PREFIX + login + ":" + one.auditId(), mail(to, List.of(one), today, true, people))) {
              queued++;
            }
          }
        }
      }
      // what was looked at is told (a change that is no news, or a watcher without an address, too)
      Map<String, Long> upTo = new HashMap<>();
      entry.getValue().forEach(n -> upTo.merge(n.schoolCode(), n.auditId(), Math::max));
      upTo.forEach((school, id) -> watchlist.told(login, school, id));
    }
    return queued;
  }

  private MailMessage mail(Recipient to, List<Watchlist.News> news, LocalDate today, boolean single,
      Recipients.Lookup people) {
    var schools = directory.schoolsByCode();
    var persons = directory.peopleByLogin();
    List<Map<String, Object>> entries = new ArrayList<>();
    for (Watchlist.News n : news) {
      AuditField field = AuditField.parse(n.field());
      Map<String, Object> row = new HashMap<>();
      row.put("number", entries.size() + 1);
      row.put("school", people.schoolName(n.schoolCode()));
      row.put("at", STAMP.format(n.changedAt().atZone(calendar.zone())));
      row.put("field", field == null ? n.field() : field.title());
      row.put("value", SchoolDossier.valueTitle(field, n.newValue(), persons, schools));
      String old = SchoolDossier.valueTitle(field, n.oldValue(), persons, schools);
      row.put("hasOld", old != null);
      row.put("old", old);
      row.put("dossierUrl", links.path("/app/dossier?cycle=" + n.cycleId() + "&school=" + n.schoolCode()));
      entries.add(row);
    }
    Map<String, Object> model = new HashMap<>();
    model.put("name", to.name());
    model.put("single", single);
    model.put("school", entries.get(0).get("school"));
    model.put("field", entries.get(0).get("field"));
    model.put("count", entries.size());
    model.put("today", ReminderMails.DATE.format(today));
    model.put("entries", entries);
    model.put("preferencesUrl", links.path("/api/reminders/preferences"));
    return templates.render("watch-news", to.email(), model, List.of());
  }
}
