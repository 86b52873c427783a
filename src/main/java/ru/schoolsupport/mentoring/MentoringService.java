package ru.schoolsupport.mentoring;

import java.util.ArrayList;
import java.util.Comparator;
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
 * takes the coordinator's choices from lists of names (checked against the lists offered), and the
 * head's decision.
 */
@Service
public class MentoringService {

  private final CycleSchoolRepository cycleSchools;
  private final CycleRepository cycles;
  private final DirectoryRepository directory;
  private final MentoringSettings settings;
  private final WorkCalendar calendar;
  private final SchoolAudit audit;

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
    Map<String, CycleSchool> before = new LinkedHashMap<>();
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

  /** A choice a form offers: what a person reads and the value the form submits. */
  public record Option(String label, String value) {
  }

  /** One school's pair as the coordinator's form shows and submits it: the row's number, the school, its choices. */
  public record PairRow(String ref, String schoolCode, String schoolName, String mentorCode, String curatorLogin) {
  }

  /**
   * The supervised schools as the coordinator's form lists them, numbered from 1: by district, name
   * and code, so the same list gives the same numbers when the form comes back.
   */
  public List<PairRow> pairRows(long cycleId) {
    List<CycleSchool> supervised = cycleSchools.findIncluded(cycleId).stream()
        .sorted(Comparator.comparing((CycleSchool s) -> s.district() == null ? "" : s.district())
            .thenComparing(CycleSchool::schoolName).thenComparing(CycleSchool::schoolCode))
        .toList();
    List<PairRow> rows = new ArrayList<>();
    for (int i = 0; i < supervised.size(); i++) {
      CycleSchool s = supervised.get(i);
      rows.add(new PairRow(String.valueOf(i + 1), s.schoolCode(), s.schoolName(), s.mentorSchoolCode(),
          s.curatorLogin()));
    }
    return rows;
  }

  /**
   * The mentor schools the coordinator may choose: the schools that can mentor and are not supervised
   * themselves, each with its load against the capacity as the pairs stand
   * («МОБУ лицей № 7 (наставник: 1 из 3)»).
   */
  public List<Option> mentorOptions(long cycleId) {
    List<CycleSchool> supervised = cycleSchools.findIncluded(cycleId);
    Set<String> supervisedCodes = supervised.stream().map(CycleSchool::schoolCode).collect(Collectors.toSet());
    Map<String, Long> load = supervised.stream().filter(s -> s.mentorSchoolCode() != null)
        .collect(Collectors.groupingBy(CycleSchool::mentorSchoolCode, Collectors.counting()));
    return directory.findSchools().stream().filter(School::canMentor).filter(s -> !supervisedCodes.contains(s.code()))
        .sorted(Comparator.comparing(School::shortName).thenComparing(School::code))
        .map(s -> new Option(s.shortName() + " (наставник: " + load.getOrDefault(s.code(), 0L) + " из " + settings.mentorCapacity() + ")", s.code()))
        .toList();
  }

  /** The curators the coordinator may choose, each with their load («Иванова И.И. (куратор: 2 из 3 школ)»). */
  public List<Option> curatorOptions(long cycleId) {
    Map<String, Long> load = cycleSchools.findIncluded(cycleId).stream().filter(s -> s.curatorLogin() != null)
        .collect(Collectors.groupingBy(CycleSchool::curatorLogin, Collectors.counting()));
    return directory.findPeopleInRole(Role.CURATOR).stream()
        .sorted(Comparator.comparing(Person::shortName).thenComparing(Person::login))
        .map(p -> new Option(p.shortName() + " (куратор: " + load.getOrDefault(p.login(), 0L) + " из "
            + settings.curatorLoad() + " " + schools(settings.curatorLoad()) + ")", p.login()))
        .toList();
  }

  /** «школы» after «из 1», «из 21»; «школ» otherwise. */
  static String schools(int count) {
    return count % 10 == 1 && count % 100 != 11 ? "школы" : "школ";
  }

  /** «1 школа», «3 школы», «5 школ». */
  static String schoolsCounted(int count) {
    int tens = count % 100;
    int units = count % 10;
    String word = tens >= 11 && tens <= 14 ? "школ" : units == 1 ? "школа" : units >= 2 && units <= 4 ? "школы" : "школ";
    return count + " " + word;
  }

  /** A submitted row: its number and the values chosen (null when none). */
  public record ChosenPair(String ref, String mentorCode, String curatorLogin) {
  }

