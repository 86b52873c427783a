package ru.schoolsupport.roadmap;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.schoolsupport.assignment.AssignmentService;
import ru.schoolsupport.assignment.ExecutorKind;
import ru.schoolsupport.assignment.NewAssignment;
import ru.schoolsupport.cycle.Cycle;
import ru.schoolsupport.cycle.CycleDeadlines;
import ru.schoolsupport.cycle.CycleRepository;
import ru.schoolsupport.directory.DirectoryRepository;
import ru.schoolsupport.directory.Person;
import ru.schoolsupport.directory.Role;
import ru.schoolsupport.directory.School;
import ru.schoolsupport.process.ApprovalDecision;
import ru.schoolsupport.process.FormInputException;
import ru.schoolsupport.process.WorkCalendar;

/**
 * The municipal roadmap of a cycle: drafted (from the template, last year's roadmap or the department's
 * table), edited, submitted, approved or returned, changed after approval as versions, and carried out:
 * each executor of each item gets an assignment whose report is their completion mark. Completion per
 * section, per stage and overall is computed from the marks the coordinator accepted.
 */
@Service
public class RoadmapService {

  static final int MAX_TITLE = 1000;
  static final int MAX_TEXT = 4000;
  static final int MAX_PERIOD = 300;
  static final int MAX_INDICATOR = 1000;

  /** Where a draft comes from. */
  public enum DraftSource {
    /** The template (seed 003's sections and typical items), dated by the cycle's deadlines. */
    TEMPLATE,
    /** The previous cycle's roadmap, its dates moved on by the years between the cycles. */
    PREVIOUS,
    /** Keep what is there (an imported table, or a draft begun over REST); a new roadmap starts empty. */
    KEEP
  }

  /** An item as an editor gives it. */
  public record ItemInput(Long sectionId, Integer stage, String content, String period, LocalDate dueDate,
      String indicator, List<ItemExecutor> executors) {
  }

  /**
   * Done items of all counted, and how many of them were accepted as not done (they stay counted: planned
   * work not done).
   */
  public record Completion(int done, int total, int notDone) {
    public Completion(int done, int total) {
      this(done, total, 0);
    }

    public int percent() {
      return total == 0 ? 0 : (int) Math.round(done * 100.0 / total);
    }
  }

  /** The roadmap whole: header, sections, items, every executor's mark, versions and completion. */
  public record RoadmapView(Roadmap roadmap, Cycle cycle, List<RoadmapSection> sections, List<RoadmapItem> items,
      Map<Long, List<ItemMark>> marks, List<RoadmapRepository.RoadmapVersion> versions) {

    public boolean itemDone(RoadmapItem item) {
      List<ItemMark> list = marks.getOrDefault(item.id(), List.of());
      return !list.isEmpty() && list.stream().allMatch(ItemMark::done);
    }

    /** Whether an executor's «не выполнено» was accepted: the item will not be done (its assignment ended). */
    public boolean itemNotDone(RoadmapItem item) {
      return marks.getOrDefault(item.id(), List.of()).stream().anyMatch(ItemMark::notDone);
    }

    /** Whether nothing more is awaited on the item: done, or accepted as not done. */
    public boolean itemClosed(RoadmapItem item) {
      return itemDone(item) || itemNotDone(item);
    }

    /** When the last executor's mark was accepted; null while not done. */
    public Instant doneAt(RoadmapItem item) {
      return itemDone(item) ? marks.get(item.id()).stream().map(ItemMark::acceptedAt)
          .filter(java.util.Objects::nonNull).max(Instant::compareTo).orElse(null) : null;
    }

    public Completion overall() {
      return count(items);
    }

    public Completion ofStage(int stage) {
      return count(items.stream().filter(i -> i.stage() == stage).toList());
    }

    public Completion ofSection(Long sectionId) {
      return count(items.stream().filter(i -> java.util.Objects.equals(i.sectionId(), sectionId)).toList());
    }

    private Completion count(List<RoadmapItem> list) {
      return new Completion((int) list.stream().filter(this::itemDone).count(), list.size(),
          (int) list.stream().filter(this::itemNotDone).count());
    }
  }

