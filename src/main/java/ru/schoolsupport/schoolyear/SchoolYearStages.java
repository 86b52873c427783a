package ru.schoolsupport.schoolyear;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import ru.schoolsupport.listformation.CycleSchoolRepository;
import ru.schoolsupport.process.Variables;

/**
 * Records where a school's year stands as the model enters each part of it: in our table for the
 * monitoring, and as the {@code yearStage} variable that Cockpit and Tasklist show. Referenced from
 * execution listeners as {@code ${schoolYearStages.enter(execution, 'JOINT_PLAN')}}.
 */
@Component("schoolYearStages")
public class SchoolYearStages {

  private final CycleSchoolRepository cycleSchools;

  public SchoolYearStages(CycleSchoolRepository cycleSchools) {
    this.cycleSchools = cycleSchools;
  }

  public void enter(DelegateExecution execution, String stageName) {
    YearStage stage = YearStage.valueOf(stageName);
    cycleSchools.setYearStage(Variables.id(execution, SchoolSupportProcess.CYCLE_ID),
        Variables.text(execution, SchoolSupportProcess.SCHOOL_CODE), stage.name());
    execution.getProcessInstance().setVariable(SchoolSupportProcess.YEAR_STAGE, stage.title());
  }
}
