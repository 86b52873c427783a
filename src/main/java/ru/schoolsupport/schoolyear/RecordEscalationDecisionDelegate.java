package ru.schoolsupport.schoolyear;

import static ru.schoolsupport.schoolyear.SchoolSupportProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The coordinator, drawn in after too many returns, accepts the documents or gives the school one more round. */
@Component
public class RecordEscalationDecisionDelegate implements JavaDelegate {

  private final SchoolDocumentService documents;

  public RecordEscalationDecisionDelegate(SchoolDocumentService documents) {
    this.documents = documents;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Object decision = execution.getVariable(ESCALATION_DECISION);
    execution.setVariable(DOCUMENTS_ACCEPTED, documents.coordinatorAccepts(decision == null ? null : decision.toString()));
  }
}
