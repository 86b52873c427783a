package ru.schoolsupport.schoolyear;

import static ru.schoolsupport.schoolyear.SchoolSupportProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import ru.schoolsupport.access.CurrentUser;
import ru.schoolsupport.process.Variables;

/** Records the curator's confirmation or return of a stage report; says whether it is confirmed. */
@Component
public class RecordStageReportReviewDelegate implements JavaDelegate {

  private final StageReportService reports;

  public RecordStageReportReviewDelegate(StageReportService reports) {
    this.reports = reports;
  }

  @Override
  public void execute(DelegateExecution execution) {
    execution.setVariable(REPORT_CONFIRMED, reports.review(Variables.id(execution, CYCLE_ID),
        Variables.text(execution, SCHOOL_CODE), Variables.integer(execution, REPORT_STAGE),
        CurrentUser.of(execution), Variables.text(execution, REPORT_DECISION),
        Variables.text(execution, REPORT_COMMENT)));
  }
}
