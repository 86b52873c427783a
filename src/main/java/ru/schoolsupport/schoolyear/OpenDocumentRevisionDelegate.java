package ru.schoolsupport.schoolyear;

import static ru.schoolsupport.schoolyear.DocumentRevisionProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;
import ru.schoolsupport.cycle.CycleRepository;
import ru.schoolsupport.directory.Role;
import ru.schoolsupport.directory.SchoolGroups;
import ru.schoolsupport.process.FormInputException;
import ru.schoolsupport.process.Variables;

/**
 * The first step of a revision: a school's person opens it for their own school (the school from their
 * groups, never from a variable); a curator goes on to choose one of their schools; anyone else is refused.
 */
@Component
public class OpenDocumentRevisionDelegate implements JavaDelegate {

  private final DocumentRevisions revisions;
  private final CycleRepository cycles;

  public OpenDocumentRevisionDelegate(DocumentRevisions revisions, CycleRepository cycles) {
    this.revisions = revisions;
    this.cycles = cycles;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Authentication user = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    var groups = user == null || user.getGroupIds() == null ? java.util.List.<String>of() : user.getGroupIds();
    if (groups.stream().anyMatch(SchoolGroups::isSchoolGroup)) {
      execution.setVariable(BY_CURATOR, false);
      open(execution, revisions.forSchoolPerson(groups), user.getUserId(), false);
    } else if (groups.contains(Role.CURATOR.groupId())) {
      execution.setVariable(BY_CURATOR, true);
    } else {
      throw new FormInputException("актуализацию документов открывает директор или сотрудник школы для своей школы "
          + "либо куратор для своей школы");
    }
  }

  /** Opens the revision for the school and keeps which one on the instance (also after the curator's choice). */
  void open(DelegateExecution execution, DocumentRevisions.Target target, String openedBy, boolean byCurator) {
    long id = revisions.open(target, Variables.text(execution, REASON), openedBy, byCurator,
        execution.getProcessInstanceId());
    execution.setVariable(CYCLE_ID, target.cycleId());
    execution.setVariable(SCHOOL_CODE, target.schoolCode());
    execution.setVariable(SCHOOL_NAME, target.schoolName());
    execution.setVariable(REVISION_ID, id);
    String key = cycles.get(target.cycleId()).businessKey() + "/" + target.schoolCode() + "/revision-" + id + " · "
        + target.schoolName() + " · Актуализация документов";
    execution.setProcessBusinessKey(key.length() > 255 ? key.substring(0, 254) + "…" : key);
  }
}
