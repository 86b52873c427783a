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
import ru.schoolsupport.listformation.ListSourcesRepository;
import ru.schoolsupport.listformation.RegionalListEntry;
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
  private final ListSourcesRepository sources;
  private final List<CycleOrderAppendix> appendices;

  public CycleOrderService(CycleRepository cycles, MentoringService mentoring, DirectoryRepository directory,
      MunicipalityProperties municipality, CycleOrderDocument document, MailOutbox outbox, MailTemplates templates,
      PublicLinks links, WorkCalendar calendar, ListSourcesRepository sources, List<CycleOrderAppendix> appendices) {
    this.sources = sources;
    this.appendices = appendices;
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

  /**
   * An appendix attached after the order was generated (the roadmap approved later): the kept order —
   * draft or issued, with its number and date — is generated again with it. Nothing is sent: the people
   * it names have the order, and the department's staff download it from the cycle. Returns whether
   * there was an order to regenerate.
   */
  public boolean regenerateWithAppendices(long cycleId, String coordinatorLogin) {
    if (find(cycleId).isEmpty()) {
      return false;
    }
    Cycle cycle = cycles.get(cycleId);
    store(cycle, compose(cycle, coordinatorLogin));
    return true;
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
    Map<String, CycleOrder.NamedPerson> acquainted = new LinkedHashMap<>();
    if (coordinator != null) {
      workingGroup.add(named(coordinator));
      acquainted.put(coordinator.login(), named(coordinator));
    }
    byMentor.forEach((mentorCode, supervised) -> {
      School mentor = schools.get(mentorCode);
      Person mentorDirector = directors.get(mentorCode);
      if (mentorDirector != null) {
        workingGroup.add(named(mentorDirector));
        acquainted.putIfAbsent(mentorDirector.login(), named(mentorDirector));
      }
      for (CycleSchool s : supervised) {
        Person director = directors.get(s.schoolCode());
        if (director != null) {
          acquainted.putIfAbsent(director.login(), named(director));
        }
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
    byCurator.forEach((login, names) -> {
      Person curator = byLogin.get(login);
      if (curator != null) {
        acquainted.putIfAbsent(login, named(curator));
      }
      curatorRows.add(new CycleOrder.CuratorRow(curator == null ? login
          : curator.shortName() + ", " + lowerFirst(curator.position() == null ? curator.role().title() : curator.position()),
          names));
    });
    Person controller = first(people, Role.CONTROLLER);
    if (controller != null) {
      acquainted.putIfAbsent(controller.login(), named(controller));
    }
    List<CycleOrder.ListRow> list = pairs.stream()
        .sorted(java.util.Comparator.comparing(CycleSchool::schoolName))
        .map(s -> new CycleOrder.ListRow(schools.get(s.schoolCode()).fullName(), s.category().title(),
            s.project().title()))
        .toList();
    // the acts that give the regional list of the cycle's year, for the schools the order lists
    java.util.Set<String> listed = pairs.stream().map(CycleSchool::schoolCode).collect(Collectors.toSet());
    List<String> basis = sources.regionalList(cycle.startYear()).stream()
        .filter(e -> listed.contains(e.schoolCode())).map(RegionalListEntry::orderRef)
        .filter(ref -> ref != null && !ref.isBlank()).map(String::strip).distinct().sorted().toList();
    return new CycleOrder(municipality.name(), municipality.shortName(), cycle.orderNumber(), cycle.orderDate(),
        cycle.periodType().label(cycle.startYear()), cycle.periodType().inThePeriod(cycle.startYear()), basis,
        named(first(people, Role.HEAD)), named(coordinator), named(controller), workingGroup, mentorRows, curatorRows,
        list, cycle.deadlines(), List.copyOf(acquainted.values()),
        appendices.stream().flatMap(a -> a.of(cycle.id()).stream()).toList());
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
      model.put("period", order.period());
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
    return person == null ? null : new CycleOrder.NamedPerson(person.lastName(), person.firstName(),
        person.middleName(), person.position() == null ? person.role().title() : person.position(),
        person.positionGenitive(), person.email());
  }

  static String lowerFirst(String text) {
    return CycleOrderDocument.lowerFirst(text);
  }
}
