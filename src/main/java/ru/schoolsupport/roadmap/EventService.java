package ru.schoolsupport.roadmap;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.schoolsupport.cycle.Cycle;
import ru.schoolsupport.cycle.CycleRepository;
import ru.schoolsupport.directory.DirectoryRepository;
import ru.schoolsupport.directory.Role;
import ru.schoolsupport.directory.School;
import ru.schoolsupport.process.FormInputException;
import ru.schoolsupport.process.WorkCalendar;
import ru.schoolsupport.spreadsheet.ImportRejectedException;
import ru.schoolsupport.spreadsheet.ImportRejectedException.LineProblem;
import ru.schoolsupport.spreadsheet.SpreadsheetReader;
import ru.schoolsupport.spreadsheet.SpreadsheetTable;

/**
 * The cycle's events register: what was held (date, kind, topic, host, format, the schools that took
 * part, participants, materials) and which roadmap item it carries out. Entered by the coordinator,
 * methodists, curators and mentor schools, each changing only what they entered (the coordinator any);
 * imported from a table; counted by kind and listed by topic for the municipal report.
 */
@Service
public class EventService {

  static final String DATE = "Дата";
  static final String KIND = "Вид";
  static final String TOPIC = "Тема";
  static final String HOST = "Организатор";
  static final String HOST_PERSON = "Ответственный";
  static final String FORMAT = "Формат";
  static final String SCHOOLS = "Школы";
  static final String PARTICIPANTS = "Участников";
  static final String MATERIALS = "Материалы";
  static final String ITEM = "Мероприятие дорожной карты";

  /** An event as a request or a table row gives it. */
  public record EventInput(LocalDate heldOn, String kind, String topic, String hostOrganisation, String hostPerson,
      String format, List<String> schools, Integer participants, String materialsLink, Long roadmapItemId) {
  }

  /** Who enters or reads: the login, whether they are the department's staff or manage all events, their school. */
  public record Author(String login, boolean staff, boolean managesAll, List<String> ownSchools) {
  }

  private final EventRepository events;
  private final CycleRepository cycles;
  private final DirectoryRepository directory;
  private final RoadmapService roadmaps;
  private final SpreadsheetReader reader;
  private final WorkCalendar calendar;

  public EventService(EventRepository events, CycleRepository cycles, DirectoryRepository directory,
      RoadmapService roadmaps, SpreadsheetReader reader, WorkCalendar calendar) {
    this.events = events;
    this.cycles = cycles;
    this.directory = directory;
    this.roadmaps = roadmaps;
    this.reader = reader;
    this.calendar = calendar;
  }

  @Transactional
  public long record(long cycleId, EventInput input, Author author) {
    CycleEvent event = check(cycles.get(cycleId), null, input, author, new ArrayList<>(), true);
    return events.insert(event, calendar.now().toInstant());
  }

  @Transactional
  public void update(long eventId, EventInput input, Author author) {
    CycleEvent old = requireOwn(eventId, author);
    CycleEvent event = check(cycles.get(old.cycleId()), old, input, author, new ArrayList<>(), true);
    events.update(event);
  }

  @Transactional
  public void delete(long eventId, Author author) {
    requireOwn(eventId, author);
    events.delete(eventId);
  }

  /** Imports a table of events into the cycle: checked whole, a bad row refuses it; returns how many. */
  @Transactional
  public int importTable(long cycleId, String fileName, byte[] content, Author author) {
    Cycle cycle = cycles.get(cycleId);
    SpreadsheetTable table = reader.read(fileName, content, List.of(DATE, KIND, TOPIC));
    List<LineProblem> problems = new ArrayList<>();
    List<CycleEvent> checked = new ArrayList<>();
    for (SpreadsheetTable.Row row : table.rows()) {
      List<String> rowProblems = new ArrayList<>();
      LocalDate date = RoadmapPeriods.dueDate(row.get(DATE));
      if (row.get(DATE) != null && (date == null || !row.get(DATE).matches(".*\\d{1,2}[./-]\\d{1,2}[./-]\\d{2,4}.*"))) {
        rowProblems.add("дата «" + row.get(DATE) + "» не распознана (ожидается ДД.ММ.ГГГГ)");
        date = null;
      }
      Integer participants = null;
      if (row.get(PARTICIPANTS) != null) {
        try {
          participants = Integer.parseInt(row.get(PARTICIPANTS).replace(" ", ""));
        } catch (NumberFormatException e) {
          rowProblems.add("«" + PARTICIPANTS + "»: «" + row.get(PARTICIPANTS) + "» не является целым числом");
        }
      }
      List<String> schools = new ArrayList<>();
      if (row.get(SCHOOLS) != null) {
        for (String token : row.get(SCHOOLS).split("[;\\n]")) {
          if (!token.isBlank()) {
            Optional<School> school = findSchool(token.strip());
            if (school.isEmpty()) {
              rowProblems.add("школа «" + token.strip() + "» не найдена в справочнике (код или краткое название)");
            } else {
              schools.add(school.get().code());
            }
          }
        }
      }
      Long item = null;
      if (row.get(ITEM) != null) {
        item = roadmapItemByNumber(cycleId, row.get(ITEM), rowProblems);
      }
      EventInput input = new EventInput(date, row.get(KIND), row.get(TOPIC), row.get(HOST), row.get(HOST_PERSON),
          row.get(FORMAT) == null ? EventFormat.IN_PERSON.name() : row.get(FORMAT), schools, participants,
          row.get(MATERIALS), item);
      CycleEvent event = check(cycle, null, input, author, rowProblems, false);
      rowProblems.forEach(p -> problems.add(new LineProblem(row.line(), p)));
      checked.add(event);
    }
    if (table.rows().isEmpty()) {
      problems.add(new LineProblem(0, "В файле нет ни одного мероприятия."));
    }
    if (!problems.isEmpty()) {
      throw new ImportRejectedException(fileName, problems);
    }
    checked.forEach(e -> events.insert(e, calendar.now().toInstant()));
    return checked.size();
  }

