package ru.schoolsupport.roadmap;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import ru.schoolsupport.roadmap.RoadmapService.Completion;
import ru.schoolsupport.roadmap.RoadmapService.RoadmapView;

/** The roadmap as the REST API answers it: plain maps, Russian titles beside the codes. */
final class RoadmapJson {

  private RoadmapJson() {
  }

  /** The whole roadmap, or (with {@code only} given) the items that user carries out and no completion figures. */
  static Map<String, Object> of(RoadmapView view, RoadmapService roadmaps, RoadmapAccess only) {
    Roadmap r = view.roadmap();
    List<Map<String, Object>> sections = new ArrayList<>();
    for (RoadmapSection s : view.sections()) {
      List<Map<String, Object>> items = view.items().stream()
          .filter(i -> Objects.equals(i.sectionId(), s.id()))
          .filter(i -> only == null || only.sees(i))
          .map(i -> item(view, i, roadmaps)).toList();
      if (only != null && items.isEmpty()) {
        continue;
      }
      Map<String, Object> section = RoadmapController.map("id", s.id(), "position", s.position(), "title", s.title(),
          "items", items);
      if (only == null) {
        section.put("completion", completion(view.ofSection(s.id())));
      }
      sections.add(section);
    }
    Map<String, Object> json = RoadmapController.map("id", r.id(), "cycleId", r.cycleId(), "title", r.title(),
        "goal", r.goal(), "status", r.status().name(), "statusTitle", r.status().title(), "version", r.version(),
        "approvedBy", r.approvedBy(), "approvedAt", r.approvedAt(), "attachedToOrder", r.attachedToOrder(),
        "sections", sections);
    if (only == null) {
      json.put("headComment", r.headComment());
      json.put("completion", completion(view.overall()));
      json.put("stages", List.of(1, 2, 0).stream().map(stage -> RoadmapController.map("stage", stage,
          "title", RoadmapService.stageTitle(stage), "completion", completion(view.ofStage(stage)))).toList());
      json.put("versions", view.versions().stream().map(v -> RoadmapController.map("version", v.version(),
          "changedBy", v.changedBy(), "changedAt", v.changedAt(), "reason", v.reason())).toList());
    }
    return json;
  }

  static Map<String, Object> item(RoadmapView view, RoadmapItem i, RoadmapService roadmaps) {
    List<Map<String, Object>> executors = new ArrayList<>();
    for (ItemExecutor e : i.executors()) {
      ItemMark mark = view.marks().getOrDefault(i.id(), List.of()).stream()
          .filter(m -> m.kind() == e.kind() && m.ref().equals(e.ref())).findFirst().orElse(null);
      Map<String, Object> executor = RoadmapController.map("kind", e.kind().name(), "ref", e.ref(),
          "name", roadmaps.executorName(e.kind(), e.ref()));
      if (mark != null && mark.assignmentId() != null) {
        executor.put("mark", RoadmapController.map("assignmentId", mark.assignmentId(), "status", mark.status(),
            "statusTitle", RoadmapMarks.statusTitle(mark), "report", mark.reportText(), "link", mark.reportLink(),
            "reportedAt", mark.reportedAt(), "reportedBy", mark.reportedBy(), "acceptedAt", mark.acceptedAt(),
            "overdue", mark.overdue(), "returned", mark.returnCount(), "evidenceId", mark.evidenceId(),
            "evidenceFile", mark.evidenceFileName()));
      }
      executors.add(executor);
    }
    return RoadmapController.map("id", i.id(), "sectionId", i.sectionId(), "stage", i.stage(),
        "stageTitle", RoadmapService.stageTitle(i.stage()), "content", i.content(), "period", i.period(),
        "dueDate", i.dueDate(), "indicator", i.indicator(), "done", view.itemDone(i), "notDone", view.itemNotDone(i),
        "doneAt", view.doneAt(i),
        "executors", executors);
  }

  static Map<String, Object> completion(Completion c) {
    return RoadmapController.map("done", c.done(), "total", c.total(), "percent", c.percent(), "notDone", c.notDone());
  }
}
