package ru.schoolsupport.addition;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import ru.schoolsupport.cycle.Cycle;
import ru.schoolsupport.cycle.CycleDeadlines;
import ru.schoolsupport.cycle.CycleRepository;
import ru.schoolsupport.cycle.CycleService;
import ru.schoolsupport.directory.DirectoryRepository;
import ru.schoolsupport.directory.MunicipalityProperties;
import ru.schoolsupport.directory.Person;
import ru.schoolsupport.directory.Role;
import ru.schoolsupport.directory.School;
import ru.schoolsupport.documents.RussianCases;
import ru.schoolsupport.listformation.CycleSchoolRepository;
import ru.schoolsupport.mail.MailMessage;
import ru.schoolsupport.mail.MailOutbox;
import ru.schoolsupport.mail.MailTemplates;
import ru.schoolsupport.mail.PublicLinks;
import ru.schoolsupport.mentoring.CycleOrder.NamedPerson;
import ru.schoolsupport.mentoring.CycleOrderDocument;
import ru.schoolsupport.process.FormInputException;
import ru.schoolsupport.process.WorkCalendar;
import ru.schoolsupport.schoolyear.SchoolYearTasks;

/**
 * The amending order of an addition: drafted once the mentor school and curator are chosen, then, with
 * its number and date, made final, kept with the cycle, the school put on the list
 * ({@link SchoolAdditionService#join}) and the order sent to the school, its mentor school, its curator
 * and the department's managers, as the cycle's own order is.
 */
@Service
public class AmendingOrderService {

  private final SchoolAdditionService additions;
  private final CycleRepository cycles;
  private final CycleSchoolRepository cycleSchools;
  private final DirectoryRepository directory;
  private final MunicipalityProperties municipality;
  private final AmendingOrderDocument document;
  private final MailOutbox outbox;
  private final MailTemplates templates;
  private final PublicLinks links;
  private final WorkCalendar calendar;

  public AmendingOrderService(SchoolAdditionService additions, CycleRepository cycles,
      CycleSchoolRepository cycleSchools, DirectoryRepository directory, MunicipalityProperties municipality,
      AmendingOrderDocument document, MailOutbox outbox, MailTemplates templates, PublicLinks links,
      WorkCalendar calendar) {
    this.additions = additions;
    this.cycles = cycles;
    this.cycleSchools = cycleSchools;
    this.directory = directory;
    this.municipality = municipality;
    this.document = document;
    this.outbox = outbox;
    this.templates = templates;
    this.links = links;
    this.calendar = calendar;
  }

  /** The kind the document is kept under with its cycle ({@code ss_cycle_document}). */
  public static String documentKind(long additionId) {
    return "ADDITION_" + additionId;
  }

  /** Drafts the order (no number, deadlines as if the school joined today) and keeps it with the cycle. */
  public byte[] draft(long additionId, String coordinatorLogin) {
    SchoolAddition addition = additions.get(additionId);
    AmendingOrder order = compose(addition, null, null, additions.deadlinesOnJoining(additionId, calendar.today()),
        coordinatorLogin);
    return store(addition, order);
  }

  /**
   * Gives the order its number and date: the school joins the cycle (list, pair, deadlines for today), the
   * order is made final with those deadlines, kept, and sent to everyone it names.
   */
  public SchoolAdditionService.Joined issue(long additionId, String number, LocalDate date, String coordinatorLogin) {
    List<String> problems = new ArrayList<>();
    SchoolAddition addition = additions.get(additionId);
    Cycle cycle = cycles.get(addition.cycleId());
    if (number == null || number.isBlank()) {
      problems.add("Поле «Номер приказа»: укажите номер приказа");
    } else if (number.strip().length() > 64) {
      problems.add("Поле «Номер приказа»: не длиннее 64 знаков");
    }
    if (date == null) {
      problems.add("Поле «Дата приказа»: укажите дату приказа");
    } else if (date.isAfter(calendar.today().plusDays(30)) || date.isBefore(calendar.today().minusYears(1))) {
      problems.add("Поле «Дата приказа»: дата " + CycleService.RUSSIAN_DATE.format(date) + " не похожа на настоящую");
    } else if (cycle.orderDate() != null && date.isBefore(cycle.orderDate())) {
      problems.add("Поле «Дата приказа»: приказ о внесении изменений не может быть раньше изменяемого приказа от "
          + CycleService.RUSSIAN_DATE.format(cycle.orderDate()));
    }
    if (!problems.isEmpty()) {
      throw new FormInputException(problems);
    }
    SchoolAdditionService.Joined joined = additions.join(additionId, number.strip(), date);
    AmendingOrder order = compose(joined.addition(), number.strip(), date, joined.deadlines(), coordinatorLogin);
    byte[] docx = store(joined.addition(), order);
    notifyEveryoneNamed(joined.addition(), order, docx);
    return joined;
  }

