package ru.schoolsupport.mentoring;

import ru.schoolsupport.process.LongText;
import org.camunda.spin.json.SpinJsonNode;
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

  public SpinJsonNode reference(Long cycleId) {
    return LongText.of(referenceText(cycleId));
  }

  private String referenceText(Long cycleId) {
    return mentoring.reference(cycleId);
  }

  /**
   * Every school's pair as it stands, in the coordinator's notation. The form shows it in a fenced code
   * block, where nothing is interpreted; only a backtick in a name could close the block, so none is left.
   */
  public SpinJsonNode currentPairs(Long cycleId) {
    return LongText.of(mentoring.pairsText(cycleId).replace('`', '\''));
  }

  public SpinJsonNode summary(Long cycleId) {
    return LongText.of(summaryText(cycleId));
  }

  private String summaryText(Long cycleId) {
    return mentoring.summary(cycleId);
  }
}
