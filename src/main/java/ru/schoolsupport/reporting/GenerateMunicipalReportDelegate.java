package ru.schoolsupport.reporting;

import static ru.schoolsupport.reporting.MunicipalReportProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import ru.schoolsupport.process.Variables;

/** Generates the stage's report (XLSX and DOCX with a first narrative) from the schools' reports. */
@Component
public class GenerateMunicipalReportDelegate implements JavaDelegate {

  private final MunicipalReportService reports;

  public GenerateMunicipalReportDelegate(MunicipalReportService reports) {
    this.reports = reports;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Integer stage = Variables.integer(execution, REPORT_STAGE);
    if (stage == null) {
      throw new IllegalStateException("The process has no " + REPORT_STAGE);
    }
    MunicipalReport report = reports.generate(Variables.id(execution, CYCLE_ID), stage,
        execution.getProcessInstanceId());
    String title = reports.data(report).title();
    execution.setVariable(REPORT_ID, report.id());
    execution.setVariable(REPORT_TITLE, title);
    execution.setVariable(SUBJECT, title);
  }
}
