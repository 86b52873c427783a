package ru.schoolsupport.roadmap;

import java.time.LocalDate;
import org.springframework.stereotype.Component;
import ru.schoolsupport.cycle.Cycle;
import ru.schoolsupport.reporting.MunicipalReportPart;
import ru.schoolsupport.roadmap.RoadmapService.Completion;
import ru.schoolsupport.roadmap.RoadmapService.RoadmapView;

/**
 * The municipal roadmap and the events register in a municipal report (seed 004): «Муниципальная
 * дорожная карта: выполнено 14 из 20 мероприятий I этапа, 70 %», and the events held in the stage from the
 * register, by kind and topic.
 */
@Component
public class RoadmapReportPart implements MunicipalReportPart {

  private final RoadmapService roadmaps;
  private final EventService events;

  public RoadmapReportPart(RoadmapService roadmaps, EventService events) {
    this.roadmaps = roadmaps;
    this.events = events;
  }

  @Override
  public String paragraph(long cycleId, int stage) {
    StringBuilder text = new StringBuilder();
    RoadmapView view = roadmaps.view(cycleId).filter(v -> v.roadmap().status() == RoadmapStatus.APPROVED).orElse(null);
    if (view != null) {
      text.append(roadmapLine(view, stage));
    }
    Cycle cycle = roadmaps.cycle(cycleId);
    LocalDate from = stage == 2 ? cycle.deadlines().stage1Due().plusDays(1) : null;
    LocalDate upTo = switch (stage) {
      case 1 -> cycle.deadlines().stage1Due();
      case 2 -> cycle.deadlines().stage2Due();
      default -> null;
    };
    if (!events.ofCycle(cycleId).isEmpty()) {
      if (!text.isEmpty()) {
        text.append("\n\n");
      }
      text.append("По реестру мероприятий").append(stage == 0 ? " за год" : " за " + RoadmapService.stageTitle(stage))
          .append(": ").append(lowerFirst(events.summary(cycleId, from, upTo)));
    }
    return text.toString();
  }

  /** «Муниципальная дорожная карта: выполнено 14 из 20 мероприятий I этапа, 70 % (всего …)». */
  static String roadmapLine(RoadmapView view, int stage) {
    Completion all = view.overall();
    if (stage == 0) {
      return "Муниципальная дорожная карта: " + RoadmapExports.completionText(all) + ".";
    }
    Completion ofStage = view.ofStage(stage);
    String line = "Муниципальная дорожная карта: выполнено " + ofStage.done() + " из " + ofStage.total() + " "
        + (ofStage.total() % 10 == 1 && ofStage.total() % 100 != 11 ? "мероприятия" : "мероприятий") + " "
        + (stage == 1 ? "I" : "II") + " этапа, " + ofStage.percent() + " %" + RoadmapExports.notDoneText(ofStage);
    return line + " (всего по дорожной карте " + RoadmapExports.completionText(all) + ").";
  }

  private static String lowerFirst(String text) {
    return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
  }
}