  private final RoadmapRepository roadmaps;
  private final CycleRepository cycles;
  private final DirectoryRepository directory;
  private final AssignmentService assignments;
  private final WorkCalendar calendar;
  private final RoadmapSettings settings;
  private final ObjectMapper json = new ObjectMapper().findAndRegisterModules();

  public RoadmapService(RoadmapRepository roadmaps, CycleRepository cycles, DirectoryRepository directory,
      AssignmentService assignments, WorkCalendar calendar, RoadmapSettings settings) {
    this.roadmaps = roadmaps;
    this.cycles = cycles;
    this.directory = directory;
    this.assignments = assignments;
    this.calendar = calendar;
    this.settings = settings;
  }

  // --- drafting

  /**
   * Creates the cycle's roadmap if it has none (the default title, the template's sections) and fills a
   * draft from the source; a roadmap under approval or approved is left as it is.
   */
  @Transactional
  public Roadmap draft(long cycleId, DraftSource source, String coordinator) {
    Cycle cycle = cycles.get(cycleId);
    Roadmap roadmap = roadmaps.findByCycle(cycleId).orElse(null);
    if (roadmap == null) {
      long id = roadmaps.insert(cycleId, defaultTitle(cycle), defaultGoal(), coordinator, now());
      roadmap = roadmaps.find(id).orElseThrow();
      if (source == DraftSource.KEEP) {
        addSections(id, RoadmapTemplate.SECTIONS);
      }
    } else if (roadmap.status() != RoadmapStatus.DRAFT) {
      return roadmap;
    }
    if (coordinator != null) {
      roadmaps.setCoordinator(roadmap.id(), coordinator);
    }
    switch (source) {
      case TEMPLATE -> fillFromTemplate(roadmap.id(), cycle);
      case PREVIOUS -> fillFromPrevious(roadmap.id(), cycle);
      case KEEP -> { }
    }
    return roadmaps.find(roadmap.id()).orElseThrow();
  }

  private void fillFromTemplate(long roadmapId, Cycle cycle) {
    roadmaps.deleteDraftContent(roadmapId);
    List<Long> sectionIds = addSections(roadmapId, RoadmapTemplate.SECTIONS);
    int position = 0;
    for (RoadmapTemplate.TemplateItem t : RoadmapTemplate.ITEMS) {
      LocalDate due = t.due().apply(cycle.deadlines());
      roadmaps.insertItem(roadmapId, new RoadmapItem(null, sectionIds.get(t.section()), ++position,
          stageOf(cycle.deadlines(), due), t.content(), "до " + RoadmapPeriods.RUSSIAN_DATE.format(due), due,
          t.indicator(), t.executors()));
    }
  }

  private void fillFromPrevious(long roadmapId, Cycle cycle) {
    Cycle previous = cycles.findPrevious(cycle).orElseThrow(() -> new FormInputException(
        "у цикла нет предыдущего: выберите шаблон или загрузите таблицу"));
    RoadmapView last = roadmaps.findByCycle(previous.id()).map(r -> view(r, previous)).orElseThrow(
        () -> new FormInputException("у предыдущего цикла нет дорожной карты: выберите шаблон или загрузите таблицу"));
    int years = cycle.startYear() - previous.startYear();
    roadmaps.deleteDraftContent(roadmapId);
    Map<Long, Long> sectionIds = new LinkedHashMap<>();
    for (RoadmapSection section : last.sections()) {
      sectionIds.put(section.id(), roadmaps.insertSection(roadmapId, section.position(), section.title()));
    }
    for (RoadmapItem item : last.items()) {
      LocalDate due = item.dueDate().plusYears(years);
      roadmaps.insertItem(roadmapId, new RoadmapItem(null, sectionIds.get(item.sectionId()), item.position(),
          item.stage(), item.content(), "до " + RoadmapPeriods.RUSSIAN_DATE.format(due), due, item.indicator(),
          item.executors().stream().map(e -> ItemExecutor.of(e.kind(), e.ref())).toList()));
    }
  }

