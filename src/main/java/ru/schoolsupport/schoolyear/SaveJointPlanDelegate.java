package ru.schoolsupport.schoolyear;

import static ru.schoolsupport.schoolyear.SchoolSupportProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import ru.schoolsupport.access.CurrentUser;
import ru.schoolsupport.process.Variables;

/** Checks the mentor school's joint plan and keeps it as a new version; a wrong one undoes the completion. */
@Component
public class SaveJointPlanDelegate implements JavaDelegate {

  private final JointPlanService plans;

  public SaveJointPlanDelegate(JointPlanService plans) {
    this.plans = plans;
  }

  @Override
  public void execute(DelegateExecution execution) {
    plans.propose(Variables.id(execution, CYCLE_ID), Variables.text(execution, SCHOOL_CODE),
        CurrentUser.of(execution), JointPlanForms.events(execution.getVariable(JOINT_PLAN_EVENTS)));
  }
}
