package ru.schoolsupport.schoolyear;

import static ru.schoolsupport.schoolyear.SchoolSupportProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import ru.schoolsupport.access.CurrentUser;
import ru.schoolsupport.process.Variables;

/** Records the curator's review round; says whether the documents are accepted and whether the rounds hit the limit. */
@Component
public class SaveDocumentReviewDelegate implements JavaDelegate {

  private final SchoolDocumentService documents;

  public SaveDocumentReviewDelegate(SchoolDocumentService documents) {
    this.documents = documents;
  }

  @Override
  public void execute(DelegateExecution execution) {
    SchoolDocumentService.ReviewOutcome outcome = documents.review(Variables.id(execution, CYCLE_ID),
        Variables.text(execution, SCHOOL_CODE), CurrentUser.of(execution),
        Variables.text(execution, REVIEW_DECISION), Variables.text(execution, CONCEPT_COMMENT),
        Variables.text(execution, ROADMAP_COMMENT), Variables.text(execution, PROGRAMMES_COMMENT));
    execution.setVariable(DOCUMENTS_ACCEPTED, outcome.accepted());
    execution.setVariable(ROUND_LIMIT_REACHED, outcome.roundLimitReached());
  }
}
