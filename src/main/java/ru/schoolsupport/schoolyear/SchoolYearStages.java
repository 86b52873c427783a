package ru.schoolsupport.schoolyear;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import ru.schoolsupport.audit.AuditField;
import ru.schoolsupport.audit.SchoolAudit;
import ru.schoolsupport.listformation.CycleSchoolRepository;
import ru.schoolsupport.process.CommonVariables;
import ru.schoolsupport.process.Variables;

/**
 * Records where a school's year stands as the model enters each part of it: in our table for the
 * monitoring, as the {@code yearStage} variable that Cockpit and Tasklist show, and in the instance's
 * business key, which Cockpit lists instances by: «2026/27/sosh6 · МОБУ СОШ № 6 · Самодиагностика»
 * (cycle, school, stage; the key the cycle gave the instance stays its first part, so a search by it
 * still finds it). Referenced from execution listeners as
 * {@code ${schoolYearStages.enter(execution, 'JOINT_PLAN')}}.
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
    execution.setProcessBusinessKey(readableKey(execution.getProcessBusinessKey(),
        Variables.text(execution, CommonVariables.SCHOOL_NAME), stage));
  }

  static final String SEPARATOR = " · ";

  /** «2026/27/sosh6 · МОБУ СОШ № 6 · Самодиагностика», within Camunda's 255 characters. */
  static String readableKey(String key, String schoolName, YearStage stage) {
    String base = key == null ? "" : key.split(SEPARATOR, 2)[0];
    StringBuilder readable = new StringBuilder(base);
    if (schoolName != null && !schoolName.isBlank()) {
      readable.append(SEPARATOR).append(schoolName.strip());
    }
    readable.append(SEPARATOR).append(stage.title());
    return readable.length() <= 255 ? readable.toString() : readable.substring(0, 254) + "…";
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
