package ru.schoolsupport.schoolyear;

import static ru.schoolsupport.schoolyear.SchoolSupportProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Records the curator's review round; says whether the documents are accepted and whether the rounds hit the limit. */
@Component
public class SaveDocumentReviewDelegate implements JavaDelegate {

  private final SchoolDocumentService documents;

  public SaveDocumentReviewDelegate(SchoolDocumentService documents) {
    this.documents = documents;
  }

  @Override
  public void execute(DelegateExecution execution) {
    var auth = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    SchoolDocumentService.ReviewOutcome outcome = documents.review(
        ((Number) execution.getVariable(CYCLE_ID)).longValue(), (String) execution.getVariable(SCHOOL_CODE),
        auth == null ? null : auth.getUserId(), text(execution, REVIEW_DECISION), text(execution, CONCEPT_COMMENT),
        text(execution, ROADMAP_COMMENT), text(execution, PROGRAMMES_COMMENT));
    execution.setVariable(DOCUMENTS_ACCEPTED, outcome.accepted());
    execution.setVariable(ROUND_LIMIT_REACHED, outcome.roundLimitReached());
  }

  private static String text(DelegateExecution execution, String name) {
    Object value = execution.getVariable(name);
    return value == null ? null : value.toString();
  }
}
