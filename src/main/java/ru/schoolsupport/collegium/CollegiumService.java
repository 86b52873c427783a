package ru.schoolsupport.collegium;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import ru.schoolsupport.audit.AuditField;
import ru.schoolsupport.audit.SchoolAudit;
import org.springframework.transaction.annotation.Transactional;
import ru.schoolsupport.assignment.AssignmentService;
import ru.schoolsupport.cycle.Cycle;
import ru.schoolsupport.cycle.CycleRepository;
import ru.schoolsupport.directory.DirectoryRepository;
import ru.schoolsupport.listformation.CycleSchool;
import ru.schoolsupport.listformation.CycleSchoolRepository;
import ru.schoolsupport.process.FormInputException;
import ru.schoolsupport.process.WorkCalendar;
import ru.schoolsupport.schoolyear.SchoolOutcome;

/**
 * The collegium's meetings: the secretary registers one (date, agenda), then enters its decisions.
 * A decision about a school (leaves the list, continues, more help) becomes that school's outcome on
 * the chosen cycle's list — the outcome the next cycle's list formation reads as «carried over» — and
 * each assignment of a decision is issued to run its own assignmentControl.
 */
@Service
public class CollegiumService {

  static final DateTimeFormatter RUSSIAN_DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
  static final int MAX_TEXT = 4000;
  static final int MAX_SOURCE = 1000;

  private final CollegiumRepository meetings;
  private final CycleRepository cycles;
  private final CycleSchoolRepository cycleSchools;
  private final DirectoryRepository directory;
  private final AssignmentService assignments;
  private final WorkCalendar calendar;
  private final SchoolAudit audit;

  public CollegiumService(CollegiumRepository meetings, CycleRepository cycles, CycleSchoolRepository cycleSchools,
      DirectoryRepository directory, AssignmentService assignments, WorkCalendar calendar, SchoolAudit audit) {
    this.audit = audit;
    this.meetings = meetings;
    this.cycles = cycles;
    this.cycleSchools = cycleSchools;
    this.directory = directory;
    this.assignments = assignments;
    this.calendar = calendar;
  }

  /** Registers a meeting from the start form; returns its id. */
  public long registerMeeting(LocalDate date, String protocolNumber, String agenda, String processInstanceId) {
    List<String> problems = new ArrayList<>();
    if (date == null) {
      problems.add("укажите дату заседания (поле «Дата заседания»)");
    } else if (date.isBefore(calendar.today().minusYears(1))) {
      problems.add("дата заседания " + RUSSIAN_DATE.format(date) + " больше года назад");
    } else if (date.isAfter(calendar.today().plusYears(1))) {
      problems.add("дата заседания " + RUSSIAN_DATE.format(date) + " больше чем через год");
    }
    if (agenda == null || agenda.isBlank()) {
      problems.add("укажите повестку заседания (поле «Повестка»)");
    } else if (agenda.length() > MAX_TEXT) {
      problems.add("повестка длиннее " + MAX_TEXT + " знаков");
    }
    String protocol = protocolNumber == null || protocolNumber.isBlank() ? null : protocolNumber.strip();
    if (protocol != null && protocol.length() > 64) {
      problems.add("номер протокола длиннее 64 знаков");
    }
    if (!problems.isEmpty()) {
      throw new FormInputException(problems);
    }
    long id = meetings.insertMeeting(date, protocol, agenda.strip(), calendar.now().toInstant());
    if (processInstanceId != null) {
      meetings.setProcessInstance(id, processInstanceId);
    }
    return id;
  }

  public CollegiumMeeting get(long meetingId) {
    return meetings.find(meetingId).orElseThrow(() -> new IllegalStateException("No collegium meeting " + meetingId));
  }

  /** «Решение коллегии от 20.01.2026 (протокол № 1)», as an assignment names its source. */
  public String title(CollegiumMeeting meeting) {
    return "Решение коллегии от " + RUSSIAN_DATE.format(meeting.date())
        + (meeting.protocolNumber() == null ? "" : " (протокол № " + meeting.protocolNumber() + ")");
  }

