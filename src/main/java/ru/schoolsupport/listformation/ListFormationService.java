package ru.schoolsupport.listformation;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import ru.schoolsupport.audit.AuditField;
import ru.schoolsupport.audit.SchoolAudit;
import ru.schoolsupport.cycle.Cycle;
import ru.schoolsupport.cycle.CycleRepository;
import ru.schoolsupport.directory.DirectoryRepository;
import ru.schoolsupport.directory.School;
import ru.schoolsupport.process.ApprovalDecision;
import ru.schoolsupport.process.FormInputException;
import ru.schoolsupport.process.WorkCalendar;

/**
 * Forms a cycle's list: proposes candidates with their reasons, takes the coordinator's edits (every
 * change with a reason) and the head's decision.
 */
@Service
public class ListFormationService {

  /** Outcomes of a school's year that keep it on the next cycle's list. */
  public static final Set<String> OUTCOMES_THAT_STAY = Set.of("CONTINUES", "MORE_HELP");
  /** A school's place on the list as the audit records it ({@link AuditField#LIST_ENTRY}). */
  public static final String INCLUDED = "INCLUDED";
  public static final String EXCLUDED = "EXCLUDED";

  private final CycleRepository cycles;
  private final CycleSchoolRepository cycleSchools;
  private final ListSourcesRepository sources;
  private final DirectoryRepository directory;
  private final CandidateSelection selection;
  private final WorkCalendar calendar;
  private final SchoolAudit audit;

  public ListFormationService(CycleRepository cycles, CycleSchoolRepository cycleSchools, ListSourcesRepository sources,
      DirectoryRepository directory, ListFormationSettings settings, WorkCalendar calendar, SchoolAudit audit) {
    this.audit = audit;
    this.cycles = cycles;
    this.cycleSchools = cycleSchools;
    this.sources = sources;
    this.directory = directory;
    this.selection = new CandidateSelection(settings);
    this.calendar = calendar;
  }

  /** Stores the proposed candidates, all kept on the list to begin with; returns their codes. */
  public List<String> proposeCandidates(long cycleId) {
    Cycle cycle = cycles.get(cycleId);
    if (!cycleSchools.findByCycle(cycleId).isEmpty()) {
      return includedCodes(cycleId);
    }
    Set<String> carriedOver = cycles.findPrevious(cycle)
        .map(previous -> cycleSchools.carriedOver(previous.id(), OUTCOMES_THAT_STAY)).orElse(Set.of());
    List<Candidate> stopped = cycles.findPrevious(cycle).map(previous -> cycleSchools.stopped(previous.id()))
        .orElse(List.of());
    List<Candidate> candidates = selection.propose(sources.regionalList(cycle.startYear()),
        sources.latestIndicators(cycle.startYear()), carriedOver, stopped);
    for (Candidate candidate : candidates) {
      cycleSchools.insert(cycleId, candidate, true, null);
      audit.record(cycleId, candidate.schoolCode(), AuditField.LIST_ENTRY, null, INCLUDED, candidate.reason());
    }
    return candidates.stream().map(Candidate::schoolCode).toList();
  }

  public List<String> includedCodes(long cycleId) {
    return cycleSchools.findIncluded(cycleId).stream().map(CycleSchool::schoolCode).toList();
  }

  public List<CycleSchool> included(long cycleId) {
    return cycleSchools.findIncluded(cycleId);
  }

  public List<CycleSchool> all(long cycleId) {
    return cycleSchools.findByCycle(cycleId);
  }

  /**
   * Applies the coordinator's list: schools added by hand join as the coordinator's, candidates left
   * out are kept as excluded. Any change needs a reason; unknown schools are refused.
   */
  public void applyCoordinatorList(long cycleId, List<String> schoolCodes, String comment) {
    Map<String, School> schools = directory.schoolsByCode();
    Set<String> wanted = new LinkedHashSet<>(schoolCodes);
    List<String> problems = new ArrayList<>();
    List<String> unknown = wanted.stream().filter(code -> !schools.containsKey(code)).toList();
    if (!unknown.isEmpty()) {
      problems.add("нет в справочнике школ с кодами " + String.join(", ", unknown));
    }
    Map<String, CycleSchool> current = cycleSchools.findByCycle(cycleId).stream()
        .collect(Collectors.toMap(CycleSchool::schoolCode, s -> s));
    boolean changed = wanted.stream().anyMatch(code -> current.get(code) == null || !current.get(code).included())
        || current.values().stream().anyMatch(s -> s.included() && !wanted.contains(s.schoolCode()));
    String reason = comment == null || comment.isBlank() ? null : comment.strip();
    if (changed && reason == null) {
      problems.add("список изменён: укажите причину изменений (поле «Обоснование изменений»)");
    }
    if (!problems.isEmpty()) {
      throw new FormInputException(problems);
    }
    for (String code : wanted) {
      CycleSchool school = current.get(code);
      if (school == null) {
        cycleSchools.insert(cycleId, new Candidate(code, Category.SHNOR, Project.MUNICIPAL, CandidateSource.COORDINATOR,
            "добавлена координатором: " + reason), true, reason);
        audit.record(cycleId, code, AuditField.LIST_ENTRY, null, INCLUDED, reason);
      } else if (!school.included()) {
        cycleSchools.setIncluded(cycleId, code, true, reason);
        audit.record(cycleId, code, AuditField.LIST_ENTRY, EXCLUDED, INCLUDED, reason);
      }
    }
    for (CycleSchool school : current.values()) {
      if (school.included() && !wanted.contains(school.schoolCode())) {
        cycleSchools.setIncluded(cycleId, school.schoolCode(), false, reason);
        audit.record(cycleId, school.schoolCode(), AuditField.LIST_ENTRY, INCLUDED, EXCLUDED, reason);
      }
    }
  }

  /** The head's decision on the list: approved, or returned with a comment. */
  public void recordHeadDecision(long cycleId, String decision, String comment) {
    if (ApprovalDecision.approves(decision, comment, "в перечне")) {
      cycles.markListApproved(cycleId, calendar.now().toInstant());
    }
  }
}
