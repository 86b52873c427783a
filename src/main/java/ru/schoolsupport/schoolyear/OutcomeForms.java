package ru.schoolsupport.schoolyear;

import ru.schoolsupport.process.LongText;
import org.camunda.spin.json.SpinJsonNode;
import org.springframework.stereotype.Component;
import ru.schoolsupport.process.Markdown;

/**
 * What the outcome forms show: the year's dynamics, the outcome they suggest, and the curator's
 * recommendation for the coordinator. Referenced from the model as {@code ${outcomeForms.…}}.
 */
@Component("outcomeForms")
public class OutcomeForms {

  private final ResultDynamics dynamics;
  private final OutcomeService outcomes;

  public OutcomeForms(ResultDynamics dynamics, OutcomeService outcomes) {
    this.dynamics = dynamics;
    this.outcomes = outcomes;
  }

  /** The outcome the figures suggest, as the curator's form starts with it. */
  public String suggested(Long cycleId, String schoolCode) {
    return dynamics.suggest(dynamics.of(cycleId, schoolCode)).name();
  }

  /** The curator's recommendation, as the coordinator's form starts with it. */
  public String recommended(Long cycleId, String schoolCode) {
    return outcomes.find(cycleId, schoolCode).map(o -> o.recommended().name()).orElse("");
  }

  /** The curator's recommendation in words (Markdown). */
  public SpinJsonNode recommendation(Long cycleId, String schoolCode) {
    return LongText.of(recommendationText(cycleId, schoolCode));
  }

  private String recommendationText(Long cycleId, String schoolCode) {
    return outcomes.find(cycleId, schoolCode)
        .map(o -> "**Рекомендация куратора (" + JointPlanForms.cell(o.recommendedBy()) + "):** "
            + o.recommended().title() + "\n\n" + Markdown.text(o.recommendationComment()))
        .orElse("Рекомендации куратора нет.");
  }

  /** The year's dynamics (Markdown): programme indicators against their targets, external results by year. */
  public SpinJsonNode dynamics(Long cycleId, String schoolCode) {
    return LongText.of(dynamicsText(cycleId, schoolCode));
  }

  private String dynamicsText(Long cycleId, String schoolCode) {
    ResultDynamics.Dynamics d = dynamics.of(cycleId, schoolCode);
    StringBuilder text = new StringBuilder("#### Показатели антирисковых программ\n\n");
    if (d.programmeIndicators().isEmpty()) {
      text.append("Показателей нет.\n\n");
    } else {
      text.append("Достигнуто целевых значений: **").append(d.targetsReached()).append(" из ")
          .append(d.programmeIndicators().size()).append("**\n\n| Показатель | База | Итог | Цель | Динамика |\n|---|---|---|---|---|\n");
      d.programmeIndicators().forEach(c -> text.append("| ").append(JointPlanForms.cell(c.indicator())).append(" | ")
          .append(StageReportForms.plain(c.before())).append(" | ").append(StageReportForms.plain(c.after()))
          .append(" | ").append(StageReportForms.plain(c.target())).append(" | ")
          .append(c.targetReached() ? "цель достигнута" : c.improved() ? "улучшение" : "без улучшения").append(" |\n"));
    }
    text.append("\n#### Внешние результаты\n\n");
    if (d.externalResults().isEmpty()) {
      text.append("Результаты за ").append(d.yearAfter()).append(" год ещё не загружены (загрузка показателей школ: "
          + "`/api/indicators`, как при формировании перечня).\n");
    } else {
      text.append("| Показатель | ").append(d.yearBefore()).append(" | ").append(d.yearAfter())
          .append(" | Динамика |\n|---|---|---|---|\n");
      d.externalResults().forEach(c -> text.append("| ").append(JointPlanForms.cell(c.indicator())).append(" | ")
          .append(StageReportForms.plain(c.before())).append(" | ").append(StageReportForms.plain(c.after()))
          .append(" | ").append(c.improved() ? "улучшение" : c.after().compareTo(c.before()) == 0 ? "без изменений"
              : "ухудшение").append(" |\n"));
    }
    if (d.anyProgrammeRed()) {
      text.append("\nВ итоговом отчёте есть программы в **красной** зоне.\n");
    }
    text.append("\nПо показателям предлагается: **").append(dynamics.suggest(d).title()).append("**\n");
    return text.toString();
  }
}
