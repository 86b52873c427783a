package ru.schoolsupport.addition;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import ru.schoolsupport.audit.AuditField;
import ru.schoolsupport.audit.SchoolAudit;
import ru.schoolsupport.cycle.Cycle;
import ru.schoolsupport.cycle.CycleDeadlines;
import ru.schoolsupport.cycle.CycleRepository;
import ru.schoolsupport.cycle.CycleService;
import ru.schoolsupport.cycle.CycleStatus;
import ru.schoolsupport.cycle.DeadlineKind;
import ru.schoolsupport.cycle.SchoolDeadlines;
import ru.schoolsupport.directory.DirectoryRepository;
import ru.schoolsupport.directory.Person;
import ru.schoolsupport.directory.Role;
import ru.schoolsupport.directory.School;
import ru.schoolsupport.listformation.Candidate;
import ru.schoolsupport.listformation.CandidateSource;
import ru.schoolsupport.listformation.Category;
import ru.schoolsupport.listformation.CycleSchool;
import ru.schoolsupport.listformation.CycleSchoolRepository;
import ru.schoolsupport.listformation.ListFormationService;
import ru.schoolsupport.listformation.Project;
import ru.schoolsupport.mentoring.MentoringSettings;
import ru.schoolsupport.process.ApprovalDecision;
import ru.schoolsupport.process.FormInputException;
import ru.schoolsupport.process.Markdown;
import ru.schoolsupport.process.WorkCalendar;

/**
 * A school added to a running cycle during the year (docs/adr/0042): the coordinator's proposal with its
 * reason, checked against the choices the server offers; the head's decision; the mentor school and the
 * curator within their limits, counting the schools of the list and the additions still on their way;
 * and, once the amending order is issued, the school on the cycle's list with its pair and its own
 * deadlines for the day it joins, each change audited.
 */
@Service
public class SchoolAdditionService {

  /** A choice as a form shows and submits it. */
  public record Option(String label, String value) {
  }

  /** What the coordinator's proposal form submits. */
  public record Proposal(String cycle, String school, String category, String project, String reason, String basis,
      String comment) {
  }

  /** The school's place after the amending order: its deadlines and the list's line it takes. */
  public record Joined(SchoolAddition addition, CycleDeadlines deadlines) {
  }

  static final int MAX_BASIS = 300;
  static final int MAX_REASON = 1500;

  private final SchoolAdditionRepository additions;
  private final CycleRepository cycles;
  private final CycleSchoolRepository cycleSchools;
  private final DirectoryRepository directory;
  private final MentoringSettings limits;
  private final SchoolDeadlines schoolDeadlines;
  private final SchoolAudit audit;
  private final WorkCalendar calendar;

  public SchoolAdditionService(SchoolAdditionRepository additions, CycleRepository cycles,
      CycleSchoolRepository cycleSchools, DirectoryRepository directory, MentoringSettings limits,
      SchoolDeadlines schoolDeadlines, SchoolAudit audit, WorkCalendar calendar) {
    this.additions = additions;
    this.cycles = cycles;
    this.cycleSchools = cycleSchools;
    this.directory = directory;
    this.limits = limits;
    this.schoolDeadlines = schoolDeadlines;
    this.audit = audit;
    this.calendar = calendar;
  }

  // ---- the proposal

  /** The cycles a school may join: running, with their order issued (the amending order changes it); newest first. */
  public List<Cycle> openCycles() {
    return cycles.findAll().stream().filter(c -> c.status() == CycleStatus.RUNNING && c.orderNumber() != null)
        .sorted(Comparator.comparing(Cycle::startYear).reversed().thenComparing(Cycle::id)).toList();
  }

  public List<Option> cycleOptions() {
    return openCycles().stream().map(c -> new Option(cycleLabel(c), String.valueOf(c.id()))).toList();
  }

  /**
   * The schools of the directory that may join each open cycle: not on its list and not proposed for it
   * by another addition on its way (this addition's own school stays offered). The value is «cycleId:code»;
   * with more than one open cycle each name says its cycle.
   */
  public List<Option> schoolOptions(Long additionId) {
    List<Cycle> open = openCycles();
    List<School> schools = directory.findSchools().stream()
        .sorted(Comparator.comparing(School::shortName).thenComparing(School::code)).toList();
    List<Option> options = new ArrayList<>();
    for (Cycle cycle : open) {
      Set<String> taken = taken(cycle.id(), additionId);
      for (School s : schools) {
        if (!taken.contains(s.code())) {
          options.add(new Option(open.size() > 1 ? s.shortName() + " (" + cycleLabel(cycle) + ")" : s.shortName(),
              schoolValue(cycle.id(), s.code())));
        }
      }
    }
    return options;
  }

