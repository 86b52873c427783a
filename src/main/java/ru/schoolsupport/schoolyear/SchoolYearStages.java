package ru.schoolsupport.schoolyear;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import ru.schoolsupport.audit.AuditField;
import ru.schoolsupport.audit.SchoolAudit;
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
  private final SchoolAudit audit;

  public SchoolYearStages(CycleSchoolRepository cycleSchools, SchoolAudit audit) {
    this.audit = audit;
    this.cycleSchools = cycleSchools;
  }

  public void enter(DelegateExecution execution, String stageName) {
    YearStage stage = YearStage.valueOf(stageName);
    long cycleId = Variables.id(execution, SchoolSupportProcess.CYCLE_ID);
    String schoolCode = Variables.text(execution, SchoolSupportProcess.SCHOOL_CODE);
    // the stage the year was at, from the variable set below (loaded with the instance's variables anyway):
    // the audit's old value costs no query
    YearStage before = byTitle(execution.getProcessInstance().getVariable(SchoolSupportProcess.YEAR_STAGE));
    cycleSchools.setYearStage(cycleId, schoolCode, stage.name());
    audit.record(cycleId, schoolCode, AuditField.YEAR_STAGE, before, stage.name());
    execution.getProcessInstance().setVariable(SchoolSupportProcess.YEAR_STAGE, stage.title());
  }

  private static YearStage byTitle(Object title) {
    for (YearStage stage : YearStage.values()) {
      if (stage.title().equals(title)) {
        return stage;
      }
    }
    return null;
  }
}
