package ru.schoolsupport.schoolyear;

import static ru.schoolsupport.schoolyear.SchoolSupportProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import ru.schoolsupport.access.CurrentUser;
import ru.schoolsupport.process.Variables;

/** Records the school's answer to the joint plan; says whether it is agreed. */
@Component
public class RecordJointPlanAnswerDelegate implements JavaDelegate {

  private final JointPlanService plans;

  public RecordJointPlanAnswerDelegate(JointPlanService plans) {
    this.plans = plans;
  }

  @Override
  public void execute(DelegateExecution execution) {
    execution.setVariable(JOINT_PLAN_AGREED, plans.answer(Variables.id(execution, CYCLE_ID),
        Variables.text(execution, SCHOOL_CODE), CurrentUser.of(execution),
        Variables.text(execution, JOINT_PLAN_DECISION), Variables.text(execution, JOINT_PLAN_COMMENT)));
  }
}
