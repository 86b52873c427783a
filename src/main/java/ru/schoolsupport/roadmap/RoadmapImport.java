package ru.schoolsupport.roadmap;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.schoolsupport.cycle.Cycle;
import ru.schoolsupport.cycle.CycleRepository;
import ru.schoolsupport.directory.DirectoryRepository;
import ru.schoolsupport.directory.Person;
import ru.schoolsupport.directory.Role;
import ru.schoolsupport.directory.School;
import ru.schoolsupport.spreadsheet.ImportRejectedException;
import ru.schoolsupport.spreadsheet.ImportRejectedException.LineProblem;
import ru.schoolsupport.spreadsheet.SpreadsheetReader;
import ru.schoolsupport.spreadsheet.SpreadsheetTable;
import ru.schoolsupport.spreadsheet.WordTableReader;
import ru.schoolsupport.spreadsheet.WordTableReader.WordRow;

/**
 * The department's roadmap table (CSV or XLSX, first sheet) as a draft: columns «Содержание
 * деятельности», «Сроки реализации», «Ответственный исполнитель», and optionally «Раздел», «Этап»,
 * «Срок» (a date; else read from «Сроки реализации»), «Индикативные показатели», «№ п/п». Or the roadmap
 * as a Word table (DOCX, {@link WordTableReader}): the same columns, with merged heading rows for stages
 * («I этап», «Итоговый этап») and sections; messages name the table's row. The table is checked whole: a
 * bad row refuses the file with a message per line and nothing is stored.
 */
@Service
public class RoadmapImport {

  static final String NUMBER = "№ п/п";
  static final String SECTION = "Раздел";
  static final String STAGE = "Этап";
  static final String CONTENT = "Содержание деятельности";
  static final String PERIOD = "Сроки реализации";
  static final String DUE = "Срок";
  static final String INDICATOR = "Индикативные показатели";
  static final String EXECUTORS = "Ответственный исполнитель";
  static final List<String> REQUIRED = List.of(CONTENT, PERIOD, EXECUTORS);
  static final String NO_SECTION = "Мероприятия";

  private final SpreadsheetReader reader;
  private final WordTableReader words;
  private final RoadmapService roadmaps;
  private final CycleRepository cycles;
  private final DirectoryRepository directory;
  private final RoadmapSettings settings;

  public RoadmapImport(SpreadsheetReader reader, WordTableReader words, RoadmapService roadmaps, CycleRepository cycles,
      DirectoryRepository directory, RoadmapSettings settings) {
    this.reader = reader;
    this.words = words;
    this.roadmaps = roadmaps;
    this.cycles = cycles;
    this.directory = directory;
    this.settings = settings;
  }

  /** Replaces the cycle's draft with the table; returns how many items it holds. */
  @Transactional
  public int importTable(long cycleId, String fileName, byte[] content, String user) {
    Cycle cycle = cycles.get(cycleId);
    roadmaps.find(cycleId).filter(r -> r.status() != RoadmapStatus.DRAFT).ifPresent(r -> {
      throw ImportRejectedException.ofFile(fileName, "Дорожная карта " + (r.status() == RoadmapStatus.SUBMITTED
          ? "на утверждении" : "уже утверждена") + ": таблицу можно загрузить только в проект.");
    });
    boolean docx = fileName != null && fileName.toLowerCase(Locale.ROOT).endsWith(".docx")
        || WordTableReader.isDocx(content);
    List<WordRow> entries = docx ? words.read(fileName, content, RoadmapImport::docxColumn, CONTENT, REQUIRED)
        : reader.read(fileName, content, REQUIRED).rows().stream().map(r -> new WordRow(r.line(), r, null)).toList();
    String of = docx ? "таблицы" : null;
    List<LineProblem> problems = new ArrayList<>();
    List<String> sections = new ArrayList<>();
    List<RoadmapItem> items = new ArrayList<>();
    String currentSection = null;
    Integer headingStage = null;
    for (WordRow entry : entries) {
      if (entry.isHeading()) {
        // a stage heading («I этап», «Итоговый этап») also starts a section of its name; an unknown stage
        // («Проектно-деятельностный этап») leaves the items' stage to their due dates
        if (isStageHeading(entry.heading())) {
          List<String> ignored = new ArrayList<>();
          headingStage = stage(entry.heading(), ignored);
        }
        currentSection = entry.heading();
        continue;
      }
      SpreadsheetTable.Row row = entry.cells();
      List<String> rowProblems = new ArrayList<>();
      if (row.get(SECTION) != null) {
        currentSection = row.get(SECTION);
      }
      String section = currentSection == null ? NO_SECTION : currentSection;
      if (section.length() > RoadmapService.MAX_TITLE) {
        rowProblems.add("«" + SECTION + "» длиннее " + RoadmapService.MAX_TITLE + " знаков");
      }
      String text = RoadmapService.required(row.get(CONTENT), "«" + CONTENT + "»", RoadmapService.MAX_TEXT, rowProblems);
      String period = RoadmapService.optional(row.get(PERIOD), "«" + PERIOD + "»", RoadmapService.MAX_PERIOD,
          rowProblems);
      String indicator = RoadmapService.optional(row.get(INDICATOR), "«" + INDICATOR + "»",
          RoadmapService.MAX_INDICATOR, rowProblems);
      LocalDate due = null;
      if (row.get(DUE) != null) {
        due = RoadmapPeriods.dueDate(row.get(DUE));
        if (due == null) {
          rowProblems.add("срок «" + row.get(DUE) + "» не является датой (ожидается ДД.ММ.ГГГГ)");
        }
      } else {
        due = RoadmapPeriods.dueDate(period);
        if (due == null) {
          rowProblems.add("в «" + PERIOD + "» («" + (period == null ? "" : period) + "») не назван месяц с годом "
              + "или дата: укажите срок в столбце «" + DUE + "»");
        }
      }
      if (due != null && (due.isBefore(cycle.periodType().firstDay(cycle.startYear()).minusMonths(6))
          || due.isAfter(cycle.periodType().lastDay(cycle.startYear()).plusMonths(6)))) {
        rowProblems.add("срок " + RoadmapPeriods.RUSSIAN_DATE.format(due) + " вне периода цикла "
            + cycle.periodType().label(cycle.startYear()));
      }
      Integer stage = row.get(STAGE) != null ? stage(row.get(STAGE), rowProblems) : headingStage;
      List<ItemExecutor> executors = executors(row.get(EXECUTORS), rowProblems);
      rowProblems.forEach(p -> problems.add(new LineProblem(row.line(), p, of)));
      if (rowProblems.isEmpty()) {
        int index = sections.indexOf(section);
        if (index < 0) {
          sections.add(section);
          index = sections.size() - 1;
        }
        items.add(new RoadmapItem(null, (long) index, items.size() + 1,
            stage != null ? stage : RoadmapService.stageOf(cycle.deadlines(), due), text, period, due, indicator,
            executors));
      }
    }
    if (items.isEmpty() && problems.isEmpty()) {
      problems.add(new LineProblem(0, "В файле нет ни одного мероприятия."));
    }
    if (!problems.isEmpty()) {
      throw new ImportRejectedException(fileName, problems);
    }
    roadmaps.replaceDraft(cycleId, sections, items, user);
    return items.size();
  }

