package ru.schoolsupport.mentoring;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import ru.schoolsupport.cycle.Cycle;
import ru.schoolsupport.cycle.CycleRepository;
import ru.schoolsupport.cycle.CycleService;
import ru.schoolsupport.directory.DirectoryRepository;
import ru.schoolsupport.directory.MunicipalityProperties;
import ru.schoolsupport.directory.Person;
import ru.schoolsupport.directory.Role;
import ru.schoolsupport.directory.School;
import ru.schoolsupport.listformation.CycleSchool;
import ru.schoolsupport.mail.MailMessage;
import ru.schoolsupport.mail.MailOutbox;
import ru.schoolsupport.mail.MailTemplates;
import ru.schoolsupport.mail.PublicLinks;
import ru.schoolsupport.process.FormInputException;
import ru.schoolsupport.process.WorkCalendar;

/**
 * The cycle's order: generated from the approved list and pairs as a draft, then, once the
 * coordinator gives its number and date, as the final document kept with the cycle and sent to
 * everyone it names with their own part of it.
 */
@Service
public class CycleOrderService {

  public static final String DOCUMENT_KIND = "ORDER";

  private final CycleRepository cycles;
  private final MentoringService mentoring;
  private final DirectoryRepository directory;
  private final MunicipalityProperties municipality;
  private final CycleOrderDocument document;
  private final MailOutbox outbox;
  private final MailTemplates templates;
  private final PublicLinks links;
  private final WorkCalendar calendar;

  public CycleOrderService(CycleRepository cycles, MentoringService mentoring, DirectoryRepository directory,
      MunicipalityProperties municipality, CycleOrderDocument document, MailOutbox outbox, MailTemplates templates,
      PublicLinks links, WorkCalendar calendar) {
    this.cycles = cycles;
    this.mentoring = mentoring;
    this.directory = directory;
    this.municipality = municipality;
    this.document = document;
    this.outbox = outbox;
    this.templates = templates;
    this.links = links;
    this.calendar = calendar;
  }

  /** Generates the order (a draft while it has no number) and keeps it with the cycle. */
  public byte[] generate(long cycleId, String coordinatorLogin) {
    Cycle cycle = cycles.get(cycleId);
    return store(cycle, compose(cycle, coordinatorLogin));
  }

  /** Gives the order its number and date, regenerates it, and sends it to everyone it names. */
  public void issue(long cycleId, String number, LocalDate date, String coordinatorLogin) {
    List<String> problems = new ArrayList<>();
    if (number == null || number.isBlank()) {
      problems.add("укажите номер приказа");
    } else if (number.strip().length() > 64) {
      problems.add("номер приказа длиннее 64 знаков");
    }
    if (date == null) {
      problems.add("укажите дату приказа");
    } else if (date.isAfter(calendar.today().plusDays(30)) || date.isBefore(calendar.today().minusYears(1))) {
      problems.add("дата приказа " + CycleService.RUSSIAN_DATE.format(date) + " не похожа на настоящую");
    }
    if (!problems.isEmpty()) {
      throw new FormInputException(problems);
    }
    cycles.setOrder(cycleId, number.strip(), date);
    Cycle cycle = cycles.get(cycleId);
    CycleOrder order = compose(cycle, coordinatorLogin);
    notifyEveryoneNamed(cycle, order, store(cycle, order));
  }

  private byte[] store(Cycle cycle, CycleOrder order) {
    byte[] docx = document.render(order);
    cycles.saveDocument(cycle.id(), DOCUMENT_KIND, CycleOrderDocument.fileName(order.periodLabel(), order.date()), docx,
        calendar.now().toInstant());
    return docx;
  }

  public Optional<CycleRepository.CycleDocument> find(long cycleId) {
    return cycles.findDocument(cycleId, DOCUMENT_KIND);
  }

  CycleOrder compose(Cycle cycle, String coordinatorLogin) {
    Map<String, School> schools = directory.schoolsByCode();
    List<Person> people = directory.findPeople();
    Map<String, Person> byLogin = people.stream().collect(Collectors.toMap(Person::login, p -> p));
    Map<String, Person> directors = people.stream().filter(p -> p.role() == Role.DIRECTOR && p.schoolCode() != null)
        .collect(Collectors.toMap(Person::schoolCode, p -> p, (a, b) -> a));
    Person coordinator = Optional.ofNullable(coordinatorLogin).map(byLogin::get)
        .filter(p -> p.role() == Role.COORDINATOR).orElseGet(() -> first(people, Role.COORDINATOR));

    List<CycleSchool> pairs = mentoring.pairsOf(cycle.id());
    Map<String, List<CycleSchool>> byMentor = new LinkedHashMap<>();
    pairs.forEach(s -> byMentor.computeIfAbsent(s.mentorSchoolCode() == null ? "" : s.mentorSchoolCode(),
        k -> new ArrayList<>()).add(s));
    List<CycleOrder.MentorRow> mentorRows = new ArrayList<>();
    List<CycleOrder.NamedPerson> workingGroup = new ArrayList<>();
    workingGroup.add(named(coordinator));
    byMentor.forEach((mentorCode, supervised) -> {
      School mentor = schools.get(mentorCode);
      Person mentorDirector = directors.get(mentorCode);
      if (mentorDirector != null) {
        workingGroup.add(named(mentorDirector));
      }
      mentorRows.add(new CycleOrder.MentorRow(mentor == null ? "—" : mentor.shortName(),
          mentorDirector == null ? null : mentorDirector.shortName(),
          supervised.stream().map(s -> new String[] {s.schoolName(),
              directors.containsKey(s.schoolCode()) ? directors.get(s.schoolCode()).shortName() : null}).toList()));
    });
    Map<String, List<String>> byCurator = new LinkedHashMap<>();
    pairs.stream().filter(s -> s.curatorLogin() != null).sorted(java.util.Comparator.comparing(CycleSchool::curatorLogin))
        .forEach(s -> byCurator.computeIfAbsent(s.curatorLogin(), k -> new ArrayList<>()).add(s.schoolName()));
    List<CycleOrder.CuratorRow> curatorRows = new ArrayList<>();
    byCurator.forEach((login, names) -> curatorRows.add(new CycleOrder.CuratorRow(
        byLogin.containsKey(login) ? byLogin.get(login).shortName() + ", " + byLogin.get(login).position() : login,
        names)));
    List<CycleOrder.ListRow> list = pairs.stream()
        .sorted(java.util.Comparator.comparing(CycleSchool::schoolName))
        .map(s -> new CycleOrder.ListRow(schools.get(s.schoolCode()).fullName(), s.category().title(),
            s.project().title()))
        .toList();
    return new CycleOrder(municipality.name(), cycle.orderNumber(), cycle.orderDate(),
        cycle.periodType().label(cycle.startYear()), named(first(people, Role.HEAD)), named(coordinator),
        named(first(people, Role.CONTROLLER)), workingGroup, mentorRows, curatorRows, list, cycle.deadlines());
  }

