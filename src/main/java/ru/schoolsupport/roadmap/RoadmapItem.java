package ru.schoolsupport.roadmap;

import java.time.LocalDate;
import java.util.List;

/**
 * An item of the roadmap: what is done («Содержание деятельности»), when (the period as written and the
 * due date, its last day), the indicator of completion, the cycle's stage (1, 2; 0 = final) and who does it.
 */
public record RoadmapItem(
    Long id,
    Long sectionId,
    int position,
    int stage,
    String content,
    String period,
    LocalDate dueDate,
    String indicator,
    List<ItemExecutor> executors) {

  RoadmapItem withExecutors(List<ItemExecutor> list) {
    return new RoadmapItem(id, sectionId, position, stage, content, period, dueDate, indicator, list);
  }
}