  /** Replaces a draft's sections and items with an imported table's (checked whole before: see {@link RoadmapImport}). */
  @Transactional
  public void replaceDraft(long cycleId, List<String> sectionTitles, List<RoadmapItem> items, String user) {
    Roadmap roadmap = draft(cycleId, DraftSource.KEEP, null);
    requireDraft(roadmap);
    roadmaps.deleteDraftContent(roadmap.id());
    List<Long> ids = addSections(roadmap.id(), sectionTitles);
    for (RoadmapItem item : items) {
      roadmaps.insertItem(roadmap.id(), new RoadmapItem(null, ids.get(item.sectionId().intValue()), item.position(),
          item.stage(), item.content(), item.period(), item.dueDate(), item.indicator(), item.executors()));
    }
  }

  private List<Long> addSections(long roadmapId, List<String> titles) {
    List<Long> ids = new ArrayList<>();
    for (int i = 0; i < titles.size(); i++) {
      ids.add(roadmaps.insertSection(roadmapId, i + 1, titles.get(i)));
    }
    return ids;
  }

  // --- editing

  /** Title and goal; after approval a change is a version with its reason. */
  @Transactional
  public void updateHeader(long cycleId, String title, String goal, String reason, String user) {
    Roadmap roadmap = existing(cycleId);
    List<String> problems = new ArrayList<>();
    String checkedTitle = required(title, "название дорожной карты", MAX_TITLE, problems);
    String checkedGoal = optional(goal, "цель", MAX_TEXT, problems);
    if (!problems.isEmpty()) {
      throw new FormInputException(problems);
    }
    roadmaps.updateHeader(roadmap.id(), checkedTitle, checkedGoal, now());
    afterChange(roadmap, reason, user);
  }

  @Transactional
  public long addSection(long cycleId, String title, String reason, String user) {
    Roadmap roadmap = existing(cycleId);
    List<String> problems = new ArrayList<>();
    String checked = required(title, "название раздела", MAX_TITLE, problems);
    if (!problems.isEmpty()) {
      throw new FormInputException(problems);
    }
    long id = roadmaps.insertSection(roadmap.id(), roadmaps.sections(roadmap.id()).size() + 1, checked);
    afterChange(roadmap, reason, user);
    return id;
  }

  @Transactional
  public void renameSection(long cycleId, long sectionId, String title, String reason, String user) {
    Roadmap roadmap = existing(cycleId);
    section(roadmap, sectionId);
    List<String> problems = new ArrayList<>();
    String checked = required(title, "название раздела", MAX_TITLE, problems);
    if (!problems.isEmpty()) {
      throw new FormInputException(problems);
    }
    roadmaps.renameSection(sectionId, checked);
    afterChange(roadmap, reason, user);
  }

  /** Removes a section without items (its items are moved or removed first); after approval, a version. */
  @Transactional
  public void removeSection(long cycleId, long sectionId, String reason, String user) {
    Roadmap roadmap = existing(cycleId);
    section(roadmap, sectionId);
    long items = roadmaps.items(roadmap.id()).stream().filter(i -> java.util.Objects.equals(i.sectionId(), sectionId))
        .count();
    if (items > 0) {
      throw new FormInputException("в разделе " + items + " мероприят" + (items == 1 ? "ие" : items < 5 ? "ия" : "ий")
          + ": перенесите их в другой раздел или удалите, затем удалите раздел");
    }
    roadmaps.removeSection(sectionId);
    afterChange(roadmap, reason, user);
  }

