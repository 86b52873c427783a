package ru.schoolsupport.schoolyear;

import static ru.schoolsupport.schoolyear.DocumentRevisionProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import ru.schoolsupport.access.CurrentUser;
import ru.schoolsupport.process.Variables;

/** Records the curator's review of the revision's version; accepted, the version is current and the revision closed. */
@Component
public class SaveRevisionReviewDelegate implements JavaDelegate {

  private final SchoolDocumentService documents;
  private final DocumentRevisions revisions;

  public SaveRevisionReviewDelegate(SchoolDocumentService documents, DocumentRevisions revisions) {
    this.documents = documents;
    this.revisions = revisions;
  }

  @Override
  public void execute(DelegateExecution execution) {
    boolean accepted = documents.reviewRevision(Variables.id(execution, CYCLE_ID),
        Variables.text(execution, SCHOOL_CODE), CurrentUser.of(execution),
        Variables.text(execution, SchoolSupportProcess.REVIEW_DECISION),
        Variables.text(execution, SchoolSupportProcess.CONCEPT_COMMENT),
        Variables.text(execution, SchoolSupportProcess.ROADMAP_COMMENT),
        Variables.text(execution, SchoolSupportProcess.PROGRAMMES_COMMENT));
    if (accepted) {
      revisions.accept(Variables.id(execution, REVISION_ID));
    }
    execution.setVariable(ACCEPTED, accepted);
  }
}
