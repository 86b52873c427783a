package ru.schoolsupport.mentoring;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import ru.schoolsupport.audit.AuditField;
import ru.schoolsupport.audit.SchoolAudit;
import ru.schoolsupport.cycle.CycleRepository;
import ru.schoolsupport.directory.DirectoryRepository;
import ru.schoolsupport.directory.Person;
import ru.schoolsupport.directory.Role;
import ru.schoolsupport.directory.School;
import ru.schoolsupport.listformation.CycleSchool;
import ru.schoolsupport.listformation.CycleSchoolRepository;
import ru.schoolsupport.process.ApprovalDecision;
import ru.schoolsupport.process.FormInputException;
import ru.schoolsupport.process.Markdown;
import ru.schoolsupport.process.WorkCalendar;

/**
 * Attaches a mentor school and a curator to each school of an approved list: proposes the pairs,
 * takes the coordinator's edits as lines «школа = наставник, куратор», and the head's decision.
 */
@Service
public class MentoringService {

  static final String UNASSIGNED = "?";

  private final CycleSchoolRepository cycleSchools;
  private final CycleRepository cycles;
  private final DirectoryRepository directory;
  private final MentoringSettings settings;
  private final WorkCalendar calendar;
  private final SchoolAudit audit;

  /** Room left in the form field for the lines that need the coordinator (the engine's String limit is 4,000). */
  static final int ATTENTION_TEXT_LIMIT = 3_500;

  public MentoringService(CycleSchoolRepository cycleSchools, CycleRepository cycles, DirectoryRepository directory,
      MentoringSettings settings, WorkCalendar calendar, SchoolAudit audit) {
    this.audit = audit;
    this.cycleSchools = cycleSchools;
    this.cycles = cycles;
    this.directory = directory;
    this.settings = settings;
    this.calendar = calendar;
  }

  /** Proposes and stores the pairs; returns how many schools are left without a mentor or a curator. */
  public int proposePairs(long cycleId) {
    List<CycleSchool> supervised = cycleSchools.findIncluded(cycleId);
    Set<String> supervisedCodes = supervised.stream().map(CycleSchool::schoolCode).collect(Collectors.toSet());
    List<MentorPairing.Mentor> mentors = directory.findSchools().stream()
        .filter(School::canMentor).filter(s -> !supervisedCodes.contains(s.code()))
        .map(s -> new MentorPairing.Mentor(s.code(), s.district())).toList();
    List<String> curators = directory.findPeopleInRole(Role.CURATOR).stream().map(Person::login).toList();
    List<MentorPairing.Pair> pairs = new MentorPairing(settings.mentorCapacity(), settings.curatorLoad()).propose(
        supervised.stream().map(s -> new MentorPairing.Supervised(s.schoolCode(), s.district())).toList(),
        mentors, curators);
    int unassigned = 0;
    Map<String, CycleSchool> before = new HashMap<>();
    supervised.forEach(s -> before.put(s.schoolCode(), s));
    for (MentorPairing.Pair pair : pairs) {
      cycleSchools.setPair(cycleId, pair.schoolCode(), pair.mentorCode(), pair.curatorLogin());
      auditPair(cycleId, before.get(pair.schoolCode()), pair.schoolCode(), pair.mentorCode(), pair.curatorLogin());
      if (pair.mentorCode() == null || pair.curatorLogin() == null) {
        unassigned++;
      }
    }
    return unassigned;
  }

  /** The pairs as they stand: one line per school in the coordinator's notation, names after «#». */
  public String pairsText(long cycleId) {
    return pairLines(cycleSchools.findIncluded(cycleId));
  }

  /**
   * What the coordinator must still settle, as lines to fill in: the schools that got no mentor or no
   * curator. Kept short enough for a form field (a submitted text over 4,000 characters cannot be
   * stored); the rest are named in a comment and shown in the full list.
   */
  public String pairsNeedingAttention(long cycleId) {
    List<CycleSchool> unsettled = cycleSchools.findIncluded(cycleId).stream()
        .filter(s -> s.mentorSchoolCode() == null || s.curatorLogin() == null).toList();
    StringBuilder text = new StringBuilder();
    int shown = 0;
    for (CycleSchool s : unsettled) {
      String line = pairLines(List.of(s));
      if (text.length() + line.length() > ATTENTION_TEXT_LIMIT) {
        break;
      }
      text.append(line);
      shown++;
    }
    if (shown < unsettled.size()) {
      text.append("# ещё ").append(unsettled.size() - shown)
          .append(" школ без наставника или куратора: они отмечены «?» в полном списке закрепления\n");
    }
    return text.toString();
  }

