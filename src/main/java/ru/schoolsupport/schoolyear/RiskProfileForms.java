package ru.schoolsupport.schoolyear;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.spin.json.SpinJsonNode;
import org.springframework.stereotype.Component;
import ru.schoolsupport.process.JsonValues;

/**
 * What the self-assessment form shows: the cycle's factors with the school's last answers. The form
 * offers its priority risks from these rows (a FEEL expression over {@code riskProfile}), so the
 * factors are not given to it twice.
 */
@Component("riskProfileForms")
public class RiskProfileForms {

  private final RiskProfileService riskProfiles;

  public RiskProfileForms(RiskProfileService riskProfiles) {
    this.riskProfiles = riskProfiles;
  }

  public SpinJsonNode rows(Long cycleId, String schoolCode) {
    return JsonValues.json(riskProfiles.rows(cycleId, schoolCode).stream().map(r -> {
      Map<String, String> row = new LinkedHashMap<>();
      row.put("factor", r.factor());
      row.put("title", r.title());
      row.put("rating", r.rating());
      row.put("comment", r.comment());
      return row;
    }).toList());
  }

  public SpinJsonNode priorities(Long cycleId, String schoolCode) {
    return JsonValues.json(riskProfiles.savedPriorities(cycleId, schoolCode));
  }

  public long maxPriorityRisks() {
    return riskProfiles.maxPriorityRisks();
  }

  static List<Map<String, Object>> rowsOf(Object value) {
    if (value == null) {
      return List.of();
    }
    SpinJsonNode node = value instanceof SpinJsonNode json ? json : JsonValues.json(value.toString());
    if (!node.isArray()) {
      throw new ru.schoolsupport.process.FormInputException("рисковый профиль должен быть списком факторов");
    }
    return node.elements().stream().map(element -> {
      Map<String, Object> row = new LinkedHashMap<>();
      for (String field : List.of("factor", "title", "rating", "comment")) {
        SpinJsonNode cell = element.hasProp(field) ? element.prop(field) : null;
        row.put(field, cell == null || cell.isNull() ? null : cell.isString() ? cell.stringValue() : cell.toString());
      }
      return row;
    }).toList();
  }
}