  public Optional<CycleRepository.CycleDocument> find(long additionId) {
    return additions.find(additionId).flatMap(a -> cycles.findDocument(a.cycleId(), documentKind(additionId)));
  }

  private byte[] store(SchoolAddition addition, AmendingOrder order) {
    byte[] docx = document.render(order);
    cycles.saveDocument(addition.cycleId(), documentKind(addition.id()),
        AmendingOrderDocument.fileName(order.schoolShortName(), order.date()), docx, calendar.now().toInstant());
    return docx;
  }

  AmendingOrder compose(SchoolAddition addition, String number, LocalDate date, CycleDeadlines deadlines,
      String coordinatorLogin) {
    Cycle cycle = cycles.get(addition.cycleId());
    Map<String, School> schools = directory.schoolsByCode();
    List<Person> people = directory.findPeople();
    School school = schools.get(addition.schoolCode());
    School mentor = addition.mentorSchoolCode() == null ? null : schools.get(addition.mentorSchoolCode());
    Person director = directorOf(people, addition.schoolCode());
    Person mentorDirector = addition.mentorSchoolCode() == null ? null : directorOf(people, addition.mentorSchoolCode());
    Person curator = addition.curatorLogin() == null ? null
        : people.stream().filter(p -> p.login().equals(addition.curatorLogin())).findFirst().orElse(null);
    Person coordinator = people.stream().filter(p -> p.login().equals(coordinatorLogin) && p.role() == Role.COORDINATOR)
        .findFirst().orElseGet(() -> first(people, Role.COORDINATOR));
    Person controller = first(people, Role.CONTROLLER);

    List<String> acts = new ArrayList<>(List.of(CycleOrderDocument.FEDERAL_LAW));
    List<String> grounds = new ArrayList<>();
    if (addition.basis() != null) {
      RussianCases.actInInstrumental(addition.basis()).ifPresentOrElse(acts::add, () -> grounds.add(addition.basis()));
    }
    grounds.add(addition.reason());
    String reasonPhrase = switch (addition.reasonKind()) {
      case REGIONAL_LIST -> "школа включена в региональный перечень в течение года";
      case COLLEGIUM -> "по решению коллегии";
      case OTHER -> "по обоснованию координатора";
    };
    int alreadyListed = (int) cycleSchools.findIncluded(cycle.id()).stream()
        .filter(s -> !s.schoolCode().equals(addition.schoolCode())).count();
    Map<String, NamedPerson> acquainted = new LinkedHashMap<>();
    for (Person p : new Person[] {coordinator, director, mentorDirector, curator, controller}) {
      if (p != null) {
        acquainted.putIfAbsent(p.login(), named(p));
      }
    }
    return new AmendingOrder(municipality.name(), municipality.shortName(), number, date, cycle.orderNumber(),
        cycle.orderDate(), CycleOrderDocument.title(cycle.periodType().inThePeriod(cycle.startYear())),
        cycle.periodType().label(cycle.startYear()), acts, grounds, reasonPhrase,
        school.fullName(), school.shortName(), director == null ? null : director.shortName(),
        addition.category().title(), addition.project().title(), alreadyListed + 1,
        mentor == null ? "____________" : mentor.shortName(), mentorDirector == null ? null : mentorDirector.shortName(),
        curator == null ? "____________" : curator.shortName() + ", " + CycleOrderDocument.lowerFirst(
            curator.position() == null ? curator.role().title() : curator.position()),
        deadlines, SchoolYearTasks.selfAssessmentDeadline(deadlines.documentsDue()),
        named(first(people, Role.HEAD)), named(coordinator), named(controller), List.copyOf(acquainted.values()));
  }

