package ru.schoolsupport.schoolyear;

import static ru.schoolsupport.schoolyear.DocumentRevisionProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import ru.schoolsupport.access.CurrentUser;
import ru.schoolsupport.process.JsonValues;
import ru.schoolsupport.process.Variables;

/** Checks the revised documents as the year's documents step does, and keeps them as a new version of the revision. */
@Component
public class SaveRevisionDelegate implements JavaDelegate {

  private final SchoolDocumentService documents;
  private final RiskProfileService riskProfiles;

  public SaveRevisionDelegate(SchoolDocumentService documents, RiskProfileService riskProfiles) {
    this.documents = documents;
    this.riskProfiles = riskProfiles;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long cycleId = Variables.id(execution, CYCLE_ID);
    DocumentSubmission submission = DocumentForms.submission(execution.getVariable(SchoolSupportProcess.CONCEPT_LINK),
        execution.getVariable(SchoolSupportProcess.CONCEPT_SUMMARY),
        execution.getVariable(SchoolSupportProcess.ROADMAP_LINK), execution.getVariable(SchoolSupportProcess.PROGRAMMES),
        riskProfiles.codesByTitle(cycleId));
    documents.submitRevision(cycleId, Variables.text(execution, SCHOOL_CODE), CurrentUser.of(execution), submission,
        Variables.id(execution, REVISION_ID), JsonValues.strings(execution.getVariable(REVISED_DOCUMENTS)),
        Variables.text(execution, REVISION_NOTE));
  }
}
