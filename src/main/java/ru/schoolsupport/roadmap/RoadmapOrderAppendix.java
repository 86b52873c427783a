package ru.schoolsupport.roadmap;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.springframework.stereotype.Component;
import ru.schoolsupport.documents.WordDocument;
import ru.schoolsupport.mentoring.CycleOrderAppendix;
import ru.schoolsupport.mentoring.CycleOrderDocument;
import ru.schoolsupport.roadmap.RoadmapService.RoadmapView;

/**
 * The approved roadmap as an appendix of the cycle's order (seed 002, item 5 and its appendix): the item
 * «Утвердить муниципальную дорожную карту … (приложение 2)» and the table «№ п/п · Содержание
 * деятельности · Сроки реализации · Ответственный исполнитель · Отметка о выполнении» in sections by
 * stage (I этап, II этап, итоговый), the mark column left for the marks, as an approved plan is signed.
 * Only a roadmap the head approved and attached ({@code ss_roadmap.attached_to_order}) is an appendix.
 */
@Component
class RoadmapOrderAppendix implements CycleOrderAppendix {

  static final List<String> HEADERS = List.of("№ п/п", "Содержание деятельности", "Сроки реализации",
      "Ответственный исполнитель", "Отметка о выполнении");

  private final RoadmapService roadmaps;

  RoadmapOrderAppendix(RoadmapService roadmaps) {
    this.roadmaps = roadmaps;
  }

  @Override
  public Optional<Part> of(long cycleId) {
    return roadmaps.view(cycleId)
        .filter(v -> v.roadmap().status() == RoadmapStatus.APPROVED && v.roadmap().attachedToOrder())
        .map(AppendixPart::new);
  }

  /** The items in the appendix's order: by stage (I, II, final), within a stage as the roadmap lists them. */
  static List<RoadmapItem> byStage(RoadmapView view) {
    List<RoadmapItem> ordered = new ArrayList<>();
    List<RoadmapItem> bySection = new ArrayList<>();
    for (RoadmapSection section : view.sections()) {
      view.items().stream().filter(i -> Objects.equals(i.sectionId(), section.id())).forEach(bySection::add);
    }
    view.items().stream().filter(i -> !bySection.contains(i)).forEach(bySection::add);
    for (int stage : List.of(1, 2, 0)) {
      bySection.stream().filter(i -> i.stage() == stage).forEach(ordered::add);
    }
    return ordered;
  }

  private final class AppendixPart implements Part {

    private final RoadmapView view;

    AppendixPart(RoadmapView view) {
      this.view = view;
    }

    @Override
    public String approves() {
      return "Утвердить " + lowerFirst(view.roadmap().title());
    }

    @Override
    public void render(WordDocument doc, String heading) {
      CycleOrderDocument.appendixHeading(doc, heading);
      doc.centered(view.roadmap().title(), true, 12);
      if (view.roadmap().goal() != null) {
        doc.paragraph("Цель: " + lowerFirst(view.roadmap().goal()), false);
      }
      XWPFTable table = doc.table(HEADERS.toArray(String[]::new));
      int n = 0;
      int stage = -1;
      for (RoadmapItem item : byStage(view)) {
        if (item.stage() != stage) {
          stage = item.stage();
          XWPFTableRow stageRow = table.createRow();
          doc.cell(stageRow, 0, "");
          doc.run(stageRow.getCell(1).getParagraphs().get(0), RoadmapService.stageTitle(stage), true, 11);
          for (int i = 2; i < HEADERS.size(); i++) {
            doc.cell(stageRow, i, "");
          }
        }
        XWPFTableRow row = table.createRow();
        doc.cell(row, 0, ++n + ".");
        doc.cell(row, 1, item.content() + (item.indicator() == null ? "" : "\nИндикатор: " + item.indicator()));
        doc.cell(row, 2, item.period() != null ? item.period() : RoadmapPeriods.RUSSIAN_DATE.format(item.dueDate()));
        doc.cell(row, 3, item.executors().stream().map(e -> roadmaps.executorName(e.kind(), e.ref()))
            .filter(Objects::nonNull).collect(Collectors.joining("\n")));
        doc.cell(row, 4, "");
      }
    }
  }

  /** «муниципальную дорожную карту» would need the accusative: the title's first word is put in it when known. */
  static String lowerFirst(String title) {
    String text = title.strip();
    if (text.startsWith("Муниципальная дорожная карта")) {
      return "муниципальную дорожную карту" + text.substring("Муниципальная дорожная карта".length());
    }
    if (text.startsWith("Дорожная карта")) {
      return "дорожную карту" + text.substring("Дорожная карта".length());
    }
    if (text.length() > 1 && Character.isUpperCase(text.charAt(1))) {
      return text;
    }
    return Character.toLowerCase(text.charAt(0)) + text.substring(1);
  }
}