  public Optional<CycleEvent> find(long eventId) {
    return events.find(eventId);
  }

  /** The cycle's events the author may see: all for the department's staff; else their school's and their own. */
  public List<CycleEvent> ofCycle(long cycleId, Author author) {
    return events.ofCycle(cycleId).stream().filter(e -> sees(e, author)).toList();
  }

  public List<CycleEvent> ofCycle(long cycleId) {
    return events.ofCycle(cycleId);
  }

  public boolean sees(CycleEvent event, Author author) {
    return author.staff() || author.login().equals(event.createdBy())
        || event.schools().stream().anyMatch(author.ownSchools()::contains);
  }

  /**
   * «Проведено 8 консультаций, 3 семинара, 1 круглый стол. Семинары: «…» (МБОУ СОШ № 5, март 2026 г.); …»: the
   * events held up to a date (null: all), by kind and topic, as the municipal report writes them.
   */
  public String summary(long cycleId, LocalDate from, LocalDate upTo) {
    List<CycleEvent> held = events.ofCycle(cycleId).stream()
        .filter(e -> from == null || !e.heldOn().isBefore(from))
        .filter(e -> upTo == null || !e.heldOn().isAfter(upTo)).toList();
    if (held.isEmpty()) {
      return "Мероприятий в реестре нет.";
    }
    Map<EventKind, List<CycleEvent>> byKind = new EnumMap<>(EventKind.class);
    held.forEach(e -> byKind.computeIfAbsent(e.kind(), k -> new ArrayList<>()).add(e));
    StringBuilder text = new StringBuilder("Проведено ").append(byKind.entrySet().stream()
        .map(en -> en.getKey().count(en.getValue().size())).collect(Collectors.joining(", "))).append(".");
    for (Map.Entry<EventKind, List<CycleEvent>> en : byKind.entrySet()) {
      text.append("\n").append(en.getKey().title()).append(": ");
      List<String> topics = new ArrayList<>();
      int n = 0;
      for (CycleEvent e : en.getValue()) {
        topics.add(++n + ") «" + e.topic() + "»" + (e.hostOrganisation() == null ? "" : ", " + e.hostOrganisation())
            + ", " + monthYear(e.heldOn()) + (e.participants() == null ? "" : ", участников: " + e.participants()));
      }
      String joined = String.join("; ", topics);
      text.append(joined).append(joined.endsWith(".") ? "" : ".");
    }
    return text.toString();
  }

  /** «март 2026 г.». */
  static String monthYear(LocalDate date) {
    return date.getMonth().getDisplayName(TextStyle.FULL_STANDALONE, new Locale("ru")).toLowerCase(Locale.ROOT)
        + " " + date.getYear() + " г.";
  }

  private CycleEvent requireOwn(long eventId, Author author) {
    CycleEvent event = events.find(eventId).orElseThrow(() -> new RoadmapController.NotFound(
        "Мероприятие " + eventId + " не найдено в реестре."));
    if (!author.managesAll() && !author.login().equals(event.createdBy())) {
      throw new RoadmapAccess.Refused("Изменить или удалить мероприятие может только тот, кто его внёс, или "
          + "координатор.");
    }
    return event;
  }

