package ru.schoolsupport.schoolyear;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import ru.schoolsupport.directory.School;
import ru.schoolsupport.process.CommonVariables;
import ru.schoolsupport.process.Variables;

/** Links the school's year to its place on the cycle's list and names the school for Tasklist and Cockpit. */
@Component
public class RegisterSchoolYearDelegate implements JavaDelegate {

  private final SchoolYearService schoolYears;

  public RegisterSchoolYearDelegate(SchoolYearService schoolYears) {
    this.schoolYears = schoolYears;
  }

  @Override
  public void execute(DelegateExecution execution) {
    School school = schoolYears.start(Variables.id(execution, SchoolSupportProcess.CYCLE_ID),
        Variables.text(execution, SchoolSupportProcess.SCHOOL_CODE), execution.getProcessInstanceId());
    execution.setVariable(CommonVariables.SCHOOL_NAME, school.shortName());
    execution.setVariable(CommonVariables.SUBJECT, "Сопровождение школы: " + school.shortName());
  }
}