  private String pairLines(List<CycleSchool> cycleSchoolsToShow) {
    Map<String, School> schools = directory.schoolsByCode();
    Map<String, Person> people = directory.peopleByLogin();
    StringBuilder text = new StringBuilder();
    for (CycleSchool s : cycleSchoolsToShow) {
      String mentor = s.mentorSchoolCode() == null ? UNASSIGNED : s.mentorSchoolCode();
      String curator = s.curatorLogin() == null ? UNASSIGNED : s.curatorLogin();
      text.append(s.schoolCode()).append(" = ").append(mentor).append(", ").append(curator).append("   # ")
          .append(s.schoolName()).append(" → ")
          .append(s.mentorSchoolCode() == null ? "нет свободной школы-наставника" : schools.get(mentor).shortName())
          .append("; ")
          .append(s.curatorLogin() == null ? "нет свободного куратора" : people.get(curator).shortName())
          .append("\n");
    }
    return text.toString();
  }

  /** Mentor schools and curators with their load, for the coordinator's reference (Markdown). */
  public String reference(long cycleId) {
    List<CycleSchool> supervised = cycleSchools.findIncluded(cycleId);
    Set<String> supervisedCodes = supervised.stream().map(CycleSchool::schoolCode).collect(Collectors.toSet());
    Map<String, Long> mentorLoad = supervised.stream().filter(s -> s.mentorSchoolCode() != null)
        .collect(Collectors.groupingBy(CycleSchool::mentorSchoolCode, Collectors.counting()));
    Map<String, Long> curatorLoad = supervised.stream().filter(s -> s.curatorLogin() != null)
        .collect(Collectors.groupingBy(CycleSchool::curatorLogin, Collectors.counting()));
    StringBuilder text = new StringBuilder("**Школы-наставники** (код — школа — закреплено / предел ")
        .append(settings.mentorCapacity()).append("):\n\n");
    directory.findSchools().stream().filter(School::canMentor).filter(s -> !supervisedCodes.contains(s.code()))
        .forEach(s -> text.append("- `").append(s.code()).append("` — ").append(Markdown.inline(s.shortName()))
            .append(s.district() == null ? "" : ", " + Markdown.inline(s.district()) + " район").append(" — ")
            .append(mentorLoad.getOrDefault(s.code(), 0L)).append("\n"));
    text.append("\n**Кураторы** (логин — ФИО — закреплено / предел ").append(settings.curatorLoad()).append("):\n\n");
    directory.findPeopleInRole(Role.CURATOR).forEach(p -> text.append("- `").append(p.login()).append("` — ")
        .append(Markdown.inline(p.fullName())).append(" — ").append(curatorLoad.getOrDefault(p.login(), 0L)).append("\n"));
    return text.toString();
  }