  /**
   * Checks the decisions whole, then stores them, sets each school's place on the cycle's list and
   * issues the assignments. Nothing is stored if anything is wrong: the problems come back together.
   *
   * @param cycleId the cycle whose list the school decisions set (may be null if none is about a school)
   */
  @Transactional
  public CollegiumMeeting recordDecisions(long meetingId, Long cycleId, Object submittedDecisions, String by) {
    CollegiumMeeting meeting = get(meetingId);
    List<String> problems = new ArrayList<>();
    List<DecisionRows.DecisionInput> decisions = DecisionRows.decisions(submittedDecisions, problems);
    if (decisions.isEmpty()) {
      problems.add("внесите хотя бы одно решение коллегии");
    }
    Optional<Cycle> cycle = cycleId == null ? Optional.empty() : cycles.findAll().stream()
        .filter(c -> c.id().equals(cycleId)).findFirst();
    if (cycleId != null && cycle.isEmpty()) {
      problems.add("цикл сопровождения с номером " + cycleId + " не найден");
    }
    Map<String, CycleSchool> onList = new HashMap<>();
    cycle.ifPresent(c -> cycleSchools.findIncluded(c.id()).forEach(s -> onList.put(s.schoolCode(), s)));
    Map<String, Integer> decidedSchools = new HashMap<>();
    String source = abbreviate(title(meeting));
    for (DecisionRows.DecisionInput decision : decisions) {
      String label = "решение " + decision.position() + ": ";
      if (decision.text() == null) {
        problems.add(label + "не указан текст решения");
      } else if (decision.text().length() > MAX_TEXT) {
        problems.add(label + "текст длиннее " + MAX_TEXT + " знаков");
      }
      if (decision.schoolCode() != null || decision.schoolDecision() != null) {
        checkSchoolDecision(decision, label, cycle, onList, decidedSchools, problems);
      }
      for (DecisionRows.AssignmentInput assignment : decision.assignments()) {
        String where = label + "поручение " + assignment.position() + ": ";
        if (assignment.kind() == null) {
          problems.add(where + "вид исполнителя «" + nullToEmpty(assignment.kindText())
              + "» не распознан (сотрудник, группа или школа)");
          continue;
        }
        assignments.check(assignment.toNew(source(source, decision.position())))
            .forEach(problem -> problems.add(where + problem));
      }
    }
    if (!problems.isEmpty()) {
      throw new FormInputException(problems);
    }
    for (DecisionRows.DecisionInput decision : decisions) {
      SchoolOutcome outcome = SchoolOutcome.parse(decision.schoolDecision());
      Long decisionCycle = outcome == null ? null : cycleId;
      long decisionId = meetings.insertDecision(meetingId, decision.position(), decision.text().strip(),
          outcome == null ? null : decision.schoolCode(), outcome == null ? null : outcome.name(), decisionCycle);
      if (outcome != null) {
        String before = cycleSchools.find(cycleId, decision.schoolCode()).map(s -> s.outcome()).orElse(null);
        cycleSchools.setOutcome(cycleId, decision.schoolCode(), outcome.name());
        audit.record(cycleId, decision.schoolCode(), AuditField.OUTCOME, before, outcome.name(),
            "решение коллегии: " + decision.text().strip());
      }
      for (DecisionRows.AssignmentInput assignment : decision.assignments()) {
        long assignmentId = assignments.issue(assignment.toNew(source(source, decision.position())));
        meetings.linkAssignment(decisionId, assignmentId);
      }
    }
    meetings.markRecorded(meetingId, by, calendar.now().toInstant());
    return get(meetingId);
  }

  private void checkSchoolDecision(DecisionRows.DecisionInput decision, String label, Optional<Cycle> cycle,
      Map<String, CycleSchool> onList, Map<String, Integer> decidedSchools, List<String> problems) {
    SchoolOutcome outcome = SchoolOutcome.parse(decision.schoolDecision());
    if (decision.schoolCode() == null) {
      problems.add(label + "решение о месте школы в перечне выбрано, а код школы не указан");
      return;
    }
    if (directory.findSchool(decision.schoolCode()).isEmpty()) {
      problems.add(label + "школы с кодом «" + decision.schoolCode() + "» нет в справочнике");
      return;
    }
    if (outcome == null) {
      problems.add(label + "для школы «" + decision.schoolCode()
          + "» выберите решение: выходит из перечня, продолжает сопровождение или нужна дополнительная помощь");
      return;
    }
    if (cycle.isEmpty()) {
      problems.add(label + "выберите цикл сопровождения, по итогам которого принимается решение о школе");
      return;
    }
    if (!onList.containsKey(decision.schoolCode())) {
      problems.add(label + "школа «" + decision.schoolCode() + "» не входит в перечень цикла «" + cycle.get().title()
          + "»: решение о её месте в перечне принимается только по школам перечня");
    }
    Integer first = decidedSchools.putIfAbsent(decision.schoolCode(), decision.position());
    if (first != null) {
      problems.add(label + "о школе «" + decision.schoolCode() + "» уже принято решение в п. " + first);
    }
  }

  private static String source(String meetingTitle, int position) {
    return abbreviate(meetingTitle + ", п. " + position);
  }

  private static String abbreviate(String text) {
    return text.length() <= MAX_SOURCE ? text : text.substring(0, MAX_SOURCE - 1) + "…";
  }

  private static String nullToEmpty(String text) {
    return text == null ? "" : text;
  }
}