  private CycleEvent check(Cycle cycle, CycleEvent old, EventInput input, Author author, List<String> problems,
      boolean throwNow) {
    if (input.heldOn() == null) {
      problems.add("не указана дата мероприятия");
    } else if (input.heldOn().isBefore(cycle.periodType().firstDay(cycle.startYear()).minusMonths(6))
        || input.heldOn().isAfter(cycle.periodType().lastDay(cycle.startYear()).plusMonths(6))) {
      problems.add("дата " + RoadmapPeriods.RUSSIAN_DATE.format(input.heldOn()) + " вне периода цикла "
          + cycle.periodType().label(cycle.startYear()));
    }
    EventKind kind = EventKind.parse(input.kind()).orElse(null);
    if (kind == null) {
      problems.add("вид мероприятия «" + (input.kind() == null ? "" : input.kind()) + "» не распознан (консультация, "
          + "семинар, вебинар, выезд в школу, круглый стол, совещание, курсы повышения квалификации)");
    }
    EventFormat format = EventFormat.parse(input.format()).orElse(null);
    if (format == null) {
      problems.add("формат «" + (input.format() == null ? "" : input.format()) + "» не распознан (очно или дистанционно)");
    }
    String topic = RoadmapService.required(input.topic(), "тема мероприятия", 1000, problems);
    String host = RoadmapService.optional(input.hostOrganisation(), "организатор", 500, problems);
    String hostPerson = RoadmapService.optional(input.hostPerson(), "ответственный", 300, problems);
    String link = RoadmapService.optional(input.materialsLink(), "ссылка на материалы", 1000, problems);
    if (link != null && !link.matches("https?://\\S+")) {
      problems.add("ссылка на материалы должна начинаться с http:// или https://");
    }
    if (input.participants() != null && (input.participants() < 0 || input.participants() > 100_000)) {
      problems.add("число участников должно быть от 0 до 100000");
    }
    List<String> schools = new ArrayList<>(new LinkedHashSet<>(input.schools() == null ? List.of()
        : input.schools().stream().filter(s -> s != null && !s.isBlank()).map(String::strip).toList()));
    for (String code : schools) {
      if (directory.findSchool(code).isEmpty()) {
        problems.add("школа «" + code + "» не найдена в справочнике");
      }
    }
    if (input.roadmapItemId() != null
        && !roadmaps.cycleOfItem(input.roadmapItemId()).map(c -> c == cycle.id()).orElse(false)) {
      problems.add("мероприятие дорожной карты " + input.roadmapItemId() + " не относится к дорожной карте этого цикла");
    }
    if (host == null && old != null) {
      host = old.hostOrganisation();
    }
    if (!author.staff()) {
      // a mentor school's people enter what their school held; a supervised school's do not enter events
      List<School> own = author.ownSchools().stream().map(directory::findSchool).flatMap(Optional::stream).toList();
      if (own.stream().noneMatch(School::canMentor)) {
        throw new RoadmapAccess.Refused("Мероприятия в реестр вносят координатор, методисты, кураторы и "
            + "школы-наставники.");
      }
      if (host == null) {
        host = own.stream().filter(School::canMentor).findFirst().map(School::shortName).orElse(null);
      }
    }
    if (throwNow && !problems.isEmpty()) {
      throw new FormInputException(problems);
    }
    return new CycleEvent(old == null ? null : old.id(), cycle.id(), input.heldOn(), kind, topic, host, hostPerson,
        format, input.participants(), link, input.roadmapItemId(), schools,
        old == null ? author.login() : old.createdBy());
  }

  private Optional<School> findSchool(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return directory.findSchool(name).or(() -> directory.findSchools().stream()
        .filter(s -> s.shortName().toLowerCase(Locale.ROOT).equals(lower)).findFirst());
  }

  /** «5» or «п. 5»: the item numbered so in the roadmap's order (as the exports number them). */
  private Long roadmapItemByNumber(long cycleId, String text, List<String> problems) {
    String digits = text.replaceAll("[^0-9]", "");
    List<RoadmapItem> items = roadmaps.view(cycleId).map(RoadmapService.RoadmapView::items).orElse(List.of());
    if (digits.isEmpty() || Integer.parseInt(digits) < 1 || Integer.parseInt(digits) > items.size()) {
      problems.add("мероприятия дорожной карты № «" + text + "» нет (в дорожной карте " + items.size() + ")");
      return null;
    }
    return items.get(Integer.parseInt(digits) - 1).id();
  }

  /** Whether the user is the department's staff who read all events (by their groups). */
  static boolean staff(List<String> groups) {
    return groups.stream().anyMatch(g -> g.equals(Role.HEAD.groupId()) || g.equals(Role.CONTROLLER.groupId())
        || g.equals(Role.COORDINATOR.groupId()) || g.equals(Role.METHODIST.groupId())
        || g.equals(Role.CURATOR.groupId()) || g.equals("camunda-admin"));
  }
}
