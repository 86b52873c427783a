package ru.schoolsupport.reporting;

import java.util.Date;
import org.springframework.stereotype.Component;
import ru.schoolsupport.process.WorkCalendar;

/**
 * What the municipalReport model asks when it creates a task: due dates. Referenced as
 * {@code ${municipalReportTasks.…}}.
 */
@Component("municipalReportTasks")
public class MunicipalReportTasks {

  private final MunicipalReportService reports;
  private final WorkCalendar calendar;

  public MunicipalReportTasks(MunicipalReportService reports, WorkCalendar calendar) {
    this.reports = reports;
    this.calendar = calendar;
  }

  /** The coordinator prepares the report by the cycle's deadline of the stage, and never in less than a week. */
  public Date prepareDue(Long reportId) {
    MunicipalReport report = reports.get(reportId);
    return calendar.dueAt(reports.sendBy(report.cycleId(), report.stage()));
  }

  /** The head decides within a few working days. */
  public Date approvalDue() {
    return calendar.dueAt(calendar.today().plusDays(3));
  }
}
