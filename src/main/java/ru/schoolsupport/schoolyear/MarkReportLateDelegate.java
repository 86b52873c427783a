package ru.schoolsupport.schoolyear;

import static ru.schoolsupport.schoolyear.SchoolSupportProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import ru.schoolsupport.process.Variables;

/** A report's deadline passed with nothing sent: the school shows as late for that stage. */
@Component
public class MarkReportLateDelegate implements JavaDelegate {

  private final StageReportService reports;

  public MarkReportLateDelegate(StageReportService reports) {
    this.reports = reports;
  }

  @Override
  public void execute(DelegateExecution execution) {
    reports.markLate(Variables.id(execution, CYCLE_ID), Variables.text(execution, SCHOOL_CODE),
        Variables.integer(execution, REPORT_STAGE));
  }
}
