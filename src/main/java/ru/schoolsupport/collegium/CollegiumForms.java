package ru.schoolsupport.collegium;

import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.spin.json.SpinJsonNode;
import org.springframework.stereotype.Component;
import ru.schoolsupport.cycle.Cycle;
import ru.schoolsupport.cycle.CycleRepository;
import ru.schoolsupport.cycle.CycleStatus;
import ru.schoolsupport.directory.DirectoryRepository;
import ru.schoolsupport.directory.Role;
import ru.schoolsupport.process.JsonValues;
import ru.schoolsupport.process.Markdown;
import ru.schoolsupport.process.WorkCalendar;

/**
 * What the collegium's and the assignments' forms show: the rows to start from, the cycles to choose
 * from, the codes of schools, groups and people to refer to, and the task's due date. Referenced from
 * the models as {@code ${collegiumForms.…}}.
 */
@Component("collegiumForms")
public class CollegiumForms {

  /** Days the secretary has to enter the decisions after the meeting. */
  static final int DAYS_TO_ENTER_DECISIONS = 3;

  private final CollegiumService collegium;
  private final CycleRepository cycles;
  private final DirectoryRepository directory;
  private final WorkCalendar calendar;

  public CollegiumForms(CollegiumService collegium, CycleRepository cycles, DirectoryRepository directory,
      WorkCalendar calendar) {
    this.collegium = collegium;
    this.cycles = cycles;
    this.directory = directory;
    this.calendar = calendar;
  }

  /** One empty decision with one empty assignment, to start from. */
  public SpinJsonNode emptyDecisions() {
    Map<String, Object> decision = new LinkedHashMap<>();
    decision.put(DecisionRows.TEXT, "");
    decision.put(DecisionRows.SCHOOL_CODE, "");
    decision.put(DecisionRows.SCHOOL_DECISION, "");
    decision.put(DecisionRows.ASSIGNMENTS, List.of(emptyAssignment()));
    return JsonValues.json(List.of(decision));
  }

  /** One empty assignment, to start from. */
  public SpinJsonNode emptyAssignments() {
    return JsonValues.json(List.of(emptyAssignment()));
  }

  private static Map<String, Object> emptyAssignment() {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put(DecisionRows.TEXT, "");
    row.put(DecisionRows.EXECUTOR_KIND, "SCHOOL");
    row.put(DecisionRows.EXECUTOR_REF, "");
    row.put(DecisionRows.CONTROLLER, "");
    return row;
  }

  /** The cycles, newest first, as select options. */
  public SpinJsonNode cycleOptions() {
    List<Map<String, Object>> options = new ArrayList<>();
    for (Cycle cycle : cycles.findAll()) {
      options.add(Map.of("label", cycle.title() + (cycle.status() == CycleStatus.FINISHED ? " (завершён)" : ""),
          "value", String.valueOf(cycle.id())));
    }
    return JsonValues.json(options);
  }

  /** The running cycle (the newest if several), else the newest; empty if there is none. */
  public String defaultCycle() {
    List<Cycle> all = cycles.findAll();
    return all.stream().filter(c -> c.status() == CycleStatus.RUNNING).findFirst()
        .or(() -> all.stream().findFirst()).map(c -> String.valueOf(c.id())).orElse("");
  }

  /** The meeting as the secretary sees it at the top of the form (Markdown; the agenda as typed, escaped). */
  public String meetingSummary(Long meetingId) {
    CollegiumMeeting meeting = collegium.get(meetingId);
    String agenda = Markdown.text(meeting.agenda());
    return "### " + Markdown.inline(collegium.title(meeting)) + "\n\n**Повестка:**\n\n"
        + (agenda.isEmpty() ? "—" : agenda);
  }

  /** The codes to refer to in decisions and assignments (Markdown). */
  public String codesHint() {
    String schools = directory.findSchools().stream()
        .map(s -> "`" + s.code() + "` — " + Markdown.inline(s.shortName()))
        .collect(Collectors.joining("; "));
    String groups = java.util.Arrays.stream(Role.values()).map(r -> "`" + r.groupId() + "` — " + r.groupName())
        .collect(Collectors.joining("; "));
    String people = directory.findPeople().stream().filter(p -> p.role() != null && !p.role().belongsToSchool())
        .map(p -> "`" + p.login() + "` — " + Markdown.inline(p.shortName()) + " (" + p.role().title() + ")")
        .collect(Collectors.joining("; "));
    return "**Коды школ:** " + schools + "\n\n**Группы:** " + groups + "\n\n**Сотрудники управления (логины):** "
        + people;
  }

  /** When the decisions are due: a few days after the meeting (or after today, if the meeting is past). */
  public Date decisionsDue(Long meetingId) {
    CollegiumMeeting meeting = collegium.get(meetingId);
    java.time.LocalDate from = meeting.date().isAfter(calendar.today()) ? meeting.date() : calendar.today();
    return calendar.dueAt(from.plusDays(DAYS_TO_ENTER_DECISIONS));
  }

  /** When the coordinator's list of assignments is due: in a few days. */
  public Date assignmentsDue() {
    return calendar.dueAt(calendar.today().plusDays(DAYS_TO_ENTER_DECISIONS));
  }
}