  /** A heading row naming a stage: «этап» among its first three words. */
  static boolean isStageHeading(String heading) {
    String[] words = heading.strip().toLowerCase(Locale.ROOT).split("\\s+", 4);
    for (int i = 0; i < Math.min(3, words.length); i++) {
      if (words[i].startsWith("этап")) {
        return true;
      }
    }
    return false;
  }

  /** A DOCX header cell as our column: the names of seeds 002 and 003 and those of the table import. */
  static String docxColumn(String header) {
    String h = normalise(header);
    if (h.startsWith("содержание деятельности") || h.startsWith("наименование мероприяти")
        || h.equals("мероприятие") || h.equals("мероприятия")) {
      return CONTENT;
    }
    if (h.startsWith("сроки")) {
      return PERIOD;
    }
    if (h.equals("срок")) {
      return DUE;
    }
    if (h.startsWith("ответственн") || h.startsWith("исполнител")) {
      return EXECUTORS;
    }
    if (h.startsWith("индикативн")) {
      return INDICATOR;
    }
    if (h.startsWith("№")) {
      return NUMBER;
    }
    if (h.equals("раздел")) {
      return SECTION;
    }
    if (h.equals("этап")) {
      return STAGE;
    }
    return null;
  }

  private static Integer stage(String text, List<String> problems) {
    if (text == null) {
      return null;
    }
    String t = text.strip().toLowerCase(Locale.ROOT);
    if (t.equals("1") || t.equals("i") || t.startsWith("i этап") || t.startsWith("первый")) {
      return 1;
    }
    if (t.equals("2") || t.equals("ii") || t.startsWith("ii этап") || t.startsWith("второй")) {
      return 2;
    }
    if (t.equals("0") || t.startsWith("итог")) {
      return 0;
    }
    problems.add("этап «" + text + "» не распознан (I, II или итоговый)");
    return null;
  }

  /**
   * Executors separated by «;» or line breaks, each a login, a role («Муниципальный координатор»,
   * «методисты»), a school's code or short name, or «базовая организация».
   */
  List<ItemExecutor> executors(String cell, List<String> problems) {
    List<ItemExecutor> list = new ArrayList<>();
    if (cell == null) {
      problems.add("не указан ответственный исполнитель");
      return list;
    }
    for (String token : cell.split("[;\\n]")) {
      String name = token.strip();
      if (name.isEmpty()) {
        continue;
      }
      Optional<ItemExecutor> executor = resolve(name);
      if (executor.isEmpty()) {
        problems.add("исполнитель «" + name + "» не найден: укажите логин сотрудника, роль, код или краткое название "
            + "школы или «базовая организация» (несколько — через «;»)");
      } else if (!list.contains(executor.get())) {
        list.add(executor.get());
      }
    }
    if (list.isEmpty() && problems.isEmpty()) {
      problems.add("не указан ответственный исполнитель");
    }
    return list;
  }

  private Optional<ItemExecutor> resolve(String name) {
    String lower = normalise(name);
    if (lower.equals("базовая организация") || lower.equals(normalise(settings.baseOrganisation()))) {
      return Optional.of(ItemExecutor.of(RoadmapExecutorKind.BASE, RoadmapExecutorKind.BASE_REF));
    }
    Optional<Person> person = directory.findPerson(name);
    if (person.isPresent()) {
      return Optional.of(ItemExecutor.of(RoadmapExecutorKind.PERSON, person.get().login()));
    }
    Optional<Role> role = Role.parse(name).or(() -> java.util.Arrays.stream(Role.values())
        .filter(r -> normalise(r.groupName()).equals(lower)).findFirst());
    if (role.isPresent()) {
      return Optional.of(ItemExecutor.of(RoadmapExecutorKind.GROUP, role.get().groupId()));
    }
    Optional<School> school = directory.findSchool(name).or(() -> directory.findSchools().stream()
        .filter(s -> normalise(s.shortName()).equals(lower)).findFirst());
    return school.map(s -> ItemExecutor.of(RoadmapExecutorKind.SCHOOL, s.code()));
  }

  private static String normalise(String text) {
    return text.strip().toLowerCase(Locale.ROOT).replace('ё', 'е').replaceAll("\\s+", " ");
  }
}