  /**
   * Applies the coordinator's lines over the pairs as they stand: a line changes one school's mentor
   * and curator, a school without a line keeps its pair. Refuses the whole edit, line by line, if any
   * line is wrong or a school is left without a mentor or a curator.
   */
  public void applyCoordinatorPairs(long cycleId, String text) {
    Map<String, CycleSchool> supervised = new LinkedHashMap<>();
    cycleSchools.findIncluded(cycleId).forEach(s -> supervised.put(s.schoolCode(), s));
    Map<String, String[]> standing = new LinkedHashMap<>();
    supervised.values().stream().filter(s -> s.mentorSchoolCode() != null && s.curatorLogin() != null)
        .forEach(s -> standing.put(s.schoolCode(), new String[] {s.mentorSchoolCode(), s.curatorLogin()}));
    Map<String, School> schools = directory.schoolsByCode();
    Set<String> curators = directory.findPeopleInRole(Role.CURATOR).stream().map(Person::login)
        .collect(Collectors.toSet());
    List<String> problems = new ArrayList<>();
    Map<String, String[]> pairs = new LinkedHashMap<>();
    String[] lines = text == null ? new String[0] : text.split("\\R");
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].replaceAll("#.*$", "").strip();
      if (line.isEmpty()) {
        continue;
      }
      String where = "строка " + (i + 1) + ": ";
      String[] sides = line.split("=", 2);
      String[] right = sides.length < 2 ? new String[0] : sides[1].split(",");
      if (sides.length < 2 || right.length != 2) {
        problems.add(where + "ожидается «код школы = код школы-наставника, логин куратора», а не «" + line + "»");
        continue;
      }
      String school = sides[0].strip();
      String mentor = right[0].strip();
      String curator = right[1].strip().toLowerCase(java.util.Locale.ROOT);
      if (!supervised.containsKey(school)) {
        problems.add(where + "школы «" + school + "» нет в утверждённом перечне");
      } else if (pairs.containsKey(school)) {
        problems.add(where + "школа «" + school + "» указана второй раз");
      }
      if (UNASSIGNED.equals(mentor)) {
        problems.add(where + "для школы «" + school + "» не выбрана школа-наставник");
      } else if (!schools.containsKey(mentor) || !schools.get(mentor).canMentor()) {
        problems.add(where + "«" + mentor + "» — не школа-наставник (в справочнике нет такой школы с отметкой "
            + "«Может быть наставником»)");
      } else if (supervised.containsKey(mentor)) {
        problems.add(where + "«" + mentor + "» сама в перечне курируемых школ и не может быть наставником");
      }
      if (UNASSIGNED.equals(curator)) {
        problems.add(where + "для школы «" + school + "» не выбран куратор");
      } else if (!curators.contains(curator)) {
        problems.add(where + "«" + curator + "» — не куратор (в справочнике нет куратора с таким логином)");
      }
      pairs.put(school, new String[] {mentor, curator});
    }
    for (String school : supervised.keySet()) {
      if (!pairs.containsKey(school)) {
        if (standing.containsKey(school)) {
          pairs.put(school, standing.get(school));
        } else {
          problems.add("для школы «" + school + "» (" + supervised.get(school).schoolName()
              + ") нет строки: закрепите за ней школу-наставника и куратора");
        }
      }
    }
    Map<String, Integer> mentorLoad = new HashMap<>();
    Map<String, Integer> curatorLoad = new HashMap<>();
    pairs.values().forEach(p -> {
      mentorLoad.merge(p[0], 1, Integer::sum);
      curatorLoad.merge(p[1], 1, Integer::sum);
    });
    mentorLoad.forEach((mentor, load) -> {
      if (!UNASSIGNED.equals(mentor) && load > settings.mentorCapacity() && schools.containsKey(mentor)) {
        problems.add("за школой-наставником «" + schools.get(mentor).shortName() + "» закреплено " + load
            + " школ при пределе " + settings.mentorCapacity());
      }
    });
    curatorLoad.forEach((curator, load) -> {
      if (!UNASSIGNED.equals(curator) && load > settings.curatorLoad()) {
        problems.add("за куратором «" + curator + "» закреплено " + load + " школ при пределе "
            + settings.curatorLoad());
      }
    });
    if (!problems.isEmpty()) {
      throw new FormInputException(problems);
    }
    pairs.forEach((school, pair) -> {
      cycleSchools.setPair(cycleId, school, pair[0], pair[1]);
      auditPair(cycleId, supervised.get(school), school, pair[0], pair[1]);
    });
  }

  private void auditPair(long cycleId, CycleSchool before, String school, String mentor, String curator) {
    audit.record(cycleId, school, AuditField.MENTOR_SCHOOL, before == null ? null : before.mentorSchoolCode(), mentor);
    audit.record(cycleId, school, AuditField.CURATOR, before == null ? null : before.curatorLogin(), curator);
  }

  /** The pairs as a Markdown table, for the head's approval. */
  public String summary(long cycleId) {
    Map<String, School> schools = directory.schoolsByCode();
    Map<String, Person> people = directory.peopleByLogin();
    StringBuilder text = new StringBuilder("| Школа-наставник | Курируемая школа | Куратор |\n|---|---|---|\n");
    for (CycleSchool s : pairsOf(cycleId)) {
      text.append("| ")
          .append(s.mentorSchoolCode() == null ? "—" : Markdown.inline(schools.get(s.mentorSchoolCode()).shortName()))
          .append(" | ").append(Markdown.inline(s.schoolName())).append(" | ")
          .append(s.curatorLogin() == null ? "—" : Markdown.inline(people.get(s.curatorLogin()).fullName()))
          .append(" |\n");
    }
    return text.toString();
  }

  /** The supervised schools ordered by their mentor school, as the order lists them. */
  public List<CycleSchool> pairsOf(long cycleId) {
    return cycleSchools.findIncluded(cycleId).stream()
        .sorted(java.util.Comparator.comparing((CycleSchool s) -> s.mentorSchoolCode() == null ? "" : s.mentorSchoolCode())
            .thenComparing(CycleSchool::schoolName))
        .toList();
  }

  public void recordHeadDecision(long cycleId, String decision, String comment) {
    if (ApprovalDecision.approves(decision, comment, "в закреплении")) {
      cycles.markPairsApproved(cycleId, calendar.now().toInstant());
    }
  }
}
