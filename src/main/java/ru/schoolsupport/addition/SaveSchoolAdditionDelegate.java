package ru.schoolsupport.addition;

import static ru.schoolsupport.addition.SchoolAdditionProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import ru.schoolsupport.cycle.CycleRepository;
import ru.schoolsupport.directory.DirectoryRepository;
import ru.schoolsupport.process.CommonVariables;
import ru.schoolsupport.process.Variables;

/**
 * Stores the coordinator's proposal, checked against the choices the server offers, and sets the cycle
 * and the school the rest of the process works on from what was stored (never from the form).
 */
@Component
public class SaveSchoolAdditionDelegate implements JavaDelegate {

  private final SchoolAdditionService additions;
  private final CycleRepository cycles;
  private final DirectoryRepository directory;

  public SaveSchoolAdditionDelegate(SchoolAdditionService additions, CycleRepository cycles, DirectoryRepository directory) {
    this.additions = additions;
    this.cycles = cycles;
    this.directory = directory;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Object id = execution.getVariable(ADDITION_ID);
    SchoolAddition addition = additions.propose(id == null ? null : ((Number) id).longValue(),
        new SchoolAdditionService.Proposal(Variables.text(execution, CYCLE), Variables.text(execution, SCHOOL),
            Variables.text(execution, CATEGORY), Variables.text(execution, PROJECT), Variables.text(execution, REASON),
            Variables.text(execution, BASIS), Variables.text(execution, COMMENT)),
        Variables.text(execution, COORDINATOR), execution.getProcessInstanceId());
    execution.setVariable(ADDITION_ID, addition.id());
    execution.setVariable(CYCLE_ID, addition.cycleId());
    execution.setVariable(SCHOOL_CODE, addition.schoolCode());
    String name = directory.findSchool(addition.schoolCode()).orElseThrow().shortName();
    execution.setVariable(CommonVariables.SCHOOL_NAME, name);
    execution.setVariable(CommonVariables.SUBJECT, "Включение школы в течение года: " + name);
    execution.setProcessBusinessKey(cycles.get(addition.cycleId()).businessKey() + "/add/" + addition.schoolCode());
  }
}
