package ru.schoolsupport.mentoring;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.spin.json.SpinJsonNode;
import org.springframework.stereotype.Component;
import ru.schoolsupport.process.JsonValues;
import ru.schoolsupport.process.LongText;

/**
 * What the mentoring forms show, computed when the task is created, and how the coordinator's form
 * comes back. Referenced from the model as {@code ${mentoringForms.…(cycleId)}}. The options lists
 * are task variables the form does not declare, so no submission can change them; the service checks
 * the chosen values against the lists it computes again ({@link MentoringService#applyCoordinatorPairs}).
 */
@Component("mentoringForms")
public class MentoringForms {

  private final MentoringService mentoring;

  public MentoringForms(MentoringService mentoring) {
    this.mentoring = mentoring;
  }

  /** Every supervised school's pair as it stands: {ref, school (its name), mentor, curator}. */
  public SpinJsonNode pairs(Long cycleId) {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (MentoringService.PairRow r : mentoring.pairRows(cycleId)) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("ref", r.ref());
      row.put("school", r.schoolName());
      row.put("mentor", r.mentorCode());
      row.put("curator", r.curatorLogin());
      rows.add(row);
    }
    return JsonValues.json(rows);
  }

  /** The mentor schools to choose from, as {label, value}: the name, district and load, and the school's code. */
  public SpinJsonNode mentorOptions(Long cycleId) {
    return options(mentoring.mentorOptions(cycleId));
  }

  /** The curators to choose from, as {label, value}: the name and load, and the login. */
  public SpinJsonNode curatorOptions(Long cycleId) {
    return options(mentoring.curatorOptions(cycleId));
  }

  private static SpinJsonNode options(List<MentoringService.Option> options) {
    List<Map<String, Object>> list = new ArrayList<>();
    options.forEach(o -> list.add(Map.of("label", o.label(), "value", o.value())));
    return JsonValues.json(list);
  }

  /** The rows the coordinator's form submits. */
  static List<MentoringService.ChosenPair> chosen(Object submitted) {
    List<MentoringService.ChosenPair> chosen = new ArrayList<>();
    for (SpinJsonNode row : JsonValues.rows(submitted, "Поле «Школы-наставники и кураторы»")) {
      chosen.add(new MentoringService.ChosenPair(JsonValues.text(row, "ref"), JsonValues.text(row, "mentor"),
          JsonValues.text(row, "curator")));
    }
    return chosen;
  }

  public SpinJsonNode summary(Long cycleId) {
    return LongText.of(mentoring.summary(cycleId));
  }
}
