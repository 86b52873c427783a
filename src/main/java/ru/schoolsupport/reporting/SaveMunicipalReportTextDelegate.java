package ru.schoolsupport.reporting;

import static ru.schoolsupport.reporting.MunicipalReportProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import ru.schoolsupport.access.CurrentUser;
import ru.schoolsupport.process.Variables;

/** Keeps the coordinator's narrative (and drops it from the process), makes the files again with it and submits the report to the head. */
@Component
public class SaveMunicipalReportTextDelegate implements JavaDelegate {

  private final MunicipalReportService reports;

  public SaveMunicipalReportTextDelegate(MunicipalReportService reports) {
    this.reports = reports;
  }

  @Override
  public void execute(DelegateExecution execution) {
    reports.submit(Variables.id(execution, REPORT_ID), Variables.text(execution, REPORT_INTRO),
        Variables.text(execution, REPORT_PROBLEMS), Variables.text(execution, REPORT_DECISIONS),
        CurrentUser.of(execution));
    // the text now lives in ss_municipal_report; the next round's form reads it from there
    execution.removeVariables(java.util.List.of(REPORT_INTRO, REPORT_PROBLEMS, REPORT_DECISIONS));
  }
}