  /** The schools a cycle's list includes and those other additions on their way propose. */
  private Set<String> taken(long cycleId, Long additionId) {
    Set<String> taken = new HashSet<>();
    cycleSchools.findIncluded(cycleId).forEach(s -> taken.add(s.schoolCode()));
    additions.ofCycle(cycleId).stream().filter(a -> a.status().open())
        .filter(a -> additionId == null || a.id() != additionId).forEach(a -> taken.add(a.schoolCode()));
    return taken;
  }

  public static String schoolValue(long cycleId, String schoolCode) {
    return cycleId + ":" + schoolCode;
  }

  public static String cycleLabel(Cycle cycle) {
    return cycle.title().contains(cycle.businessKey()) ? cycle.title() : cycle.title() + " (" + cycle.businessKey() + ")";
  }

  /**
   * Stores the coordinator's proposal (a new one, or the one the head returned, changed). Each choice must
   * be among those offered now; the reason's act is required for a regional list or a collegium decision.
   * A wrong entry refuses it whole, naming the field, and nothing is stored.
   */
  public SchoolAddition propose(Long additionId, Proposal proposal, String coordinator, String processInstanceId) {
    List<String> problems = new ArrayList<>();
    String cycleValue = blankToNull(proposal.cycle());
    Cycle cycle = cycleValue == null ? null
        : openCycles().stream().filter(c -> String.valueOf(c.id()).equals(cycleValue)).findFirst().orElse(null);
    if (cycleValue == null) {
      problems.add("Поле «Цикл»: выберите цикл");
    } else if (cycle == null) {
      problems.add("Поле «Цикл»: выберите цикл из списка (школа включается только в идущий цикл, приказ по которому издан)");
    }
    String schoolValue = blankToNull(proposal.school());
    String schoolCode = null;
    if (schoolValue == null) {
      problems.add("Поле «Школа»: выберите школу");
    } else if (cycle != null) {
      Optional<Option> offered = schoolOptions(additionId).stream().filter(o -> o.value().equals(schoolValue)).findFirst();
      if (offered.isEmpty()) {
        String code = schoolValue.contains(":") ? schoolValue.substring(schoolValue.indexOf(':') + 1) : schoolValue;
        boolean listed = cycleSchools.find(cycle.id(), code).map(CycleSchool::included).orElse(false);
        problems.add(listed ? "Поле «Школа»: школа уже в перечне цикла «" + cycleLabel(cycle) + "»"
            : "Поле «Школа»: выберите школу из списка (школы, которых нет в перечне цикла и которые не предложены к включению)");
      } else if (!schoolValue.startsWith(cycle.id() + ":")) {
        problems.add("Поле «Школа»: выберите школу для цикла «" + cycleLabel(cycle) + "»");
      } else {
        schoolCode = schoolValue.substring(schoolValue.indexOf(':') + 1);
      }
    }
    Category category = Category.parse(proposal.category());
    if (category == null) {
      problems.add("Поле «Категория»: выберите ШНОР, ШФНСУ или обе");
    }
    Project project = projectOf(proposal.project());
    if (project == null) {
      problems.add("Поле «Проект»: выберите проект из списка");
    }
    AdditionReason reason = AdditionReason.parse(proposal.reason());
    if (reason == null) {
      problems.add("Поле «Основание включения»: выберите основание из списка");
    }
    String basis = blankToNull(proposal.basis());
    if (reason != null && reason.needsBasis() && basis == null) {
      problems.add("Поле «Документ-основание»: укажите " + (reason == AdditionReason.REGIONAL_LIST
          ? "приказ, которым утверждён региональный перечень (например, «приказ министерства образования области от 10.03.2027 № 312»)"
          : "протокол заседания коллегии (например, «протокол заседания коллегии от 12.03.2027 № 3»)"));
    } else if (basis != null && basis.length() > MAX_BASIS) {
      problems.add("Поле «Документ-основание»: не длиннее " + MAX_BASIS + " знаков");
    }
    String comment = blankToNull(proposal.comment());
    if (comment == null) {
      problems.add("Поле «Обоснование»: укажите, почему школа включается в течение года");
    } else if (comment.length() > MAX_REASON) {
      problems.add("Поле «Обоснование»: не длиннее " + MAX_REASON + " знаков");
    }
    if (!problems.isEmpty()) {
      throw new FormInputException(problems);
    }
    if (additionId == null) {
      long id = additions.insert(cycle.id(), schoolCode, category, project, reason, basis, comment, coordinator,
          calendar.now().toInstant(), processInstanceId);
      return additions.get(id);
    }
    additions.updateProposal(additionId, cycle.id(), schoolCode, category, project, reason, basis, comment, coordinator,
        calendar.now().toInstant());
    return additions.get(additionId);
  }

