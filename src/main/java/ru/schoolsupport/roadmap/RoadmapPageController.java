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
 * cover the whole municipality and are for the department's staff only (403 for the others). Its script
 * ({@code roadmap/page.js}) adds the editing of sections and items for the managers and the base
 * organisation (with a reason after approval), the attaching to the order, and the upload of a file as
 * the evidence of the user's own mark; an executor's page stays read-only but for that upload.
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
  private final RoadmapEvidence evidence;

  RoadmapPageController(RoadmapService roadmaps, EventService events, RoadmapExports exports, RoadmapAccess access,
      DirectoryRepository directory, WorkCalendar calendar, RoadmapEvidence evidence) {
    this.evidence = evidence;
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
        <!DOCTYPE html><html lang="ru"><head><meta charset="UTF-8">
        <meta name="viewport" content="width=device-width, initial-scale=1"><title>Дорожная карта</title>
        <style>body{font-family:"Segoe UI",Roboto,Arial,sans-serif;color:#222;margin:0;padding:16px 24px}
        [hidden]{display:none!important}h1{font-size:22px;margin:0 0 6px}h2{font-size:17px;margin:24px 0 8px;
        border-bottom:1px solid #d0d0d0;padding-bottom:4px}table{border-collapse:collapse;width:100%;font-size:13px;
        margin-bottom:1.5em}td,th{border:1px solid #d0d0d0;padding:4px 6px;text-align:left;vertical-align:top}
        th{background:#f2f4f7}.section td{font-weight:bold;background:#eef0f3}.done{color:#2e7d32}.late{color:#c62828}.notdone{color:#8d6e00}
        .toolbar{display:flex;flex-wrap:wrap;gap:12px;align-items:center;margin:12px 0}button{font-size:14px;
        padding:4px 10px}.form-error,.error{color:#c62828;font-weight:bold}.form-ok{color:#2e7d32;font-weight:bold}
        form.evidence{margin-top:6px;font-size:12px}form.evidence .msg{display:block}.card{border:1px solid #d0d0d0;
        border-radius:4px;padding:8px 12px;margin-bottom:10px}form.edit{display:grid;grid-template-columns:
        repeat(auto-fit,minmax(260px,1fr));gap:8px 16px;max-width:1100px}form.edit label{display:flex;flex-direction:
        column;font-size:12px;color:#444;gap:2px}form.edit .wide{grid-column:1/-1}form.edit input,form.edit select,
        form.edit textarea{font-size:14px;padding:4px 6px;font-family:inherit}form.edit .invalid{outline:2px solid
        #c62828}.problems{color:#c62828;margin:4px 0}.muted{color:#555;font-size:13px}
        @media print{.toolbar,form.evidence,#editor{display:none!important}}</style></head>"""
        ).append("<body data-cycle=\"").append(cycleId).append("\">");
    if (view == null) {
      html.append("<h1>Дорожная карта</h1><p>У этого цикла ещё нет дорожной карты: её начинает координатор в Tasklist "
          + "(«Запустить процесс» → «Муниципальная дорожная карта»).</p>");
      return ok(html.append("</body></html>"));
    }
    java.util.Set<Long> uploadable = evidence.uploadable(view).stream().map(ItemMark::assignmentId)
        .collect(Collectors.toSet());
    boolean all = access.readsAll();
    Roadmap r = view.roadmap();
    html.append("<h1>").append(esc(r.title())).append("</h1>");
    if (r.goal() != null) {
      html.append("<p><b>Цель:</b> ").append(esc(r.goal())).append("</p>");
    }
    html.append("<p id=\"status\">").append(esc(r.status().title()))
        .append(r.version() > 0 ? ", редакция " + r.version() : "")
        .append(r.attachedToOrder() ? "; приложена к приказу о сопровождении школ (приложение 2)" : "")
        .append("</p>");
    html.append("<div class=\"toolbar\" id=\"toolbar\"></div><div id=\"editor\" hidden></div>");
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
            && !view.itemClosed(item);
        html.append("<tr data-item=\"").append(item.id()).append("\"><td>").append(n).append(".</td><td>")
            .append(esc(item.content())).append("</td><td>")
            .append(esc(item.period() != null ? item.period() : RoadmapPeriods.RUSSIAN_DATE.format(item.dueDate())))
            .append("</td><td>").append(esc(item.indicator())).append("</td><td>")
            .append(item.executors().stream().map(e -> esc(roadmaps.executorName(e.kind(), e.ref())))
                .collect(Collectors.joining("<br>")))
            .append("</td><td class=\"").append(view.itemDone(item) ? "done" : view.itemNotDone(item) ? "notdone" : late ? "late" : "").append("\">")
            .append(esc(mark));
        for (ItemMark m : view.marks().getOrDefault(item.id(), List.of())) {
          if (m.evidenceId() != null) {
            html.append("<br><a class=\"evidence-file\" href=\"/app/cycles/").append(cycleId)
                .append("/roadmap/evidence/").append(m.evidenceId()).append("\">Файл: ")
                .append(esc(m.evidenceFileName())).append("</a>");
          }
          if (m.assignmentId() != null && uploadable.contains(m.assignmentId())) {
            html.append("<form class=\"evidence\" data-item=\"").append(item.id()).append("\" data-assignment=\"")
                .append(m.assignmentId()).append("\"><label>")
                .append(view.marks().get(item.id()).size() > 1 ? esc(roadmaps.executorName(m.kind(), m.ref())) + ": " : "")
                .append(m.evidenceId() == null ? "файл-подтверждение" : "заменить файл")
                .append(" (PDF, DOCX, XLSX, JPG, PNG, до 5 МБ) <input type=\"file\" name=\"file\" ")
                .append("accept=\".pdf,.docx,.xlsx,.jpg,.jpeg,.png\"></label> <button type=\"submit\">Приложить файл")
                .append("</button><span class=\"msg\"></span></form>");
          }
        }
        html.append("</td></tr>");
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
    html.append("<script src=\"/app/roadmap/page.js\"></script>");
    return ok(html.append("</body></html>"));
  }

  /** The page's script: a file of its own, as our pages' Content-Security-Policy allows no inline script. */
  @GetMapping("/app/roadmap/page.js")
  ResponseEntity<String> script() throws java.io.IOException {
    try (java.io.InputStream in = new org.springframework.core.io.ClassPathResource("roadmap/page.js").getInputStream()) {
      return ResponseEntity.ok().contentType(new MediaType("text", "javascript", StandardCharsets.UTF_8))
          .header("Cache-Control", "no-cache")
          .body(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
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
