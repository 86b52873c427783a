package ru.schoolsupport.schoolyear;

import ru.schoolsupport.process.LongText;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.spin.json.SpinJsonNode;
import org.springframework.stereotype.Component;
import ru.schoolsupport.cycle.CycleService;
import ru.schoolsupport.process.JsonValues;
import ru.schoolsupport.process.Markdown;

/**
 * What the joint plan forms show (the last version filled in, the school's comment on a return,
 * the plan as the school reads it) and how a submitted list becomes events. Referenced from the
 * model as {@code ${jointPlanForms.…}}.
 */
@Component("jointPlanForms")
public class JointPlanForms {

  private final JointPlanService plans;

  public JointPlanForms(JointPlanService plans) {
    this.plans = plans;
  }

  /** The last version's events, or one empty row to start from. */
  public SpinJsonNode events(Long cycleId, String schoolCode) {
    List<Map<String, Object>> rows = new ArrayList<>();
    plans.latest(cycleId, schoolCode).ifPresent(p -> p.events().forEach(e -> {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("what", e.what());
      row.put("date", e.date().toString());
      row.put("who", e.who());
      rows.add(row);
    }));
    if (rows.isEmpty()) {
      rows.add(new LinkedHashMap<>(Map.of("what", "", "who", "")));
    }
    return JsonValues.json(rows);
  }

  /** The school's comment when it returned the plan (Markdown; empty otherwise). */
  public String returnComment(Long cycleId, String schoolCode) {
    return plans.latest(cycleId, schoolCode).filter(p -> p.status() == JointPlan.Status.RETURNED)
        .map(p -> Markdown.text(p.comment())).orElse("");
  }

  /** The latest version as the school reads it (Markdown). */
  public SpinJsonNode summary(Long cycleId, String schoolCode) {
    return LongText.of(summaryText(cycleId, schoolCode));
  }

  private String summaryText(Long cycleId, String schoolCode) {
    return plans.latest(cycleId, schoolCode).map(p -> {
      StringBuilder text = new StringBuilder("**Версия " + p.version() + "**\n\n| Мероприятие | Дата | Кто проводит |\n|---|---|---|\n");
      p.events().forEach(e -> text.append("| ").append(cell(e.what())).append(" | ")
          .append(CycleService.RUSSIAN_DATE.format(e.date())).append(" | ").append(cell(e.who())).append(" |\n"));
      return text.toString();
    }).orElse("План ещё не представлен.");
  }

  static List<JointPlan.Event> events(Object submitted) {
    List<JointPlan.Event> events = new ArrayList<>();
    int n = 1;
    for (SpinJsonNode row : JsonValues.rows(submitted, "совместные мероприятия")) {
      events.add(new JointPlan.Event(JsonValues.text(row, "what"),
          JsonValues.date(row, "date", "мероприятие " + n++ + ", дата"), JsonValues.text(row, "who")));
    }
    return events;
  }

  /** What a user typed (or a file brought in), within a line or a table cell of a form's Markdown. */
  static String cell(String text) {
    return Markdown.inline(text);
  }
}