  private static Project projectOf(String value) {
    if (value == null) {
      return null;
    }
    for (Project p : Project.values()) {
      if (p.name().equalsIgnoreCase(value.strip())) {
        return p;
      }
    }
    return null;
  }

  /** The proposal as the head reads it (Markdown). */
  public String summary(long additionId) {
    SchoolAddition a = additions.get(additionId);
    Cycle cycle = cycles.get(a.cycleId());
    School school = directory.findSchool(a.schoolCode()).orElseThrow();
    StringBuilder text = new StringBuilder();
    text.append("**Школа:** ").append(Markdown.inline(school.shortName())).append(" — ")
        .append(Markdown.inline(school.fullName()))
        .append(school.district() == null ? "" : ", " + Markdown.inline(school.district()) + " район").append("\n\n");
    text.append("**Цикл:** ").append(Markdown.inline(cycleLabel(cycle))).append("; приказ от ")
        .append(CycleService.RUSSIAN_DATE.format(cycle.orderDate())).append(" № ").append(Markdown.inline(cycle.orderNumber()))
        .append("\n\n");
    text.append("**Категория:** ").append(a.category().title()).append("; **проект:** ").append(Markdown.inline(a.project().title()))
        .append("\n\n");
    text.append("**Основание:** ").append(Markdown.inline(a.reasonKind().title()))
        .append(a.basis() == null ? "" : " — " + Markdown.inline(a.basis())).append("\n\n");
    text.append("**Обоснование:** ").append(Markdown.inline(a.reason())).append("\n\n");
    if (a.mentorSchoolCode() != null) {
      Map<String, School> schools = directory.schoolsByCode();
      Person curator = directory.findPerson(a.curatorLogin()).orElse(null);
      text.append("**Школа-наставник:** ").append(Markdown.inline(schools.get(a.mentorSchoolCode()).shortName()))
          .append("; **куратор:** ").append(curator == null ? "—" : Markdown.inline(curator.fullName())).append("\n\n");
    }
    text.append("Сроки школы будут установлены от дня включения (приказа о внесении изменений): самодиагностика и документы — "
        + "не раньше чем через две и четыре недели, отчёты за этапы — в сроки цикла, если они достижимы.");
    return text.toString();
  }

  /** The head's decision: true when approved; a return needs a comment (docs/adr/0016). */
  public boolean decide(long additionId, String decision, String comment) {
    boolean approved = ApprovalDecision.approves(decision, comment, "в предложении о включении школы");
    additions.setDecision(additionId, approved ? AdditionStatus.APPROVED : AdditionStatus.RETURNED,
        comment == null || comment.isBlank() ? null : comment.strip());
    return approved;
  }

  // ---- the mentor school and the curator

  /** How many schools each mentor school and curator has in the cycle: its list and the pairs of other additions on their way. */
  private record Loads(Map<String, Integer> mentors, Map<String, Integer> curators, Set<String> supervised) {
  }

  private Loads loads(SchoolAddition addition) {
    Map<String, Integer> mentors = new HashMap<>();
    Map<String, Integer> curators = new HashMap<>();
    Set<String> supervised = new HashSet<>();
    supervised.add(addition.schoolCode());
    for (CycleSchool s : cycleSchools.findIncluded(addition.cycleId())) {
      supervised.add(s.schoolCode());
      if (s.mentorSchoolCode() != null) {
        mentors.merge(s.mentorSchoolCode(), 1, Integer::sum);
      }
      if (s.curatorLogin() != null) {
        curators.merge(s.curatorLogin(), 1, Integer::sum);
      }
    }
    for (SchoolAddition other : additions.ofCycle(addition.cycleId())) {
      if (other.id() == addition.id() || other.status() != AdditionStatus.PAIRED) {
        continue;
      }
      supervised.add(other.schoolCode());
      mentors.merge(other.mentorSchoolCode(), 1, Integer::sum);
      curators.merge(other.curatorLogin(), 1, Integer::sum);
    }
    return new Loads(mentors, curators, supervised);
  }

