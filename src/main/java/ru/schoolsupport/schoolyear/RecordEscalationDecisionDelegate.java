package ru.schoolsupport.schoolyear;

import static ru.schoolsupport.schoolyear.SchoolSupportProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import ru.schoolsupport.process.Variables;

/** The coordinator, drawn in after too many returns, accepts the documents or gives the school one more round. */
@Component
public class RecordEscalationDecisionDelegate implements JavaDelegate {

  private final SchoolDocumentService documents;

  public RecordEscalationDecisionDelegate(SchoolDocumentService documents) {
    this.documents = documents;
  }

  @Override
  public void execute(DelegateExecution execution) {
    execution.setVariable(DOCUMENTS_ACCEPTED,
        documents.coordinatorAccepts(Variables.id(execution, CYCLE_ID),
            Variables.text(execution, SCHOOL_CODE), Variables.text(execution, ESCALATION_DECISION)));
  }
}