  /** Adds an item; on an approved roadmap its executors get their assignments at once. */
  @Transactional
  public long addItem(long cycleId, ItemInput input, String reason, String user) {
    Roadmap roadmap = existing(cycleId);
    Cycle cycle = cycles.get(cycleId);
    if (input.sectionId() == null) {
      List<RoadmapSection> sections = roadmaps.sections(roadmap.id());
      long section = sections.isEmpty() ? roadmaps.insertSection(roadmap.id(), 1, RoadmapImport.NO_SECTION)
          : sections.get(sections.size() - 1).id();
      input = new ItemInput(section, input.stage(), input.content(), input.period(), input.dueDate(), input.indicator(),
          input.executors());
    }
    RoadmapItem item = checkItem(roadmap, cycle, input);
    int position = roadmaps.items(roadmap.id()).stream().mapToInt(RoadmapItem::position).max().orElse(0) + 1;
    long id = roadmaps.insertItem(roadmap.id(), new RoadmapItem(null, item.sectionId(), position, item.stage(),
        item.content(), item.period(), item.dueDate(), item.indicator(), item.executors()));
    afterChange(roadmap, reason, user);
    return id;
  }

  /**
   * Changes an item. Before approval everything may change; after it the executors may be added to
   * (never removed: their marks stay), and a new due date moves their open tasks.
   */
  @Transactional
  public void updateItem(long cycleId, long itemId, ItemInput input, String reason, String user) {
    Roadmap roadmap = existing(cycleId);
    RoadmapItem old = item(roadmap, itemId);
    if (input.sectionId() == null) {
      input = new ItemInput(old.sectionId(), input.stage(), input.content(), input.period(), input.dueDate(),
          input.indicator(), input.executors());
    }
    RoadmapItem item = checkItem(roadmap, cycles.get(cycleId), input);
    RoadmapItem changed = new RoadmapItem(itemId, item.sectionId(), old.position(), item.stage(), item.content(),
        item.period(), item.dueDate(), item.indicator(), item.executors());
    if (roadmap.status() == RoadmapStatus.APPROVED) {
      List<String> problems = new ArrayList<>();
      for (ItemExecutor e : old.executors()) {
        if (changed.executors().stream().noneMatch(n -> n.kind() == e.kind() && n.ref().equals(e.ref()))) {
          problems.add("исполнителя «" + executorName(e.kind(), e.ref()) + "» утверждённой дорожной карты нельзя "
              + "убрать: его отметка о выполнении сохраняется");
        }
      }
      if (!problems.isEmpty()) {
        throw new FormInputException(problems);
      }
    }
    roadmaps.updateItem(changed);
    roadmaps.deleteExecutorsWithoutAssignment(itemId);
    for (ItemExecutor e : changed.executors()) {
      if (old.executors().stream().noneMatch(o -> o.assignmentId() != null && o.kind() == e.kind()
          && o.ref().equals(e.ref()))) {
        roadmaps.insertExecutor(itemId, ItemExecutor.of(e.kind(), e.ref()));
      }
    }
    if (roadmap.status() == RoadmapStatus.APPROVED && !changed.dueDate().equals(old.dueDate())) {
      for (ItemExecutor e : old.executors()) {
        if (e.assignmentId() != null && !assignments.get(e.assignmentId()).status().closed()) {
          assignments.moveDeadline(e.assignmentId(), changed.dueDate());
        }
      }
    }
    afterChange(roadmap, reason, user);
  }

  /** Removes an item of a draft; an approved roadmap's item is removed only if no executor has marked it. */
  @Transactional
  public void removeItem(long cycleId, long itemId, String reason, String user) {
    Roadmap roadmap = existing(cycleId);
    RoadmapItem item = item(roadmap, itemId);
    if (roadmap.status() == RoadmapStatus.APPROVED && item.executors().stream().anyMatch(e -> e.assignmentId() != null)) {
      throw new FormInputException("мероприятие утверждённой дорожной карты уже на исполнении: измените его срок или "
          + "содержание, а не удаляйте");
    }
    roadmaps.removeItem(itemId);
    afterChange(roadmap, reason, user);
  }

