package ru.schoolsupport.schoolyear;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import ru.schoolsupport.audit.AuditField;
import ru.schoolsupport.audit.SchoolAudit;
import ru.schoolsupport.listformation.CycleSchool;
import ru.schoolsupport.process.ApprovalDecision;
import ru.schoolsupport.cycle.Cycle;
import ru.schoolsupport.cycle.CycleRepository;
import ru.schoolsupport.cycle.CycleService;
import ru.schoolsupport.listformation.CycleSchoolRepository;
import ru.schoolsupport.process.FormInputException;
import ru.schoolsupport.process.WorkCalendar;

/**
 * A school's documents under the curator's review: checks and keeps every submission as a version,
 * records each review round, and tells when the rounds reach the limit that draws the coordinator in.
 */
@Service
public class SchoolDocumentService {

  /** The documents' state as the monitoring shows it ({@code ss_cycle_school.documents_status}). */
  public static final String UNDER_REVIEW = "UNDER_REVIEW";
  public static final String RETURNED = "RETURNED";
  public static final String ACCEPTED = "ACCEPTED";

  /** The documents' state in words («Приняты»); none yet is «Не представлены». */
  public static String statusTitle(String status) {
    if (status == null) {
      return "Не представлены";
    }
    return switch (status) {
      case UNDER_REVIEW -> "На проверке куратора";
      case RETURNED -> "Возвращены на доработку";
      case ACCEPTED -> "Приняты";
      default -> status;
    };
  }

  private final SchoolDocumentRepository repository;
  private final RiskProfileService riskProfiles;
  private final CycleRepository cycles;
  private final SchoolYearSettings settings;
  private final WorkCalendar calendar;
  private final CycleSchoolRepository cycleSchools;
  private final SchoolAudit audit;

  public SchoolDocumentService(SchoolDocumentRepository repository, RiskProfileService riskProfiles,
      CycleRepository cycles, SchoolYearSettings settings, WorkCalendar calendar, CycleSchoolRepository cycleSchools,
      SchoolAudit audit) {
    this.audit = audit;
    this.cycleSchools = cycleSchools;
    this.repository = repository;
    this.riskProfiles = riskProfiles;
    this.cycles = cycles;
    this.settings = settings;
    this.calendar = calendar;
  }

  /** Checks the submission and keeps it as a new version; returns the version's number. */
  public int submit(long cycleId, String schoolCode, String submittedBy, DocumentSubmission d) {
    List<String> problems = problems(cycleId, schoolCode, d);
    if (!problems.isEmpty()) {
      throw new FormInputException(problems);
    }
    setStatus(cycleId, schoolCode, UNDER_REVIEW, null);
    int version = repository.saveVersion(cycleId, schoolCode, d, submittedBy, calendar.now().toInstant());
    audit.record(cycleId, schoolCode, AuditField.DOCUMENTS, version > 1 ? "версия " + (version - 1) : null,
        "версия " + version);
    return version;
  }

  /**
   * A version of a revision of accepted documents: the same checks as {@link #submit}, and the school says
   * which documents change and why. The documents' state stays «Приняты»: the accepted version is the current
   * one until this one is accepted.
   */
  public int submitRevision(long cycleId, String schoolCode, String submittedBy, DocumentSubmission d,
      long revisionId, List<String> revisedDocuments, String revisionNote) {
    List<String> problems = new ArrayList<>();
    if (revisedDocuments == null || revisedDocuments.isEmpty()) {
      problems.add("«Какие документы изменены»: отметьте хотя бы один документ");
    } else if (!DocumentRevisions.DOCUMENTS.keySet().containsAll(revisedDocuments)) {
      problems.add("«Какие документы изменены»: выберите значения из списка");
    }
    if (blank(revisionNote)) {
      problems.add("«Что изменено и почему»: опишите изменения");
    }
    problems.addAll(problems(cycleId, schoolCode, d));
    if (!problems.isEmpty()) {
      throw new FormInputException(problems);
    }
    int version = repository.saveVersion(cycleId, schoolCode, d, submittedBy, calendar.now().toInstant(), revisionId,
        String.join(",", revisedDocuments), revisionNote.strip());
    audit.record(cycleId, schoolCode, AuditField.DOCUMENTS, "версия " + (version - 1), "версия " + version,
        "актуализация: " + revisionNote.strip());
    return version;
  }

