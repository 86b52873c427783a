package ru.schoolsupport.schoolyear;

import static ru.schoolsupport.schoolyear.SchoolSupportProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import ru.schoolsupport.access.CurrentUser;
import ru.schoolsupport.process.Variables;

/** Checks a stage or final report and keeps it as a new version; a wrong one undoes the completion. */
@Component
public class SaveStageReportDelegate implements JavaDelegate {

  private final StageReportService reports;

  public SaveStageReportDelegate(StageReportService reports) {
    this.reports = reports;
  }

  @Override
  public void execute(DelegateExecution execution) {
    StageReportSubmission submission = StageReportForms.submission(
        Variables.integer(execution, CONSULTATIONS), Variables.integer(execution, SEMINARS),
        Variables.integer(execution, VISITS), Variables.integer(execution, ROUND_TABLES),
        Variables.integer(execution, OTHER_EVENTS), Variables.text(execution, PROBLEMS),
        Variables.text(execution, REPORT_SUMMARY), execution.getVariable(REPORT_MEASURES),
        execution.getVariable(REPORT_INDICATORS), execution.getVariable(REPORT_PROGRAMMES));
    reports.submit(Variables.id(execution, CYCLE_ID), Variables.text(execution, SCHOOL_CODE),
        Variables.integer(execution, REPORT_STAGE), CurrentUser.of(execution), submission);
  }
}
