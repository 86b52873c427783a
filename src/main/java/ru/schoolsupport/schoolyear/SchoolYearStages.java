package ru.schoolsupport.schoolyear;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import java.util.Objects;
import org.springframework.stereotype.Component;
import ru.schoolsupport.audit.AuditField;
import ru.schoolsupport.audit.SchoolAudit;
import ru.schoolsupport.listformation.CycleSchool;
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
    // the row as this transaction already read it (a task's candidates): the audit's old value costs no query
    String before = cycleSchools.find(cycleId, schoolCode).map(CycleSchool::yearStage).orElse(null);
    if (!Objects.equals(before, stage.name())) {
      cycleSchools.setYearStage(cycleId, schoolCode, stage.name());
      audit.record(cycleId, schoolCode, AuditField.YEAR_STAGE, before, stage.name());
    }
    execution.getProcessInstance().setVariable(SchoolSupportProcess.YEAR_STAGE, stage.title());
  }
}
