package ru.schoolsupport.schoolyear;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import ru.schoolsupport.directory.DirectoryRepository;
import ru.schoolsupport.directory.School;
import ru.schoolsupport.listformation.CycleSchoolRepository;
import ru.schoolsupport.process.CommonVariables;

/** Links the school's year to its place on the cycle's list and names the school for Tasklist and Cockpit. */
@Component
public class RegisterSchoolYearDelegate implements JavaDelegate {

  private final CycleSchoolRepository cycleSchools;
  private final DirectoryRepository directory;

  public RegisterSchoolYearDelegate(CycleSchoolRepository cycleSchools, DirectoryRepository directory) {
    this.cycleSchools = cycleSchools;
    this.directory = directory;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long cycleId = ((Number) execution.getVariable(SchoolSupportProcess.CYCLE_ID)).longValue();
    String schoolCode = (String) execution.getVariable(SchoolSupportProcess.SCHOOL_CODE);
    School school = directory.findSchool(schoolCode)
        .orElseThrow(() -> new IllegalStateException("No school " + schoolCode));
    cycleSchools.setProcessInstance(cycleId, schoolCode, execution.getProcessInstanceId());
    execution.setVariable(CommonVariables.SCHOOL_NAME, school.shortName());
    execution.setVariable(CommonVariables.SUBJECT, "Сопровождение школы: " + school.shortName());
  }
}