  /**
   * Stores the coordinator's choices, one row per supervised school. Each value must be one of the
   * options the server offers now ({@link #mentorOptions}, {@link #curatorOptions}), each school needs
   * both, and no mentor school or curator may go over the limit; otherwise the whole edit is refused
   * with every problem named by its field and school, and nothing changes.
   */
  public void applyCoordinatorPairs(long cycleId, List<ChosenPair> chosen) {
    List<PairRow> rows = pairRows(cycleId);
    Map<String, PairRow> byRef = new LinkedHashMap<>();
    rows.forEach(r -> byRef.put(r.ref(), r));
    Map<String, School> schools = directory.schoolsByCode();
    Map<String, Person> people = directory.peopleByLogin();
    Set<String> mentors = mentorOptions(cycleId).stream().map(Option::value).collect(Collectors.toSet());
    Set<String> curators = curatorOptions(cycleId).stream().map(Option::value).collect(Collectors.toSet());
    List<String> problems = new ArrayList<>();
    Map<String, String[]> pairs = new LinkedHashMap<>();
    for (ChosenPair c : chosen) {
      PairRow row = c.ref() == null ? null : byRef.get(c.ref().strip());
      if (row == null) {
        problems.add("Поле «Школы-наставники и кураторы»: строки " + (c.ref() == null ? "без номера" : "№ " + c.ref())
            + " нет в утверждённом перечне — не изменяйте список, форма заполняет его сама");
        continue;
      }
      if (pairs.containsKey(row.schoolCode())) {
        problems.add("Поле «Школы-наставники и кураторы»: строка № " + row.ref() + " указана дважды");
        continue;
      }
      String where = "строка № " + row.ref() + " (" + row.schoolName() + ")";
      String mentor = c.mentorCode() == null || c.mentorCode().isBlank() ? null : c.mentorCode().strip();
      String curator = c.curatorLogin() == null || c.curatorLogin().isBlank() ? null : c.curatorLogin().strip();
      if (mentor == null) {
        problems.add("Поле «Школа-наставник», " + where + ": выберите школу-наставника");
      } else if (!mentors.contains(mentor)) {
        problems.add("Поле «Школа-наставник», " + where + ": выберите школу из списка");
      }
      if (curator == null) {
        problems.add("Поле «Куратор», " + where + ": выберите куратора");
      } else if (!curators.contains(curator)) {
        problems.add("Поле «Куратор», " + where + ": выберите куратора из списка");
      }
      pairs.put(row.schoolCode(), new String[] {mentor, curator});
    }
    for (PairRow row : rows) {
      if (!pairs.containsKey(row.schoolCode())) {
        problems.add("Поле «Школы-наставники и кураторы»: нет строки № " + row.ref() + " (" + row.schoolName()
            + ") — не изменяйте список, форма заполняет его сама");
      }
    }
    Map<String, Integer> mentorLoad = new LinkedHashMap<>();
    Map<String, Integer> curatorLoad = new LinkedHashMap<>();
    pairs.values().forEach(p -> {
      if (p[0] != null && mentors.contains(p[0])) {
        mentorLoad.merge(p[0], 1, Integer::sum);
      }
      if (p[1] != null && curators.contains(p[1])) {
        curatorLoad.merge(p[1], 1, Integer::sum);
      }
    });
    mentorLoad.forEach((mentor, load) -> {
      if (load > settings.mentorCapacity()) {
        problems.add("Поле «Школа-наставник»: за школой «" + schools.get(mentor).shortName() + "» выбрано "
            + schoolsCounted(load) + " при пределе " + settings.mentorCapacity());
      }
    });
    curatorLoad.forEach((curator, load) -> {
      if (load > settings.curatorLoad()) {
        problems.add("Поле «Куратор»: за куратором «" + people.get(curator).shortName() + "» выбрано "
            + schoolsCounted(load) + " при пределе " + settings.curatorLoad());
      }
    });
    if (!problems.isEmpty()) {
      throw new FormInputException(problems);
    }
    Map<String, CycleSchool> before = new LinkedHashMap<>();
    cycleSchools.findIncluded(cycleId).forEach(s -> before.put(s.schoolCode(), s));
    pairs.forEach((school, pair) -> {
      cycleSchools.setPair(cycleId, school, pair[0], pair[1]);
      auditPair(cycleId, before.get(school), school, pair[0], pair[1]);
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