  private void notifyEveryoneNamed(SchoolAddition addition, AmendingOrder order, byte[] docx) {
    List<Person> people = directory.findPeople();
    Map<String, List<String>> lines = new LinkedHashMap<>();
    Map<String, Person> byLogin = new LinkedHashMap<>();
    people.forEach(p -> byLogin.put(p.login(), p));
    Person curator = byLogin.get(addition.curatorLogin());
    String curatorText = curator == null ? "—" : curator.fullName() + " (" + curator.email() + ")";
    for (Person p : people) {
      if (p.role() == Role.DIRECTOR && addition.schoolCode().equals(p.schoolCode())) {
        add(lines, p, "Ваша школа " + order.schoolShortName() + " включена в перечень школ, получающих адресную поддержку ("
            + order.category() + "). Школа-наставник: " + order.mentorSchool() + ". Куратор: " + curatorText + ".");
      }
      if (p.role() == Role.DIRECTOR && addition.mentorSchoolCode() != null && addition.mentorSchoolCode().equals(p.schoolCode())) {
        add(lines, p, "За вашей школой как школой-наставником закреплена " + order.schoolShortName() + ". Куратор: "
            + curatorText + ".");
      }
    }
    if (curator != null) {
      add(lines, curator, "Вы назначены куратором школы " + order.schoolShortName() + " (школа-наставник: "
          + order.mentorSchool() + ").");
    }
    for (Role role : List.of(Role.HEAD, Role.CONTROLLER, Role.COORDINATOR)) {
      for (Person p : people) {
        if (p.role() == role) {
          add(lines, p, "Приказом в перечень курируемых школ включена " + order.schoolShortName() + ".");
        }
      }
    }
    MailMessage.Attachment attachment = new MailMessage.Attachment(
        AmendingOrderDocument.fileName(order.schoolShortName(), order.date()), MailMessage.DOCX, docx);
    for (Map.Entry<String, List<String>> entry : lines.entrySet()) {
      Person person = byLogin.get(entry.getKey());
      if (person.email() == null || person.email().isBlank()) {
        continue;
      }
      Map<String, Object> model = new LinkedHashMap<>();
      model.put("name", person.firstName() + (person.middleName() == null ? "" : " " + person.middleName()));
      model.put("municipality", municipality.name());
      model.put("orderNumber", order.number());
      model.put("orderDate", CycleService.RUSSIAN_DATE.format(order.date()));
      model.put("title", AmendingOrderDocument.title(order));
      model.put("schoolName", order.schoolShortName());
      model.put("lines", entry.getValue());
      model.put("selfAssessmentDue", CycleService.RUSSIAN_DATE.format(order.selfAssessmentDue()));
      model.put("documentsDue", CycleService.RUSSIAN_DATE.format(order.deadlines().documentsDue()));
      model.put("stage1Due", CycleService.RUSSIAN_DATE.format(order.deadlines().stage1Due()));
      model.put("stage2Due", CycleService.RUSSIAN_DATE.format(order.deadlines().stage2Due()));
      model.put("finalDue", CycleService.RUSSIAN_DATE.format(order.deadlines().finalDue()));
      model.put("tasklistUrl", links.tasklist());
      outbox.enqueue("amendment:" + addition.id() + ":" + order.number() + ":" + person.login(),
          templates.render("order-amended", person.email(), model, List.of(attachment)));
    }
  }

  private static void add(Map<String, List<String>> lines, Person person, String line) {
    lines.computeIfAbsent(person.login(), k -> new ArrayList<>()).add(line);
  }

  private static Person directorOf(List<Person> people, String schoolCode) {
    return people.stream().filter(p -> p.role() == Role.DIRECTOR && schoolCode.equals(p.schoolCode())).findFirst()
        .orElse(null);
  }

  private static Person first(List<Person> people, Role role) {
    return people.stream().filter(p -> p.role() == role).findFirst().orElse(null);
  }

  private static NamedPerson named(Person person) {
    return person == null ? null : new NamedPerson(person.lastName(), person.firstName(), person.middleName(),
        person.position() == null ? person.role().title() : person.position(), person.positionGenitive(),
        person.email());
  }
}
