package ru.schoolsupport.mentoring;

import org.springframework.stereotype.Component;

/**
 * What the mentoring forms show, computed when the task is created. Referenced from the model as
 * {@code ${mentoringForms.…(cycleId)}}.
 */
@Component("mentoringForms")
public class MentoringForms {

  private final MentoringService mentoring;

  public MentoringForms(MentoringService mentoring) {
    this.mentoring = mentoring;
  }

  public String reference(Long cycleId) {
    return mentoring.reference(cycleId);
  }

  public String summary(Long cycleId) {
    return mentoring.summary(cycleId);
  }
}
