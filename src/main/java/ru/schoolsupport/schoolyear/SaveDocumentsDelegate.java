package ru.schoolsupport.schoolyear;

import static ru.schoolsupport.schoolyear.SchoolSupportProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import ru.schoolsupport.access.CurrentUser;
import ru.schoolsupport.process.Variables;

/** Checks the school's documents and keeps them as a new version; wrong ones undo the completion. */
@Component
public class SaveDocumentsDelegate implements JavaDelegate {

  private final SchoolDocumentService documents;
  private final RiskProfileService riskProfiles;

  public SaveDocumentsDelegate(SchoolDocumentService documents, RiskProfileService riskProfiles) {
    this.documents = documents;
    this.riskProfiles = riskProfiles;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long cycleId = Variables.id(execution, CYCLE_ID);
    DocumentSubmission submission = DocumentForms.submission(execution.getVariable(CONCEPT_LINK),
        execution.getVariable(CONCEPT_SUMMARY), execution.getVariable(ROADMAP_LINK),
        execution.getVariable(PROGRAMMES), riskProfiles.codesByTitle(cycleId));
    documents.submit(cycleId, Variables.text(execution, SCHOOL_CODE), CurrentUser.of(execution), submission);
  }

}
