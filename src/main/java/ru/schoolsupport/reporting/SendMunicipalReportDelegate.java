package ru.schoolsupport.reporting;

import static ru.schoolsupport.reporting.MunicipalReportProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import ru.schoolsupport.process.Variables;

/** Sends the approved report with both files to the regional institute and keeps it as sent. */
@Component
public class SendMunicipalReportDelegate implements JavaDelegate {

  private final MunicipalReportService reports;

  public SendMunicipalReportDelegate(MunicipalReportService reports) {
    this.reports = reports;
  }

  @Override
  public void execute(DelegateExecution execution) {
    reports.send(Variables.id(execution, REPORT_ID));
  }
}
