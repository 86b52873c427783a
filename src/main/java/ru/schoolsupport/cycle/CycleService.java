package ru.schoolsupport.cycle;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import ru.schoolsupport.directory.DirectoryRepository;
import ru.schoolsupport.directory.MunicipalityProperties;
import ru.schoolsupport.process.FormInputException;
import ru.schoolsupport.process.WorkCalendar;

/** Starts cycles: checks what the coordinator entered and refuses a second cycle for the same period. */
@Service
public class CycleService {

  public static final DateTimeFormatter RUSSIAN_DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

  private final CycleRepository cycles;
  private final DirectoryRepository directory;
  private final MunicipalityProperties municipality;
  private final WorkCalendar calendar;
  private final ApplicationEventPublisher events;

  public CycleService(CycleRepository cycles, DirectoryRepository directory, MunicipalityProperties municipality,
      WorkCalendar calendar, ApplicationEventPublisher events) {
    this.events = events;
    this.cycles = cycles;
    this.directory = directory;
    this.municipality = municipality;
    this.calendar = calendar;
  }

  /** What the start form asks for. Null deadlines take the period type's defaults. */
  public record CycleRequest(String title, PeriodType periodType, Integer startYear, CycleDeadlines deadlines) {
  }

  public Cycle register(CycleRequest request) {
    List<String> problems = new ArrayList<>();
    if (request.periodType() == null) {
      problems.add("выберите вид периода: календарный или учебный год");
    }
    if (request.startYear() == null || request.startYear() < 2000 || request.startYear() > 2100) {
      problems.add("укажите год начала цикла (например, " + calendar.today().getYear() + ")");
    }
    if (!problems.isEmpty()) {
      throw new FormInputException(problems);
    }
    PeriodType type = request.periodType();
    int year = request.startYear();
    LocalDate today = calendar.today();
    checkNotPassed(request.deadlines(), today, problems);
    CycleDeadlines deadlines = withDefaults(request.deadlines(), notPassed(type.defaultDeadlines(year), today));
    checkDeadlines(type, year, deadlines, problems);
    String businessKey = type.label(year);
    cycles.findByBusinessKey(businessKey).ifPresent(existing -> problems.add(
        "цикл за " + type.label(year) + " уже " + (existing.status() == CycleStatus.RUNNING ? "идёт" : "проведён")
            + " («" + existing.title() + "»): второй цикл за тот же период не запускается"));
    if (!problems.isEmpty()) {
      throw new FormInputException(problems);
    }
    String title = request.title() == null || request.title().isBlank() ? "Цикл " + businessKey : request.title().strip();
    long municipalityId = directory.saveMunicipality(municipality);
    long id = cycles.insert(municipalityId, businessKey, title, type, year, deadlines, calendar.now().toInstant());
    events.publishEvent(new CycleRegistered(id));
    return cycles.get(id);
  }

  public void finish(long cycleId) {
    cycles.setStatus(cycleId, CycleStatus.FINISHED);
  }

  public void attachProcessInstance(long cycleId, String processInstanceId) {
    cycles.setProcessInstance(cycleId, processInstanceId);
  }

  public Cycle get(long id) {
    return cycles.get(id);
  }

  /** A deadline the coordinator gives may not have passed already. */
  private static void checkNotPassed(CycleDeadlines given, LocalDate today, List<String> problems) {
    if (given == null) {
      return;
    }
    for (DeadlineKind kind : DeadlineKind.values()) {
      LocalDate date = kind.of(given);
      if (date != null && date.isBefore(today)) {
        problems.add(kind.title() + " " + RUSSIAN_DATE.format(date) + " уже прошёл: укажите дату не раньше "
            + RUSSIAN_DATE.format(today) + " или оставьте поле пустым");
      }
    }
  }

  /**
   * The default deadlines of a cycle started when some have passed (a year already under way): the
   * first passed one is a week from today, each later passed one keeps its default distance from the
   * one before it; the deadlines still ahead stay, never before the one before them.
   */
  static CycleDeadlines notPassed(CycleDeadlines defaults, LocalDate today) {
    DeadlineKind[] kinds = DeadlineKind.values();
    CycleDeadlines moved = defaults;
    LocalDate previousDefault = null;
    LocalDate previous = null;
    for (DeadlineKind kind : kinds) {
      LocalDate date = kind.of(defaults);
      LocalDate now = date;
      if (date.isBefore(today)) {
        now = previous == null ? today.plusWeeks(1)
            : later(today.plusWeeks(1), previous.plusDays(java.time.temporal.ChronoUnit.DAYS.between(previousDefault, date)));
      } else if (previous != null && date.isBefore(previous)) {
        now = previous;
      }
      moved = kind.with(moved, now);
      previousDefault = date;
      previous = now;
    }
    return moved;
  }

  private static LocalDate later(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? a : b;
  }

  private static CycleDeadlines withDefaults(CycleDeadlines given, CycleDeadlines defaults) {
    if (given == null) {
      return defaults;
    }
    return new CycleDeadlines(
        given.listDue() == null ? defaults.listDue() : given.listDue(),
        given.documentsDue() == null ? defaults.documentsDue() : given.documentsDue(),
        given.stage1Due() == null ? defaults.stage1Due() : given.stage1Due(),
        given.stage2Due() == null ? defaults.stage2Due() : given.stage2Due(),
        given.finalDue() == null ? defaults.finalDue() : given.finalDue());
  }

  private static void checkDeadlines(PeriodType type, int year, CycleDeadlines d, List<String> problems) {
    DeadlineKind[] kinds = DeadlineKind.values();
    for (int i = 0; i < kinds.length; i++) {
      LocalDate date = kinds[i].of(d);
      String outside = outsidePeriod(kinds[i], type, year, date);
      if (outside != null) {
        problems.add(outside);
      }
      LocalDate before = i > 0 ? kinds[i - 1].of(d) : null;
      if (before != null && date.isBefore(before)) {
        problems.add(kinds[i].title() + " " + RUSSIAN_DATE.format(date) + " раньше, чем " + kinds[i - 1].title() + " "
            + RUSSIAN_DATE.format(before));
      }
    }
  }

  /**
   * Why a cycle's deadline may not fall on this date, or null: it lies within the cycle's period (a
   * calendar or a school year), or up to a month before it (the list is formed before the year starts).
   */
  public static String outsidePeriod(DeadlineKind kind, PeriodType type, int year, LocalDate date) {
    if (!date.isBefore(type.firstDay(year).minusMonths(1)) && !date.isAfter(type.lastDay(year))) {
      return null;
    }
    return kind.title() + " " + RUSSIAN_DATE.format(date) + " вне периода цикла ("
        + RUSSIAN_DATE.format(type.firstDay(year)) + " — " + RUSSIAN_DATE.format(type.lastDay(year)) + ")";
  }
}