  private void afterChange(Roadmap roadmap, String reason, String user) {
    switch (roadmap.status()) {
      case DRAFT -> { }
      case SUBMITTED -> throw new FormInputException("дорожная карта на утверждении у начальника: изменения "
          + "вносятся после решения");
      case APPROVED -> {
        if (reason == null || reason.isBlank()) {
          throw new FormInputException("укажите причину изменения утверждённой дорожной карты (поле «reason»)");
        }
        if (reason.length() > MAX_TEXT) {
          throw new FormInputException("причина изменения длиннее " + MAX_TEXT + " знаков");
        }
        int version = roadmap.version() + 1;
        roadmaps.setVersion(roadmap.id(), version, now());
        roadmaps.insertVersion(roadmap.id(), version, user, reason.strip(), snapshot(roadmap.cycleId()), now());
        startTracking(roadmap.cycleId());
      }
    }
  }

  // --- approval

  /** The coordinator hands the draft to the head: checked whole first. */
  @Transactional
  public void submit(long cycleId) {
    Roadmap roadmap = existing(cycleId);
    requireDraft(roadmap);
    List<RoadmapItem> items = roadmaps.items(roadmap.id());
    List<String> problems = new ArrayList<>();
    if (items.isEmpty()) {
      problems.add("в дорожной карте нет ни одного мероприятия: выберите шаблон, загрузите таблицу или внесите "
          + "мероприятия на странице дорожной карты");
    }
    int n = 0;
    for (RoadmapItem item : items) {
      n++;
      if (item.executors().isEmpty()) {
        problems.add("мероприятие " + n + ": не указан ответственный исполнитель");
      }
    }
    if (!problems.isEmpty()) {
      throw new FormInputException(problems);
    }
    roadmaps.setStatus(roadmap.id(), RoadmapStatus.SUBMITTED, now());
  }

  /** The head's decision; approval is version 1 of the roadmap. Returns whether it is approved. */
  @Transactional
  public boolean decide(long cycleId, String decision, String comment, String head) {
    Roadmap roadmap = existing(cycleId);
    boolean approved = ApprovalDecision.approves(decision, comment, "в дорожной карте");
    if (roadmap.status() != RoadmapStatus.SUBMITTED) {
      throw new FormInputException("дорожная карта не на утверждении");
    }
    String note = comment == null || comment.isBlank() ? null : comment.strip();
    if (approved) {
      roadmaps.recordApproved(roadmap.id(), head, note, 1, now());
      roadmaps.insertVersion(roadmap.id(), 1, head, "Утверждена" + (note == null ? "" : ": " + note),
          snapshot(cycleId), now());
    } else {
      roadmaps.recordReturned(roadmap.id(), note, now());
    }
    return approved;
  }

  public void attachProcess(long cycleId, String processInstanceId) {
    roadmaps.setProcessInstance(existing(cycleId).id(), processInstanceId);
  }

  // --- carrying out

  /**
   * Every executor of an approved item without an assignment gets one: the item's content and indicator,
   * its due date, the roadmap's coordinator as controller. Returns how many were issued.
   */
  @Transactional
  public int startTracking(long cycleId) {
    Roadmap roadmap = existing(cycleId);
    if (roadmap.status() != RoadmapStatus.APPROVED) {
      return 0;
    }
    int issued = 0;
    int number = 0;
    for (RoadmapItem item : roadmaps.items(roadmap.id())) {
      number++;
      for (ItemExecutor executor : item.executors()) {
        if (executor.assignmentId() != null) {
          continue;
        }
        String text = abbreviate(item.content(), 3000)
            + (item.indicator() == null ? "" : "\nИндикатор выполнения: " + abbreviate(item.indicator(), 900));
        NewAssignment assignment = new NewAssignment(abbreviate("Дорожная карта «" + roadmap.title() + "», п. "
            + number, 1000), text, assignmentKind(executor.kind()), assignmentRef(executor), roadmap.coordinatorLogin(),
            item.dueDate());
        long id = assignments.issue(assignment, "Дорожная карта: " + abbreviate(item.content(), 80), true);
        roadmaps.setAssignment(executor.id(), id);
        issued++;
      }
    }
    return issued;
  }

