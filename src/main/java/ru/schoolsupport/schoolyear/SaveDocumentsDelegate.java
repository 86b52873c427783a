package ru.schoolsupport.schoolyear;

import static ru.schoolsupport.schoolyear.SchoolSupportProcess.*;

import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

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
    long cycleId = ((Number) execution.getVariable(CYCLE_ID)).longValue();
    Map<String, String> codes = new LinkedHashMap<>();
    riskProfiles.factors(cycleId).forEach(f -> codes.put(f.title(), f.code()));
    DocumentSubmission submission = DocumentForms.submission(execution.getVariable(CONCEPT_LINK),
        execution.getVariable(CONCEPT_SUMMARY), execution.getVariable(ROADMAP_LINK),
        execution.getVariable(PROGRAMMES), codes);
    String submittedBy = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication() == null
        ? null : execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication().getUserId();
    documents.submit(cycleId, (String) execution.getVariable(SCHOOL_CODE), submittedBy, submission);
  }
}