  private List<School> mentorsOf(Loads loads) {
    return directory.findSchools().stream().filter(School::canMentor).filter(s -> !loads.supervised().contains(s.code()))
        .sorted(Comparator.comparing(School::shortName).thenComparing(School::code)).toList();
  }

  /** The mentor schools with their load against the capacity, as the pairs form of the cycle shows them. */
  public List<Option> mentorOptions(long additionId) {
    Loads loads = loads(additions.get(additionId));
    return mentorsOf(loads).stream().map(s -> new Option(s.shortName() + " (наставник: "
        + loads.mentors().getOrDefault(s.code(), 0) + " из " + limits.mentorCapacity() + ")", s.code())).toList();
  }

  /** The curators with their load («Кузнецова О.Н. (куратор: 2 из 3 школ)»). */
  public List<Option> curatorOptions(long additionId) {
    Loads loads = loads(additions.get(additionId));
    return directory.findPeopleInRole(Role.CURATOR).stream()
        .sorted(Comparator.comparing(Person::shortName).thenComparing(Person::login))
        .map(p -> new Option(p.shortName() + " (куратор: " + loads.curators().getOrDefault(p.login(), 0) + " из "
            + limits.curatorLoad() + " " + (limits.curatorLoad() % 10 == 1 && limits.curatorLoad() % 100 != 11 ? "школы" : "школ")
            + ")", p.login()))
        .toList();
  }

  /** The mentor school proposed: one with room, of the school's district first, then the least loaded. */
  public String proposedMentor(long additionId) {
    SchoolAddition addition = additions.get(additionId);
    if (addition.mentorSchoolCode() != null) {
      return addition.mentorSchoolCode();
    }
    Loads loads = loads(addition);
    String district = directory.findSchool(addition.schoolCode()).map(School::district).orElse(null);
    return mentorsOf(loads).stream().filter(m -> loads.mentors().getOrDefault(m.code(), 0) < limits.mentorCapacity())
        .min(Comparator.<School>comparingInt(m -> district != null && district.equals(m.district()) ? 0 : 1)
            .thenComparingInt(m -> loads.mentors().getOrDefault(m.code(), 0)).thenComparing(School::code))
        .map(School::code).orElse(null);
  }

  /** The curator proposed: the least loaded with room. */
  public String proposedCurator(long additionId) {
    SchoolAddition addition = additions.get(additionId);
    if (addition.curatorLogin() != null) {
      return addition.curatorLogin();
    }
    Loads loads = loads(addition);
    return directory.findPeopleInRole(Role.CURATOR).stream().map(Person::login)
        .filter(c -> loads.curators().getOrDefault(c, 0) < limits.curatorLoad())
        .min(Comparator.<String>comparingInt(c -> loads.curators().getOrDefault(c, 0)).thenComparing(c -> c))
        .orElse(null);
  }

  /**
   * Stores the mentor school and the curator chosen: each one of the options offered, neither over its
   * limit with this school (the list's schools and the other additions on their way counted).
   */
  public void choosePair(long additionId, String mentor, String curator) {
    SchoolAddition addition = additions.get(additionId);
    Loads loads = loads(addition);
    Map<String, School> schools = directory.schoolsByCode();
    Map<String, Person> people = directory.peopleByLogin();
    List<String> problems = new ArrayList<>();
    String m = blankToNull(mentor);
    String c = blankToNull(curator);
    if (m == null) {
      problems.add("Поле «Школа-наставник»: выберите школу-наставника");
    } else if (mentorsOf(loads).stream().noneMatch(s -> s.code().equals(m))) {
      problems.add("Поле «Школа-наставник»: выберите школу из списка");
    } else if (loads.mentors().getOrDefault(m, 0) + 1 > limits.mentorCapacity()) {
      problems.add("Поле «Школа-наставник»: за школой «" + schools.get(m).shortName() + "» уже "
          + loads.mentors().getOrDefault(m, 0) + " из " + limits.mentorCapacity() + " курируемых школ; выберите другую");
    }
    if (c == null) {
      problems.add("Поле «Куратор»: выберите куратора");
    } else if (!people.containsKey(c) || people.get(c).role() != Role.CURATOR) {
      problems.add("Поле «Куратор»: выберите куратора из списка");
    } else if (loads.curators().getOrDefault(c, 0) + 1 > limits.curatorLoad()) {
      problems.add("Поле «Куратор»: за куратором «" + people.get(c).shortName() + "» уже "
          + loads.curators().getOrDefault(c, 0) + " из " + limits.curatorLoad() + " школ; выберите другого");
    }
    if (!problems.isEmpty()) {
      throw new FormInputException(problems);
    }
    additions.setPair(additionId, m, c);
  }

