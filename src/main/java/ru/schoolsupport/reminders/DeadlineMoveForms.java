package ru.schoolsupport.reminders;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.spin.json.SpinJsonNode;
import org.springframework.stereotype.Component;
import ru.schoolsupport.cycle.Cycle;
import ru.schoolsupport.cycle.CycleRepository;
import ru.schoolsupport.cycle.CycleStatus;
import ru.schoolsupport.listformation.CycleSchool;
import ru.schoolsupport.listformation.CycleSchoolRepository;
import ru.schoolsupport.process.JsonValues;
import ru.schoolsupport.process.WorkCalendar;

/**
 * The choices of «Перенести срок», computed on the server when the coordinator's task is created
 * (a Camunda Form at a process's start gets no variables in Tasklist, so the choosing is a task):
 * the running cycles and their schools by name. The same lists decide what {@link MoveDeadlineDelegate}
 * accepts, whatever a submission carries. Referenced from the model as {@code ${deadlineMoveForms.…}}.
 */
@Component("deadlineMoveForms")
public class DeadlineMoveForms {

  /** A choice as a form shows and submits it. */
  public record Option(String label, String value) {
  }

  private final CycleRepository cycles;
  private final CycleSchoolRepository cycleSchools;
  private final WorkCalendar calendar;

  public DeadlineMoveForms(CycleRepository cycles, CycleSchoolRepository cycleSchools, WorkCalendar calendar) {
    this.cycles = cycles;
    this.cycleSchools = cycleSchools;
    this.calendar = calendar;
  }

  /** The cycles whose deadlines may move: the running ones, newest first; the value is the cycle's id. */
  public List<Option> cycles() {
    return running().stream().map(c -> new Option(label(c), String.valueOf(c.id()))).toList();
  }

  /**
   * The schools of the running cycles' lists, by name; with more than one running cycle each name says
   * its cycle. The value is the cycle's id and the school's code ({@link #schoolValue}), so that no two
   * options share a value; the school must belong to the cycle chosen beside it.
   */
  public List<Option> schools() {
    List<Cycle> running = running();
    List<Option> options = new ArrayList<>();
    for (Cycle cycle : running) {
      for (CycleSchool s : schoolsOf(cycle.id())) {
        options.add(new Option(running.size() > 1 ? s.schoolName() + " (" + label(cycle) + ")" : s.schoolName(),
            schoolValue(cycle.id(), s.schoolCode())));
      }
    }
    return options;
  }

  /** A school's option value: «12:sosh6». */
  public static String schoolValue(long cycleId, String schoolCode) {
    return cycleId + ":" + schoolCode;
  }

  /** The schools a deadline of this cycle may move for, sorted by name. */
  public List<CycleSchool> schoolsOf(long cycleId) {
    return cycleSchools.findIncluded(cycleId).stream()
        .sorted(Comparator.comparing(CycleSchool::schoolName).thenComparing(CycleSchool::schoolCode)).toList();
  }

  public SpinJsonNode cycleOptions() {
    return json(cycles());
  }

  public SpinJsonNode schoolOptions() {
    return json(schools());
  }

  /** The cycle chosen beforehand when only one is running; null otherwise. */
  public String onlyCycle() {
    List<Option> options = cycles();
    return options.size() == 1 ? options.get(0).value() : null;
  }

  /** The coordinator's task is due at the end of the working day. */
  public Date due() {
    return calendar.dueAt(calendar.today());
  }

  /** A running cycle with this id, if the coordinator may move its deadlines. */
  public java.util.Optional<Cycle> runningCycle(String id) {
    return running().stream().filter(c -> String.valueOf(c.id()).equals(id)).findFirst();
  }

  private List<Cycle> running() {
    return cycles.findAll().stream().filter(c -> c.status() == CycleStatus.RUNNING)
        .sorted(Comparator.comparing(Cycle::startYear).reversed().thenComparing(Cycle::id)).toList();
  }

  static String label(Cycle cycle) {
    return cycle.title().contains(cycle.businessKey()) ? cycle.title() : cycle.title() + " (" + cycle.businessKey() + ")";
  }

  private static SpinJsonNode json(List<Option> options) {
    List<Map<String, Object>> list = new ArrayList<>();
    options.forEach(o -> list.add(Map.of("label", o.label(), "value", o.value())));
    return JsonValues.json(list);
  }
}
