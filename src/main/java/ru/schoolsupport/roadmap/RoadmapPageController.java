package ru.schoolsupport.roadmap;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;
import ru.schoolsupport.access.MunicipalityReaders;
import ru.schoolsupport.directory.DirectoryRepository;
import ru.schoolsupport.directory.School;
import ru.schoolsupport.process.WorkCalendar;
import ru.schoolsupport.roadmap.RoadmapService.RoadmapView;

/**
 * The roadmap's page ({@code /app/cycles/{id}/roadmap}, behind the Tasklist login): the table with every
 * mark, completion per section, stage and overall, the events register, and the downloads. The
 * department's staff see all of it; an executor or a school sees the items they carry out and the events
 * their school took part in. The files ({@code roadmap.xlsx}, {@code roadmap.docx}, {@code events.xlsx})
 * cover the whole municipality and are for the department's staff only (403 for the others).
 */
@RestController
class RoadmapPageController {

  private static final String REFUSAL = "Выгрузки дорожной карты и реестра мероприятий доступны "
      + MunicipalityReaders.WHO + ".";

  private final RoadmapService roadmaps;
  private final EventService events;
  private final RoadmapExports exports;
  private final RoadmapAccess access;
  private final DirectoryRepository directory;
  private final WorkCalendar calendar;

  RoadmapPageController(RoadmapService roadmaps, EventService events, RoadmapExports exports, RoadmapAccess access,
      DirectoryRepository directory, WorkCalendar calendar) {
    this.roadmaps = roadmaps;
    this.events = events;
    this.exports = exports;
    this.access = access;
    this.directory = directory;
    this.calendar = calendar;
  }

  @GetMapping(value = "/app/cycles/{cycleId}/roadmap", produces = "text/html;charset=UTF-8")
  ResponseEntity<String> page(@PathVariable long cycleId) {
    RoadmapView view = roadmaps.view(cycleId).orElse(null);
    StringBuilder html = new StringBuilder("""
        <!DOCTYPE html><html lang="ru"><head><meta charset="UTF-8"><title>Дорожная карта</title>
        <style>body{font-family:sans-serif;margin:2em}table{border-collapse:collapse;margin-bottom:1.5em}
        td,th{border:1px solid #999;padding:4px 8px;text-align:left;vertical-align:top}.section td{font-weight:bold;
        background:#eee}.done{color:#1a7f37}.late{color:#b42318}</style></head><body>""");
    if (view == null) {
      html.append("<h1>Дорожная карта</h1><p>У этого цикла ещё нет дорожной карты: её начинает координатор в Tasklist "
          + "(«Запустить процесс» → «Муниципальная дорожная карта»).</p>");
      return ok(html.append("</body></html>"));
    }
    boolean all = access.readsAll();
    Roadmap r = view.roadmap();
    html.append("<h1>").append(esc(r.title())).append("</h1>");
    if (r.goal() != null) {
      html.append("<p><b>Цель:</b> ").append(esc(r.goal())).append("</p>");
    }
    html.append("<p>").append(esc(r.status().title())).append(r.version() > 0 ? ", редакция " + r.version() : "")
        .append("</p>");
    if (all) {
      html.append("<p id=\"completion\">Всего: ").append(esc(RoadmapExports.completionText(view.overall())));
      for (int stage : List.of(1, 2, 0)) {
        if (view.ofStage(stage).total() > 0) {
          html.append("; ").append(RoadmapService.stageTitle(stage)).append(": ")
              .append(esc(RoadmapExports.completionText(view.ofStage(stage))));
        }
      }
      String base = "/app/cycles/" + cycleId;
      html.append(".</p><p>Скачать: <a href=\"").append(base).append("/roadmap.xlsx\">дорожная карта (XLSX)</a> · <a href=\"")
          .append(base).append("/roadmap.docx\">дорожная карта (DOCX)</a> · <a href=\"").append(base)
          .append("/events.xlsx\">реестр мероприятий (XLSX)</a></p>");
    }
    html.append("<table><tr>");
    RoadmapExports.ROADMAP_HEADERS.forEach(h -> html.append("<th>").append(esc(h)).append("</th>"));
    html.append("</tr>");
    int n = 0;
    for (RoadmapSection section : view.sections()) {
      List<RoadmapItem> items = view.items().stream().filter(i -> Objects.equals(i.sectionId(), section.id())).toList();
      List<RoadmapItem> shown = items.stream().filter(access::sees).toList();
      if (shown.isEmpty()) {
        n += items.size();
        continue;
      }
      html.append("<tr class=\"section\"><td></td><td colspan=\"5\">").append(esc(section.title()))
          .append(all ? " — " + esc(RoadmapExports.completionText(view.ofSection(section.id()))) : "")
          .append("</td></tr>");
      for (RoadmapItem item : items) {
        n++;
        if (!access.sees(item)) {
          continue;
        }
        String mark = RoadmapMarks.text(view, item, roadmaps, calendar.zone());
        boolean late = view.marks().getOrDefault(item.id(), List.of()).stream().anyMatch(ItemMark::overdue)
            && !view.itemDone(item);
        html.append("<tr data-item=\"").append(item.id()).append("\"><td>").append(n).append(".</td><td>")
            .append(esc(item.content())).append("</td><td>")
            .append(esc(item.period() != null ? item.period() : RoadmapPeriods.RUSSIAN_DATE.format(item.dueDate())))
            .append("</td><td>").append(esc(item.indicator())).append("</td><td>")
            .append(item.executors().stream().map(e -> esc(roadmaps.executorName(e.kind(), e.ref())))
                .collect(Collectors.joining("<br>")))
            .append("</td><td class=\"").append(view.itemDone(item) ? "done" : late ? "late" : "").append("\">")
            .append(esc(mark)).append("</td></tr>");
      }
    }
    html.append("</table>");
    List<CycleEvent> list = all ? events.ofCycle(cycleId)
        : events.ofCycle(cycleId, new EventService.Author(access.login(), false, false, access.ownSchools()));
    Map<String, School> schools = directory.schoolsByCode();
    html.append("<h2>Реестр мероприятий</h2>");
    if (list.isEmpty()) {
      html.append("<p>Мероприятий пока нет.</p>");
    } else {
      html.append("<table><tr><th>Дата</th><th>Вид</th><th>Тема</th><th>Организатор</th><th>Формат</th><th>Школы</th>"
          + "<th>Участников</th></tr>");
      for (CycleEvent e : list) {
        html.append("<tr><td>").append(RoadmapPeriods.RUSSIAN_DATE.format(e.heldOn())).append("</td><td>")
            .append(esc(e.kind().title())).append("</td><td>").append(esc(e.topic())).append("</td><td>")
            .append(esc(e.hostOrganisation())).append("</td><td>").append(esc(e.format().title())).append("</td><td>")
            .append(e.schools().stream().map(c -> esc(schools.containsKey(c) ? schools.get(c).shortName() : c))
                .collect(Collectors.joining(", ")))
            .append("</td><td>").append(e.participants() == null ? "" : e.participants()).append("</td></tr>");
      }
      html.append("</table>");
    }
    html.append("<p><a href=\"/camunda/app/tasklist/\">Вернуться в Tasklist</a></p>");
    return ok(html.append("</body></html>"));
  }

