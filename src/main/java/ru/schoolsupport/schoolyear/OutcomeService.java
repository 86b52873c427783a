package ru.schoolsupport.schoolyear;

import java.util.Optional;
import org.springframework.stereotype.Service;
import ru.schoolsupport.audit.AuditField;
import ru.schoolsupport.audit.SchoolAudit;
import ru.schoolsupport.listformation.CycleSchoolRepository;
import ru.schoolsupport.process.FormInputException;
import ru.schoolsupport.process.WorkCalendar;

/**
 * The end of a school's year: the curator recommends an outcome from the dynamics, the coordinator
 * decides it; the decision is the school's outcome on the cycle's list, which the next cycle's list
 * formation reads (leaves the list, continues, more help).
 */
@Service
public class OutcomeService {

  private final OutcomeRepository outcomes;
  private final CycleSchoolRepository cycleSchools;
  private final WorkCalendar calendar;
  private final SchoolAudit audit;

  public OutcomeService(OutcomeRepository outcomes, CycleSchoolRepository cycleSchools, WorkCalendar calendar,
      SchoolAudit audit) {
    this.audit = audit;
    this.outcomes = outcomes;
    this.cycleSchools = cycleSchools;
    this.calendar = calendar;
  }

  public SchoolOutcome recommend(long cycleId, String schoolCode, String by, String outcome, String comment) {
    SchoolOutcome recommended = SchoolOutcome.parse(outcome);
    if (recommended == null) {
      throw new FormInputException("выберите рекомендацию: выходит из перечня, продолжает сопровождение или нужна "
          + "дополнительная помощь");
    }
    if (blank(comment)) {
      throw new FormInputException("обоснуйте рекомендацию: на чём она основана");
    }
    SchoolOutcome before = outcomes.find(cycleId, schoolCode).map(OutcomeRepository.Outcome::recommended).orElse(null);
    outcomes.recommend(cycleId, schoolCode, recommended, by, comment.strip(), calendar.now().toInstant());
    audit.record(cycleId, schoolCode, AuditField.OUTCOME_RECOMMENDED, before, recommended.name(), comment.strip());
    return recommended;
  }

  /** The coordinator's decision; differing from the curator's recommendation needs a reason. */
  public SchoolOutcome decide(long cycleId, String schoolCode, String by, String outcome, String comment) {
    SchoolOutcome decided = SchoolOutcome.parse(outcome);
    if (decided == null) {
      throw new FormInputException("выберите решение: выходит из перечня, продолжает сопровождение или нужна "
          + "дополнительная помощь");
    }
    OutcomeRepository.Outcome current = outcomes.find(cycleId, schoolCode)
        .orElseThrow(() -> new IllegalStateException("No recommendation for " + schoolCode + " in cycle " + cycleId));
    if (decided != current.recommended() && blank(comment)) {
      throw new FormInputException("решение расходится с рекомендацией куратора: укажите причину");
    }
    outcomes.decide(cycleId, schoolCode, decided, by, blank(comment) ? null : comment.strip(), calendar.now().toInstant());
    cycleSchools.setOutcome(cycleId, schoolCode, decided.name());
    audit.record(cycleId, schoolCode, AuditField.OUTCOME, current.decided(), decided.name(),
        blank(comment) ? null : comment.strip());
    return decided;
  }

  public Optional<OutcomeRepository.Outcome> find(long cycleId, String schoolCode) {
    return outcomes.find(cycleId, schoolCode);
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }
}
