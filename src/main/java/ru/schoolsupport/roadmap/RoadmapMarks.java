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
      case "NOT_DONE" -> "не выполнено";
      case "REPORTED" -> mark.reportedNotDone() ? "отметка «не выполнено» на проверке у координатора"
          : "отметка на проверке у координатора";
      default -> (mark.returnCount() > 0 ? "возвращено на доработку" : "в работе")
          + (mark.overdue() ? ", срок нарушен" : "");
    };
  }

  /**
   * «Выполнено 12.03.2027: <report> (<link>)», «Не выполнено: <причина> (<кто>, <дата>)», or where it
   * stands, one line per executor when there are several.
   */
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
      return capitalise(title(marks.get(0), roadmaps, zone)) + file(marks.get(0));
    }
    return marks.stream()
        .map(m -> roadmaps.executorName(m.kind(), m.ref()) + " — " + title(m, roadmaps, zone) + file(m))
        .collect(Collectors.joining("; "));
  }

  /** The status, and for an accepted «не выполнено» «не выполнено: <причина> (<кто>, <дата>)». */
  private static String title(ItemMark mark, RoadmapService roadmaps, ZoneId zone) {
    if (!mark.notDone()) {
      return statusTitle(mark);
    }
    String who = mark.reportedBy() == null ? null
        : java.util.Objects.requireNonNullElse(roadmaps.executorName(RoadmapExecutorKind.PERSON, mark.reportedBy()),
            mark.reportedBy());
    String date = mark.reportedAt() == null ? null
        : RoadmapPeriods.RUSSIAN_DATE.format(mark.reportedAt().atZone(zone).toLocalDate());
    String byWhen = java.util.stream.Stream.of(who, date).filter(java.util.Objects::nonNull)
        .collect(Collectors.joining(", "));
    return "не выполнено: " + mark.reportText() + (byWhen.isEmpty() ? "" : " (" + byWhen + ")");
  }

  /** « [файл: протокол.pdf]» when the mark has a file as its evidence. */
  static String file(ItemMark mark) {
    return mark.evidenceFileName() == null ? "" : " [файл: " + mark.evidenceFileName() + "]";
  }

  private static String capitalise(String text) {
    return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }
}