  @GetMapping("/app/cycles/{cycleId}/roadmap.xlsx")
  ResponseEntity<?> xlsx(@PathVariable long cycleId) {
    if (!access.readsAll()) {
      return MunicipalityReaders.refusalPage(REFUSAL);
    }
    return roadmaps.view(cycleId).<ResponseEntity<?>>map(v -> file(exports.roadmapXlsx(v), "Дорожная карта "
            + v.cycle().businessKey().replace('/', '-') + ".xlsx",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
        .orElseGet(() -> ResponseEntity.notFound().build());
  }

  @GetMapping("/app/cycles/{cycleId}/roadmap.docx")
  ResponseEntity<?> docx(@PathVariable long cycleId) {
    if (!access.readsAll()) {
      return MunicipalityReaders.refusalPage(REFUSAL);
    }
    return roadmaps.view(cycleId).<ResponseEntity<?>>map(v -> file(exports.roadmapDocx(v), "Дорожная карта "
            + v.cycle().businessKey().replace('/', '-') + ".docx",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document"))
        .orElseGet(() -> ResponseEntity.notFound().build());
  }

  @GetMapping("/app/cycles/{cycleId}/events.xlsx")
  ResponseEntity<?> eventsXlsx(@PathVariable long cycleId) {
    if (!access.readsAll()) {
      return MunicipalityReaders.refusalPage(REFUSAL);
    }
    var cycle = roadmaps.cycle(cycleId);
    return file(exports.eventsXlsx("Реестр мероприятий, " + cycle.periodType().label(cycle.startYear()),
            events.ofCycle(cycleId), roadmaps.view(cycleId).orElse(null)),
        "Реестр мероприятий " + cycle.businessKey().replace('/', '-') + ".xlsx",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
  }

  private static ResponseEntity<String> ok(StringBuilder html) {
    return ResponseEntity.status(HttpStatus.OK).contentType(new MediaType("text", "html", StandardCharsets.UTF_8))
        .body(html.toString());
  }

  private static ResponseEntity<byte[]> file(byte[] content, String name, String type) {
    return ResponseEntity.ok().contentType(MediaType.parseMediaType(type))
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8)
            .build().toString())
        .body(content);
  }

  private static String esc(String text) {
    return HtmlUtils.htmlEscape(text == null ? "" : text);
  }
}
