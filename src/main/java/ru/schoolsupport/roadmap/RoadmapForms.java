package ru.schoolsupport.roadmap;

import java.util.Date;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import ru.schoolsupport.cycle.CycleRepository;
import ru.schoolsupport.mail.PublicLinks;
import ru.schoolsupport.process.Markdown;
import ru.schoolsupport.process.WorkCalendar;
import ru.schoolsupport.roadmap.RoadmapService.RoadmapView;

/**
 * What the municipalRoadmap model's forms show, from our tables (the process holds only the cycle's
 * id). Referenced from the model as {@code ${roadmapForms.…(cycleId)}}.
 */
@Component("roadmapForms")
public class RoadmapForms {

  private final RoadmapService roadmaps;
  private final CycleRepository cycles;
  private final WorkCalendar calendar;
  private final PublicLinks links;

  public RoadmapForms(RoadmapService roadmaps, CycleRepository cycles, WorkCalendar calendar, PublicLinks links) {
    this.roadmaps = roadmaps;
    this.cycles = cycles;
    this.calendar = calendar;
    this.links = links;
  }

  /** The draft is due by the schools' documents deadline (seed 000: roadmaps by 01.03), at least a week from now. */
  public Date draftDue(Long cycleId) {
    return calendar.dueWithAtLeastAWeek(cycles.get(cycleId).deadlines().documentsDue());
  }

  public String title(Long cycleId) {
    return roadmaps.find(cycleId).map(Roadmap::title).orElse("");
  }

  public String goal(Long cycleId) {
    return roadmaps.find(cycleId).map(r -> r.goal() == null ? "" : r.goal()).orElse("");
  }

  /** The head's comment on a returned draft (Markdown), empty if none. */
  public String headComment(Long cycleId) {
    return roadmaps.find(cycleId).filter(r -> r.returnCount() > 0 && r.headComment() != null)
        .map(r -> "**Начальник вернул на доработку:** " + Markdown.text(r.headComment())).orElse("");
  }

  /** Where the roadmap is read, edited, imported and downloaded. */
  public String links(Long cycleId) {
    String page = links.base() + "/app/cycles/" + cycleId + "/roadmap";
    return "Дорожная карта в её текущей редакции, с отметками и выгрузками XLSX и DOCX: [" + page + "](" + page
        + "); разделы и мероприятия меняют там же («Изменить дорожную карту») или через `/api/cycles/" + cycleId
        + "/roadmap`. Таблицу управления образования (XLSX, CSV или таблица DOCX, как приложение к приказу) загружают в проект через `POST /api/cycles/"
        + cycleId + "/roadmap/import` (README, «Municipal roadmap»). Ниже — мероприятия на момент создания этой задачи.";
  }

  /** The items by section (Markdown; what users typed is escaped). */
  public String summary(Long cycleId) {
    RoadmapView view = roadmaps.view(cycleId).orElse(null);
    if (view == null || view.items().isEmpty()) {
      return "Мероприятий пока нет.";
    }
    StringBuilder text = new StringBuilder();
    int number = 0;
    for (RoadmapSection section : view.sections()) {
      List<RoadmapItem> items = view.items().stream().filter(i -> section.id().equals(i.sectionId())).toList();
      if (items.isEmpty()) {
        continue;
      }
      text.append("**").append(Markdown.inline(section.title())).append("**\n\n");
      for (RoadmapItem item : items) {
        number++;
        text.append("- п. ").append(number).append(". ").append(Markdown.inline(item.content())).append(" — ")
            .append(item.period() != null ? Markdown.inline(item.period())
                : RoadmapPeriods.RUSSIAN_DATE.format(item.dueDate()))
            .append(", ").append(RoadmapService.stageTitle(item.stage())).append("; исполнители: ")
            .append(item.executors().stream().map(e -> Markdown.inline(roadmaps.executorName(e.kind(), e.ref())))
                .collect(Collectors.joining(", ")));
        if (item.indicator() != null) {
          text.append("; индикатор: ").append(Markdown.inline(item.indicator()));
        }
        text.append("\n");
      }
      text.append("\n");
    }
    return text.append("Всего мероприятий: ").append(view.items().size()).append(".").toString();
  }
}
