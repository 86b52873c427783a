package ru.schoolsupport.reporting;

import static ru.schoolsupport.reporting.MunicipalReportProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import ru.schoolsupport.access.CurrentUser;
import ru.schoolsupport.process.Variables;

/** Records the head's approval or return of the report (a round); says whether it is approved. */
@Component
public class RecordMunicipalReportDecisionDelegate implements JavaDelegate {

  private final MunicipalReportService reports;

  public RecordMunicipalReportDecisionDelegate(MunicipalReportService reports) {
    this.reports = reports;
  }

  @Override
  public void execute(DelegateExecution execution) {
    execution.setVariable(REPORT_APPROVED, reports.decide(Variables.id(execution, REPORT_ID),
        Variables.text(execution, REPORT_DECISION), Variables.text(execution, REPORT_DECISION_COMMENT),
        CurrentUser.of(execution)));
  }
}
