package ru.schoolsupport.schoolstatus;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import ru.schoolsupport.cycle.Cycle;
import ru.schoolsupport.cycle.CycleService;
import ru.schoolsupport.cycle.SchoolStatus;
import ru.schoolsupport.directory.DirectoryRepository;
import ru.schoolsupport.directory.Person;
import ru.schoolsupport.directory.Role;
import ru.schoolsupport.listformation.CycleSchool;
import ru.schoolsupport.mail.MailOutbox;
import ru.schoolsupport.mail.MailTemplates;
import ru.schoolsupport.mail.PublicLinks;

/**
 * The head (начальник управления) is told of every change of a school's status by mail, through the outbox
 * (each message once, under the key {@code school-status:<cycle>:<school>:<status>:<moment>}). Watchers
 * learn it from the audit ({@code WatchNews}).
 */
@Component
public class SchoolStatusNotices {

  static final String KEY_PREFIX = "school-status:";

  private final DirectoryRepository directory;
  private final MailOutbox outbox;
  private final MailTemplates templates;
  private final PublicLinks links;

  public SchoolStatusNotices(DirectoryRepository directory, MailOutbox outbox, MailTemplates templates,
      PublicLinks links) {
    this.directory = directory;
    this.outbox = outbox;
    this.templates = templates;
    this.links = links;
  }

  /**
   * Queues the mail of a change to every head with an address.
   *
   * @param before the status before (for a resume: the pause that ended)
   * @param days a resume: the pause's length in days, by which the deadlines moved
   */
  void tell(Cycle cycle, CycleSchool school, SchoolStatusRepository.Current now, SchoolStatusRepository.Current before,
      Integer days) {
    Map<String, Person> people = directory.peopleByLogin();
    Person who = now.changedBy() == null ? null : people.get(now.changedBy());
    String whoName = who == null ? (now.changedBy() == null ? "" : now.changedBy()) : who.shortName();
    Map<String, Object> model = new HashMap<>();
    model.put("school", school.schoolName());
    model.put("cycle", cycle.title());
    model.put("who", whoName);
    model.put("paused", now.status() == SchoolStatus.PAUSED);
    model.put("resumed", now.status() == SchoolStatus.ACTIVE);
    model.put("stopped", now.status() == SchoolStatus.STOPPED);
    model.put("subject", switch (now.status()) {
      case PAUSED -> "работа приостановлена до " + CycleService.RUSSIAN_DATE.format(now.pausedUntil());
      case ACTIVE -> "работа возобновлена";
      case STOPPED -> "школа выведена из проекта";
    });
    model.put("until", now.pausedUntil() == null ? "" : CycleService.RUSSIAN_DATE.format(now.pausedUntil()));
    String reason = now.status() == SchoolStatus.ACTIVE && before != null ? before.reason() : now.reason();
    model.put("reason", reason == null ? "" : reason);
    model.put("pausedOn", before == null || before.pausedOn() == null ? ""
        : CycleService.RUSSIAN_DATE.format(before.pausedOn()));
    model.put("days", days == null ? 0 : days);
    model.put("moved", days != null && days > 0);
    model.put("resumedBy", now.changedBy() == null ? "автоматически в дату окончания паузы"
        : "досрочно (решение: муниципальный координатор " + whoName + ")");
    model.put("dossierUrl", links.path("/app/dossier?cycle=" + cycle.id() + "&school=" + school.schoolCode()));
    String key = KEY_PREFIX + cycle.id() + ":" + school.schoolCode() + ":" + now.status().name() + ":"
        + now.changedAt().toEpochMilli();
    for (Person head : directory.findPeopleInRole(Role.HEAD)) {
      if (head.email() == null || head.email().isBlank()) {
        continue;
      }
      model.put("name", head.firstName() == null ? head.shortName()
          : head.firstName() + (head.middleName() == null ? "" : " " + head.middleName()));
      outbox.enqueue(key + ":" + head.login(), templates.render("school-status", head.email(), model, List.of()));
    }
  }
}
