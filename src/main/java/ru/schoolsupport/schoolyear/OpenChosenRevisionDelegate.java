package ru.schoolsupport.schoolyear;

import static ru.schoolsupport.schoolyear.DocumentRevisionProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import ru.schoolsupport.process.Variables;

/**
 * After the curator's choice: the chosen school is checked again against the options the curator who
 * started the revision has now (their school, documents accepted, no open revision), then the revision opens.
 */
@Component
public class OpenChosenRevisionDelegate implements JavaDelegate {

  private final DocumentRevisions revisions;
  private final OpenDocumentRevisionDelegate opening;

  public OpenChosenRevisionDelegate(DocumentRevisions revisions, OpenDocumentRevisionDelegate opening) {
    this.revisions = revisions;
    this.opening = opening;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String curator = Variables.text(execution, INITIATOR);
    opening.open(execution, revisions.forCurator(curator, Variables.text(execution, SCHOOL_CHOICE)), curator, true);
  }
}