  private void notifyEveryoneNamed(Cycle cycle, CycleOrder order, byte[] docx) {
    Map<String, School> schools = directory.schoolsByCode();
    List<Person> people = directory.findPeople();
    Map<String, Person> byLogin = people.stream().collect(Collectors.toMap(Person::login, p -> p));
    Map<String, List<String>> lines = new LinkedHashMap<>();
    List<CycleSchool> pairs = mentoring.pairsOf(cycle.id());
    for (CycleSchool s : pairs) {
      School mentor = schools.get(s.mentorSchoolCode());
      Person curator = byLogin.get(s.curatorLogin());
      String curatorText = curator == null ? "—" : curator.fullName() + " (" + curator.email() + ")";
      for (Person p : people) {
        if (s.schoolCode().equals(p.schoolCode()) && p.role() == Role.DIRECTOR) {
          add(lines, p, "Ваша школа " + s.schoolName() + " включена в перечень школ, получающих адресную поддержку ("
              + s.category().title() + "). Школа-наставник: " + (mentor == null ? "—" : mentor.shortName())
              + ". Куратор: " + curatorText + ".");
        }
        if (s.mentorSchoolCode() != null && s.mentorSchoolCode().equals(p.schoolCode()) && p.role() == Role.DIRECTOR) {
          add(lines, p, "За вашей школой как школой-наставником закреплена " + s.schoolName() + ". Куратор: "
              + curatorText + ".");
        }
      }
      if (curator != null) {
        add(lines, curator, "Вы назначены куратором школы " + s.schoolName() + " (школа-наставник: "
            + (mentor == null ? "—" : mentor.shortName()) + ").");
      }
    }
    for (Role role : List.of(Role.HEAD, Role.CONTROLLER, Role.COORDINATOR)) {
      for (Person p : people) {
        if (p.role() == role) {
          add(lines, p, "Приказом закреплены школы-наставники и кураторы для " + pairs.size() + " курируемых школ.");
        }
      }
    }
    MailMessage.Attachment attachment = new MailMessage.Attachment(
        CycleOrderDocument.fileName(order.periodLabel(), order.date()), MailMessage.DOCX, docx);
    for (Map.Entry<String, List<String>> entry : lines.entrySet()) {
      Person person = byLogin.get(entry.getKey());
      Map<String, Object> model = new LinkedHashMap<>();
      model.put("name", person.firstName() + (person.middleName() == null ? "" : " " + person.middleName()));
      model.put("municipality", municipality.name());
      model.put("orderNumber", order.number());
      model.put("orderDate", CycleService.RUSSIAN_DATE.format(order.date()));
      model.put("periodLabel", order.periodLabel());
      model.put("lines", entry.getValue());
      model.put("documentsDue", CycleService.RUSSIAN_DATE.format(order.deadlines().documentsDue()));
      model.put("stage1Due", CycleService.RUSSIAN_DATE.format(order.deadlines().stage1Due()));
      model.put("stage2Due", CycleService.RUSSIAN_DATE.format(order.deadlines().stage2Due()));
      model.put("finalDue", CycleService.RUSSIAN_DATE.format(order.deadlines().finalDue()));
      model.put("tasklistUrl", links.tasklist());
      outbox.enqueue("order:" + cycle.id() + ":" + order.number() + ":" + person.login(),
          templates.render("order-issued", person.email(), model, List.of(attachment)));
    }
  }

  private static void add(Map<String, List<String>> lines, Person person, String line) {
    lines.computeIfAbsent(person.login(), k -> new ArrayList<>()).add(line);
  }

  private static Person first(List<Person> people, Role role) {
    return people.stream().filter(p -> p.role() == role).findFirst().orElse(null);
  }

  private static CycleOrder.NamedPerson named(Person person) {
    return person == null ? null : new CycleOrder.NamedPerson(person.shortName(),
        person.position() == null ? person.role().title() : person.position(), person.email());
  }
}