  private static ExecutorKind assignmentKind(RoadmapExecutorKind kind) {
    return switch (kind) {
      case PERSON -> ExecutorKind.PERSON;
      case GROUP, BASE -> ExecutorKind.GROUP;
      case SCHOOL -> ExecutorKind.SCHOOL;
    };
  }

  private static String assignmentRef(ItemExecutor executor) {
    return executor.kind() == RoadmapExecutorKind.BASE ? Role.METHODIST.groupId() : executor.ref();
  }

  // --- reading

  /** The cycle, or a 404 in Russian. */
  public Cycle cycle(long cycleId) {
    try {
      return cycles.get(cycleId);
    } catch (IllegalStateException e) {
      throw new RoadmapController.NotFound("Цикл сопровождения с номером " + cycleId + " не найден.");
    }
  }

  public Optional<Roadmap> find(long cycleId) {
    return roadmaps.findByCycle(cycleId);
  }

  public Optional<RoadmapView> view(long cycleId) {
    return roadmaps.findByCycle(cycleId).map(r -> view(r, cycles.get(cycleId)));
  }

  /** The roadmap an item belongs to, by the item's id (for the events register). */
  public Optional<Long> cycleOfItem(long itemId) {
    return roadmaps.roadmapOfItem(itemId).flatMap(roadmaps::find).map(Roadmap::cycleId);
  }

  private RoadmapView view(Roadmap roadmap, Cycle cycle) {
    Map<Long, List<ItemMark>> marks = new LinkedHashMap<>();
    for (ItemMark mark : roadmaps.marks(roadmap.id())) {
      marks.computeIfAbsent(mark.itemId(), k -> new ArrayList<>()).add(mark);
    }
    return new RoadmapView(roadmap, cycle, roadmaps.sections(roadmap.id()), roadmaps.items(roadmap.id()), marks,
        roadmaps.versions(roadmap.id()));
  }

  /** «Баранова Е. В.», «Муниципальные координаторы», «МОБУ СОШ № 6», the base organisation; null if unknown. */
  public String executorName(RoadmapExecutorKind kind, String ref) {
    return switch (kind) {
      case PERSON -> directory.findPerson(ref).map(Person::shortName).orElse(null);
      case GROUP -> Arrays.stream(Role.values()).filter(r -> r.groupId().equals(ref)).map(Role::groupName)
          .findFirst().orElse(null);
      case SCHOOL -> directory.findSchool(ref).map(School::shortName).orElse(null);
      case BASE -> settings.baseOrganisation();
    };
  }

  /** The stage a due date falls in: by the I stage's deadline 1, by the II stage's 2, later 0 (final). */
  static int stageOf(CycleDeadlines deadlines, LocalDate due) {
    if (!due.isAfter(deadlines.stage1Due())) {
      return 1;
    }
    return due.isAfter(deadlines.stage2Due()) ? 0 : 2;
  }

  /** «I этап», «II этап», «Итоговый этап». */
  public static String stageTitle(int stage) {
    return switch (stage) {
      case 1 -> "I этап";
      case 2 -> "II этап";
      default -> "Итоговый этап";
    };
  }