  private List<String> problems(long cycleId, String schoolCode, DocumentSubmission d) {
    Cycle cycle = cycles.get(cycleId);
    LocalDate first = cycle.periodType().firstDay(cycle.startYear());
    LocalDate last = cycle.periodType().lastDay(cycle.startYear());
    List<String> problems = new ArrayList<>();
    link(d.conceptLink(), "концепции развития", true, problems);
    link(d.roadmapLink(), "дорожной карты", true, problems);
    Set<String> priorities = Set.copyOf(riskProfiles.savedPriorities(cycleId, schoolCode));
    Set<String> submitted = d.programmes().stream().map(DocumentSubmission.Programme::factorCode)
        .collect(Collectors.toSet());
    if (!submitted.containsAll(priorities)) {
      problems.add("нужна антирисковая программа на каждый приоритетный риск");
    }
    for (DocumentSubmission.Programme p : d.programmes()) {
      String name = "программа «" + (p.factorTitle() == null ? p.factorCode() : p.factorTitle()) + "»";
      if (!priorities.contains(p.factorCode())) {
        problems.add(name + ": риск не выбран приоритетным в самодиагностике");
      }
      if (blank(p.goal())) {
        problems.add(name + ": укажите цель");
      }
      if (blank(p.tasks())) {
        problems.add(name + ": укажите задачи");
      }
      link(p.link(), name, false, problems);
      if (p.measures().isEmpty()) {
        problems.add(name + ": добавьте хотя бы одно мероприятие");
      }
      int n = 1;
      for (DocumentSubmission.Measure m : p.measures()) {
        String where = name + ", мероприятие " + n++;
        if (blank(m.what())) {
          problems.add(where + ": опишите мероприятие (пустое мероприятие не сохраняется)");
        }
        if (m.deadline() == null) {
          problems.add(where + ": укажите срок");
        } else if (m.deadline().isBefore(first) || m.deadline().isAfter(last)) {
          problems.add(where + ": срок " + CycleService.RUSSIAN_DATE.format(m.deadline()) + " вне периода цикла ("
              + CycleService.RUSSIAN_DATE.format(first) + " — " + CycleService.RUSSIAN_DATE.format(last) + ")");
        }
        if (blank(m.responsible())) {
          problems.add(where + ": укажите ответственного");
        }
      }
      if (p.indicators().isEmpty()) {
        problems.add(name + ": добавьте хотя бы один показатель");
      }
      n = 1;
      for (DocumentSubmission.Indicator i : p.indicators()) {
        String where = name + ", показатель " + n++;
        if (blank(i.name())) {
          problems.add(where + ": укажите название показателя");
        }
        if (i.baseline() == null || i.baseline().signum() < 0) {
          problems.add(where + ": базовое значение должно быть числом не меньше нуля");
        }
        if (i.target() == null || i.target().signum() < 0) {
          problems.add(where + ": целевое значение должно быть числом не меньше нуля");
        }
      }
    }
    return problems;
  }

  /** The outcome of a review round: accepted, and whether the rounds reached the limit. */
  public record ReviewOutcome(boolean accepted, int round, boolean roundLimitReached) {
  }

  public ReviewOutcome review(long cycleId, String schoolCode, String reviewer, String decision, String conceptComment,
      String roadmapComment, String programmesComment) {
    SavedReview saved = saveReview(cycleId, schoolCode, reviewer, decision, conceptComment, roadmapComment,
        programmesComment);
    boolean accepted = saved.accepted();
    setStatus(cycleId, schoolCode, accepted ? ACCEPTED : RETURNED, "версия " + saved.version() + ", проверка " + saved.round());
    int returns = (int) repository.reviews(cycleId, schoolCode).stream().filter(r -> !r.accepted()).count();
    return new ReviewOutcome(accepted, saved.round(), !accepted && returns >= settings.maxReviewRounds());
  }

  /**
   * The curator's review of a revision's version: the same decisions and rules as {@link #review}; accepted, the
   * version becomes the current one (the documents' state stays «Приняты» throughout). Returns whether accepted.
   */
  public boolean reviewRevision(long cycleId, String schoolCode, String reviewer, String decision,
      String conceptComment, String roadmapComment, String programmesComment) {
    return saveReview(cycleId, schoolCode, reviewer, decision, conceptComment, roadmapComment, programmesComment)
        .accepted();
  }

  private record SavedReview(boolean accepted, int version, int round) {
  }

