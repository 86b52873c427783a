package ru.schoolsupport.schoolyear;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import ru.schoolsupport.audit.AuditField;
import ru.schoolsupport.audit.SchoolAudit;
import ru.schoolsupport.cycle.CycleRegistered;
import ru.schoolsupport.process.FormInputException;
import ru.schoolsupport.process.WorkCalendar;

/**
 * A school's self-assessment: every factor of the cycle rated, with a comment where it matters, and
 * one to N priority risks chosen among the factors rated as risks.
 */
@Service
public class RiskProfileService {

  private final RiskProfileRepository repository;
  private final RiskFactorSettings settings;
  private final WorkCalendar calendar;

  private final SchoolAudit audit;

  public RiskProfileService(RiskProfileRepository repository, RiskFactorSettings settings, WorkCalendar calendar,
      SchoolAudit audit) {
    this.audit = audit;
    this.repository = repository;
    this.settings = settings;
    this.calendar = calendar;
  }

  /**
   * Gives a new cycle the configured factors; later changes of the configuration do not touch it. Heard
   * synchronously, in the transaction that registers the cycle.
   */
  @EventListener
  public void cycleRegistered(CycleRegistered event) {
    startCycle(event.cycleId());
  }

  /** Gives a cycle the configured factors unless it has them. */
  public void startCycle(long cycleId) {
    if (repository.factors(cycleId).isEmpty()) {
      repository.saveFactors(cycleId, settings.factors());
    }
  }

  public List<RiskFactorSettings.Factor> factors(long cycleId) {
    return repository.factors(cycleId);
  }

  /** The cycle's factor codes by their titles: forms show and submit titles, not codes. */
  public Map<String, String> codesByTitle(long cycleId) {
    Map<String, String> codes = new LinkedHashMap<>();
    repository.factors(cycleId).forEach(f -> codes.put(f.title(), f.code()));
    return codes;
  }

  public int maxPriorityRisks() {
    return settings.maxPriorityRisks();
  }

  /** One row of the form: a factor with the school's rating and comment (empty strings when new). */
  public record Row(String factor, String title, String rating, String comment) {
  }

  /** The form's rows: every factor, with the school's last submission filled in. */
  public List<Row> rows(long cycleId, String schoolCode) {
    Map<String, RiskProfileRepository.Rating> saved = new LinkedHashMap<>();
    repository.ratings(cycleId, schoolCode).forEach(r -> saved.put(r.factorCode(), r));
    List<Row> rows = new ArrayList<>();
    for (RiskFactorSettings.Factor f : repository.factors(cycleId)) {
      RiskProfileRepository.Rating r = saved.get(f.code());
      rows.add(new Row(f.code(), f.title(), r == null ? "" : r.rating().name(),
          r == null || r.comment() == null ? "" : r.comment()));
    }
    return rows;
  }

  public List<String> savedPriorities(long cycleId, String schoolCode) {
    return repository.ratings(cycleId, schoolCode).stream().filter(RiskProfileRepository.Rating::priority)
        .map(RiskProfileRepository.Rating::factorCode).toList();
  }

  /** Checks and stores the profile; nothing is stored if anything is wrong. */
  public void submit(long cycleId, String schoolCode, List<Map<String, Object>> submitted, List<String> priorities) {
    Map<String, String> codes = codesByTitle(cycleId);
    Map<String, String> titles = new LinkedHashMap<>();
    codes.forEach((title, code) -> titles.put(code, title));
    List<String> problems = new ArrayList<>();
    Map<String, RiskProfileRepository.Rating> byFactor = new LinkedHashMap<>();
    for (Map<String, Object> row : submitted) {
      // the form submits the factor's title (its code is not a field a school should see)
      String factor = text(row.get("factor"));
      if (factor == null) {
        String title = text(row.get("title"));
        factor = codes.getOrDefault(title, title);
      }
      if (factor == null || !titles.containsKey(factor)) {
        problems.add("неизвестный фактор риска «" + factor + "»");
        continue;
      }
      RiskRating rating = RiskRating.parse(text(row.get("rating")));
      if (rating == null) {
        problems.add("не выбрана оценка фактора «" + titles.get(factor) + "»");
        continue;
      }
      String comment = text(row.get("comment"));
      if (comment != null && comment.length() > 2000) {
        problems.add("комментарий к фактору «" + titles.get(factor) + "» длиннее 2000 знаков");
      }
      byFactor.put(factor, new RiskProfileRepository.Rating(factor, rating, comment, false));
    }
    for (String code : titles.keySet()) {
      if (!byFactor.containsKey(code) && problems.stream().noneMatch(p -> p.contains(titles.get(code)))) {
        problems.add("не выбрана оценка фактора «" + titles.get(code) + "»");
      }
    }
    Set<String> chosen = new HashSet<>(priorities);
    if (chosen.isEmpty()) {
      problems.add("выберите хотя бы один приоритетный риск");
    } else if (chosen.size() > settings.maxPriorityRisks()) {
      problems.add("приоритетных рисков можно выбрать не больше " + settings.maxPriorityRisks() + ", выбрано "
          + chosen.size());
    }
    for (String code : chosen) {
      RiskProfileRepository.Rating rating = byFactor.get(code);
      if (!titles.containsKey(code)) {
        problems.add("неизвестный приоритетный риск «" + code + "»");
      } else if (rating != null && !rating.rating().isRisk()) {
        problems.add("«" + titles.get(code) + "» отмечен как неактуальный и не может быть приоритетным риском");
      }
    }
    if (!problems.isEmpty()) {
      throw new FormInputException(problems);
    }
    List<RiskProfileRepository.Rating> ratings = byFactor.values().stream()
        .map(r -> new RiskProfileRepository.Rating(r.factorCode(), r.rating(), r.comment(), chosen.contains(r.factorCode())))
        .toList();
    List<String> before = savedPriorities(cycleId, schoolCode);
    repository.replaceRatings(cycleId, schoolCode, ratings, calendar.now().toInstant());
    audit.record(cycleId, schoolCode, AuditField.RISK_PROFILE, before.isEmpty() ? null : priorityTitles(before, titles),
        priorityTitles(ratings.stream().filter(RiskProfileRepository.Rating::priority)
            .map(RiskProfileRepository.Rating::factorCode).toList(), titles));
  }

  private static String priorityTitles(List<String> codes, Map<String, String> titles) {
    return "приоритетные риски: " + String.join("; ", codes.stream().map(c -> titles.getOrDefault(c, c)).toList());
  }

  private static String text(Object value) {
    if (value == null) {
      return null;
    }
    String text = value.toString().strip();
    return text.isEmpty() ? null : text;
  }
}