  // ---- joining

  /** The school's deadlines if it joined today. */
  public CycleDeadlines deadlinesOnJoining(long additionId, LocalDate joinedOn) {
    Cycle cycle = cycles.get(additions.get(additionId).cycleId());
    return JoiningDeadlines.of(cycle.deadlines(), joinedOn, cycle.periodType().lastDay(cycle.startYear()));
  }

  /**
   * The amending order issued: the school goes on the cycle's list with its reason, its mentor school and
   * curator, and its own deadlines for today (kept where they differ from the cycle's), all audited.
   */
  public Joined join(long additionId, String orderNumber, LocalDate orderDate) {
    SchoolAddition addition = additions.get(additionId);
    Cycle cycle = cycles.get(addition.cycleId());
    if (cycle.status() != CycleStatus.RUNNING) {
      throw new FormInputException("цикл «" + cycleLabel(cycle) + "» уже завершён: школа в него не включается");
    }
    if (cycleSchools.find(cycle.id(), addition.schoolCode()).map(CycleSchool::included).orElse(false)) {
      throw new FormInputException("школа уже в перечне цикла «" + cycleLabel(cycle) + "»");
    }
    LocalDate today = calendar.today();
    CycleDeadlines own = deadlinesOnJoining(additionId, today);
    String code = addition.schoolCode();
    String reason = addition.listReason();
    String comment = "Приказ о внесении изменений от " + CycleService.RUSSIAN_DATE.format(orderDate) + " № " + orderNumber;
    String listReason = reason.length() > 2000 ? reason.substring(0, 1999) + "…" : reason;
    cycleSchools.includeDuringYear(cycle.id(), new Candidate(code, addition.category(), addition.project(),
        CandidateSource.DURING_YEAR, listReason), comment);
    cycleSchools.setPair(cycle.id(), code, addition.mentorSchoolCode(), addition.curatorLogin());
    audit.record(cycle.id(), code, AuditField.LIST_ENTRY, null, ListFormationService.INCLUDED, listReason);
    audit.record(cycle.id(), code, AuditField.CATEGORY, null, addition.category().title());
    audit.record(cycle.id(), code, AuditField.PROJECT, null, addition.project().title());
    audit.record(cycle.id(), code, AuditField.MENTOR_SCHOOL, null, addition.mentorSchoolCode());
    audit.record(cycle.id(), code, AuditField.CURATOR, null, addition.curatorLogin());
    for (DeadlineKind kind : List.of(DeadlineKind.DOCUMENTS, DeadlineKind.STAGE1, DeadlineKind.STAGE2, DeadlineKind.FINAL)) {
      LocalDate cycleDate = kind.of(cycle.deadlines());
      LocalDate date = kind.of(own);
      if (!date.equals(cycleDate)) {
        schoolDeadlines.setForSchool(cycle.id(), code, kind, date);
        schoolDeadlines.recordMove(cycle.id(), code, kind, cycleDate, date, "Школа включена в течение года: " + comment,
            addition.proposedBy(), calendar.now().toInstant(), 0);
        audit.record(cycle.id(), code, AuditField.deadline(kind.name()), cycleDate, date,
            "Срок от дня включения школы: " + comment);
      }
    }
    additions.setJoined(additionId, orderNumber, orderDate, today);
    return new Joined(additions.get(additionId), own);
  }

  public SchoolAddition get(long additionId) {
    return additions.get(additionId);
  }

  public Optional<SchoolAddition> find(long additionId) {
    return additions.find(additionId);
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
