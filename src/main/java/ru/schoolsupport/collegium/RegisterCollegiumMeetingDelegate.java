package ru.schoolsupport.collegium;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import ru.schoolsupport.process.CommonVariables;
import ru.schoolsupport.process.Variables;
import ru.schoolsupport.process.WorkCalendar;

/** Registers the meeting from the start form (a date and agenda that cannot be accepted refuse the start). */
@Component
public class RegisterCollegiumMeetingDelegate implements JavaDelegate {

  private final CollegiumService collegium;
  private final WorkCalendar calendar;

  public RegisterCollegiumMeetingDelegate(CollegiumService collegium, WorkCalendar calendar) {
    this.calendar = calendar;
    this.collegium = collegium;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long meetingId = collegium.registerMeeting(
        Variables.date(execution, CollegiumProcess.MEETING_DATE, "Дата заседания", calendar.zone()),
        Variables.text(execution, CollegiumProcess.PROTOCOL_NUMBER),
        Variables.text(execution, CollegiumProcess.AGENDA),
        execution.getProcessInstanceId());
    execution.setVariable(CollegiumProcess.MEETING_ID, meetingId);
    execution.setVariable(CommonVariables.SUBJECT, collegium.title(collegium.get(meetingId)));
  }
}
