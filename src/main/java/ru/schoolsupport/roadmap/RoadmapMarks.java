package ru.schoolsupport.roadmap;

import java.time.ZoneId;
import java.util.List;
import java.util.stream.Collectors;
import ru.schoolsupport.roadmap.RoadmapService.RoadmapView;

/** The completion mark as the roadmap's table writes it («Отметка о выполнении»). */
final class RoadmapMarks {

  private RoadmapMarks() {
  }

  static String statusTitle(ItemMark mark) {
    if (mark.status() == null) {
      return "не выдано";
    }
    return switch (mark.status()) {
      case "DONE" -> "выполнено";
      case "REPORTED" -> "отметка на проверке у координатора";
      default -> (mark.returnCount() > 0 ? "возвращено на доработку" : "в работе")
          + (mark.overdue() ? ", срок нарушен" : "");
    };
  }

  /** «Выполнено 12.03.2027: <report> (<link>)», or where it stands, one line per executor when there are several. */
  static String text(RoadmapView view, RoadmapItem item, RoadmapService roadmaps, ZoneId zone) {
    List<ItemMark> marks = view.marks().getOrDefault(item.id(), List.of());
    if (marks.stream().allMatch(m -> m.assignmentId() == null)) {
      return "";
    }
    if (view.itemDone(item)) {
      String date = RoadmapPeriods.RUSSIAN_DATE.format(view.doneAt(item).atZone(zone).toLocalDate());
      String evidence = marks.stream().map(m -> m.reportText() + (m.reportLink() == null ? "" : " (" + m.reportLink()
          + ")") + file(m)).distinct().collect(Collectors.joining("; "));
      return "Выполнено " + date + ": " + evidence;
    }
    if (marks.size() == 1) {
      return capitalise(statusTitle(marks.get(0))) + file(marks.get(0));
    }
    return marks.stream().map(m -> roadmaps.executorName(m.kind(), m.ref()) + " — " + statusTitle(m) + file(m))
        .collect(Collectors.joining("; "));
  }

  /** « [файл: протокол.pdf]» when the mark has a file as its evidence. */
  static String file(ItemMark mark) {
    return mark.evidenceFileName() == null ? "" : " [файл: " + mark.evidenceFileName() + "]";
  }

  private static String capitalise(String text) {
    return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }
}