  String snapshot(long cycleId) {
    RoadmapView view = view(cycleId).orElseThrow();
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("title", view.roadmap().title());
    data.put("goal", view.roadmap().goal());
    data.put("sections", view.sections());
    data.put("items", view.items());
    try {
      return json.writeValueAsString(data);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  // --- checks

  RoadmapItem checkItem(Roadmap roadmap, Cycle cycle, ItemInput input) {
    List<String> problems = new ArrayList<>();
    String content = required(input.content(), "содержание мероприятия", MAX_TEXT, problems);
    String period = optional(input.period(), "сроки реализации", MAX_PERIOD, problems);
    String indicator = optional(input.indicator(), "индикатор выполнения", MAX_INDICATOR, problems);
    LocalDate due = input.dueDate() != null ? input.dueDate() : RoadmapPeriods.dueDate(period);
    if (due == null) {
      problems.add("не указан срок мероприятия (дата или сроки реализации с месяцем и годом)");
    }
    if (input.sectionId() != null && roadmaps.sections(roadmap.id()).stream()
        .noneMatch(s -> s.id().equals(input.sectionId()))) {
      problems.add("раздел " + input.sectionId() + " не относится к этой дорожной карте");
    }
    Integer stage = input.stage();
    if (stage != null && stage != 0 && stage != 1 && stage != 2) {
      problems.add("этап должен быть 1 (I этап), 2 (II этап) или 0 (итоговый)");
    }
    List<ItemExecutor> executors = input.executors() == null ? List.of() : input.executors();
    if (executors.isEmpty()) {
      problems.add("не указан ответственный исполнитель");
    }
    List<ItemExecutor> checked = new ArrayList<>();
    for (ItemExecutor e : executors) {
      if (e == null || e.kind() == null || (e.kind() != RoadmapExecutorKind.BASE && (e.ref() == null || e.ref().isBlank()))) {
        problems.add("исполнитель указан не полностью: нужны вид (PERSON, GROUP, SCHOOL, BASE) и код");
        continue;
      }
      String ref = e.kind() == RoadmapExecutorKind.BASE ? RoadmapExecutorKind.BASE_REF : e.ref().strip();
      if (executorName(e.kind(), ref) == null) {
        problems.add("исполнитель «" + ref + "» не найден в справочнике");
      } else if (checked.stream().noneMatch(c -> c.kind() == e.kind() && c.ref().equals(ref))) {
        checked.add(ItemExecutor.of(e.kind(), ref));
      }
    }
    if (!problems.isEmpty()) {
      throw new FormInputException(problems);
    }
    return new RoadmapItem(null, input.sectionId(), 0, stage != null ? stage : stageOf(cycle.deadlines(), due),
        content, period, due, indicator, checked);
  }

  private Roadmap existing(long cycleId) {
    return roadmaps.findByCycle(cycleId).orElseThrow(() -> new FormInputException(
        "у цикла ещё нет дорожной карты: её начинает координатор"));
  }

  private static void requireDraft(Roadmap roadmap) {
    if (roadmap.status() != RoadmapStatus.DRAFT) {
      throw new FormInputException("дорожная карта " + (roadmap.status() == RoadmapStatus.SUBMITTED
          ? "на утверждении" : "утверждена") + ": таблицу можно загрузить только в проект");
    }
  }

  private RoadmapItem item(Roadmap roadmap, long itemId) {
    return roadmaps.items(roadmap.id()).stream().filter(i -> i.id() == itemId).findFirst()
        .orElseThrow(() -> new FormInputException("мероприятие " + itemId + " не найдено в этой дорожной карте"));
  }

  private RoadmapSection section(Roadmap roadmap, long sectionId) {
    return roadmaps.sections(roadmap.id()).stream().filter(s -> s.id() == sectionId).findFirst()
        .orElseThrow(() -> new FormInputException("раздел " + sectionId + " не найден в этой дорожной карте"));
  }

  static String required(String text, String what, int max, List<String> problems) {
    if (text == null || text.isBlank()) {
      problems.add("не указано: " + what);
      return null;
    }
    if (text.strip().length() > max) {
      problems.add(what + " длиннее " + max + " знаков");
    }
    return text.strip();
  }

  static String optional(String text, String what, int max, List<String> problems) {
    if (text == null || text.isBlank()) {
      return null;
    }
    if (text.strip().length() > max) {
      problems.add(what + " длиннее " + max + " знаков");
    }
    return text.strip();
  }

  private static String defaultTitle(Cycle cycle) {
    return "Муниципальная дорожная карта организационно-методического сопровождения школ с низкими "
        + "образовательными результатами " + cycle.periodType().inThePeriod(cycle.startYear());
  }

  private static String defaultGoal() {
    return "Создание условий для перевода школ с низкими образовательными результатами в эффективный режим работы";
  }

  private static String abbreviate(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max - 1) + "…";
  }

  private Instant now() {
    return calendar.now().toInstant();
  }
}