  private SavedReview saveReview(long cycleId, String schoolCode, String reviewer, String decision,
      String conceptComment, String roadmapComment, String programmesComment) {
    boolean accepted = ApprovalDecision.isApproved(decision);
    if (!accepted && !ApprovalDecision.isReturned(decision)) {
      throw new FormInputException("выберите решение: «Принять документы» или «Вернуть на доработку»");
    }
    if (!accepted && blank(conceptComment) && blank(roadmapComment) && blank(programmesComment)) {
      throw new FormInputException("при возврате напишите замечания хотя бы к одному документу");
    }
    SchoolDocumentRepository.Version version = repository.latest(cycleId, schoolCode)
        .orElseThrow(() -> new IllegalStateException("No documents of " + schoolCode + " in cycle " + cycleId));
    int round = repository.reviews(cycleId, schoolCode).size() + 1;
    repository.saveReview(version.id(), round, reviewer, accepted, trim(conceptComment), trim(roadmapComment),
        trim(programmesComment), calendar.now().toInstant());
    if (accepted) {
      repository.markAccepted(version.id(), calendar.now().toInstant());
    }
    return new SavedReview(accepted, version.number(), round);
  }

  /** The coordinator's decision after the rounds reached the limit: accept the documents as they are, or one more round. */
  public boolean coordinatorAccepts(long cycleId, String schoolCode, String decision) {
    boolean accepted = coordinatorAccepts(decision);
    if (accepted) {
      repository.latest(cycleId, schoolCode).ifPresent(v -> repository.markAccepted(v.id(), calendar.now().toInstant()));
    }
    setStatus(cycleId, schoolCode, accepted ? ACCEPTED : RETURNED, "решение координатора");
    return accepted;
  }

  private void setStatus(long cycleId, String schoolCode, String status, String comment) {
    String before = cycleSchools.find(cycleId, schoolCode).map(CycleSchool::documentsStatus).orElse(null);
    cycleSchools.setDocumentsStatus(cycleId, schoolCode, status);
    audit.record(cycleId, schoolCode, AuditField.DOCUMENTS_STATUS, before, status, comment);
  }

  boolean coordinatorAccepts(String decision) {
    if (ApprovalDecision.isApproved(decision)) {
      return true;
    }
    if (ApprovalDecision.isReturned(decision)) {
      return false;
    }
    throw new FormInputException("выберите решение: «Принять документы» или «Вернуть школе на доработку»");
  }

  public java.util.Optional<SchoolDocumentRepository.Version> latest(long cycleId, String schoolCode) {
    return repository.latest(cycleId, schoolCode);
  }

  /** The number of the newest accepted version (the current documents), if any. */
  public java.util.Optional<Integer> acceptedVersion(long cycleId, String schoolCode) {
    return repository.acceptedVersion(cycleId, schoolCode);
  }

  public List<DocumentReview> reviews(long cycleId, String schoolCode) {
    return repository.reviews(cycleId, schoolCode);
  }

  /** The programmes a school must write: one per priority risk, with its last version's content. */
  public List<DocumentSubmission.Programme> programmesToWrite(long cycleId, String schoolCode) {
    Map<String, String> titles = new LinkedHashMap<>();
    riskProfiles.factors(cycleId).forEach(f -> titles.put(f.code(), f.title()));
    Map<String, DocumentSubmission.Programme> last = new LinkedHashMap<>();
    repository.latest(cycleId, schoolCode).ifPresent(v -> v.documents().programmes()
        .forEach(p -> last.put(p.factorCode(), p)));
    List<DocumentSubmission.Programme> programmes = new ArrayList<>();
    for (String code : riskProfiles.savedPriorities(cycleId, schoolCode)) {
      DocumentSubmission.Programme previous = last.get(code);
      programmes.add(previous != null
          ? new DocumentSubmission.Programme(code, titles.get(code), previous.goal(), previous.tasks(), previous.link(),
              previous.measures(), previous.indicators())
          : new DocumentSubmission.Programme(code, titles.get(code), "", "", "", List.of(), List.of()));
    }
    return programmes;
  }

  public int maxReviewRounds() {
    return settings.maxReviewRounds();
  }

  private static void link(String link, String what, boolean required, List<String> problems) {
    if (blank(link)) {
      if (required) {
        problems.add("укажите ссылку на страницу " + what + " на сайте школы");
      }
    } else if (!link.strip().matches("https?://\\S+")) {
      problems.add("ссылка " + what + " должна начинаться с http:// или https://");
    }
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }

  private static String trim(String text) {
    return blank(text) ? null : text.strip();
  }

  static BigDecimal number(Object value) {
    if (value == null || value.toString().isBlank()) {
      return null;
    }
    try {
      return new BigDecimal(value.toString().strip().replace(',', '.'));
    } catch (NumberFormatException e) {
      throw new FormInputException("«" + value + "» не является числом");
    }
  }
}
