package ru.schoolsupport.schoolstatus;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import ru.schoolsupport.process.Variables;

/** The pause's last date has come: the school resumes (its deadlines move by the pause), as the system. */
@Component
public class ResumeSchoolDelegate implements JavaDelegate {

  private final SchoolStatusService statuses;

  public ResumeSchoolDelegate(SchoolStatusService statuses) {
    this.statuses = statuses;
  }

  @Override
  public void execute(DelegateExecution execution) {
    statuses.resumeOnItsDate(Variables.id(execution, SchoolPauseProcess.CYCLE_ID),
        Variables.text(execution, SchoolPauseProcess.SCHOOL_CODE));
  }
}
