package ru.schoolsupport.reporting;

import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;
import ru.schoolsupport.access.MunicipalityReaders;
import ru.schoolsupport.process.WorkCalendar;

/**
 * The municipal reports of a cycle for download (linked from the coordinator's and the head's
 * tasks), and the list of them: the sent reports are the cycle's archive. A report holds every
 * school's figures, so only {@link MunicipalityReaders} may read them (as the monitoring page);
 * a school's people get 403.
 */
@RestController
class MunicipalReportController {

  private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

  private static final String REFUSAL = "Муниципальные отчёты доступны " + MunicipalityReaders.WHO + ".";

  private final MunicipalReportService reports;
  private final WorkCalendar calendar;
  private final IdentityService identity;

  MunicipalReportController(MunicipalReportService reports, WorkCalendar calendar, IdentityService identity) {
    this.reports = reports;
    this.calendar = calendar;
    this.identity = identity;
  }

  @GetMapping("/app/cycles/{cycleId}/municipal-reports/{stage}.xlsx")
  ResponseEntity<?> workbook(@PathVariable long cycleId, @PathVariable int stage) {
    if (!MunicipalityReaders.includeCurrentUser(identity)) {
      return MunicipalityReaders.refusalPage(REFUSAL);
    }
    return download(reports.workbook(cycleId, stage));
  }

  @GetMapping("/app/cycles/{cycleId}/municipal-reports/{stage}.docx")
  ResponseEntity<?> document(@PathVariable long cycleId, @PathVariable int stage) {
    if (!MunicipalityReaders.includeCurrentUser(identity)) {
      return MunicipalityReaders.refusalPage(REFUSAL);
    }
    return download(reports.document(cycleId, stage));
  }

  /** The cycle's reports: stage, status, rounds, when sent and to whom, with links to both files. */
  @GetMapping(value = "/app/cycles/{cycleId}/municipal-reports", produces = "text/html;charset=UTF-8")
  ResponseEntity<String> list(@PathVariable long cycleId) {
    if (!MunicipalityReaders.includeCurrentUser(identity)) {
      return MunicipalityReaders.refusalPage(REFUSAL);
    }
    List<MunicipalReport> list = reports.ofCycle(cycleId);
    StringBuilder html = new StringBuilder("""
        <!DOCTYPE html><html lang="ru"><head><meta charset="UTF-8"><title>Муниципальные отчёты</title>
        <style>body{font-family:sans-serif;margin:2em}table{border-collapse:collapse}
        td,th{border:1px solid #999;padding:4px 8px;text-align:left}</style></head><body>
        <h1>Муниципальные отчёты цикла</h1>""");
    if (list.isEmpty()) {
      html.append("<p>Отчётов по этому циклу ещё нет.</p>");
    } else {
      html.append("<table><tr><th>Отчёт</th><th>Статус</th><th>Раундов утверждения</th><th>Направлен</th>"
          + "<th>Файлы</th></tr>");
      for (MunicipalReport r : list) {
        String base = "/app/cycles/" + cycleId + "/municipal-reports/" + r.stage();
        html.append("<tr><td>").append(esc(r.stage() == 0 ? "Итоговый отчёт"
                : "Отчёт за " + MunicipalReportData.stageTitle(r.stage())))
            .append("</td><td>").append(esc(r.status().title()))
            .append("</td><td>").append(r.round())
            .append("</td><td>").append(r.sentAt() == null ? "—"
                : esc(DATE_TIME.format(r.sentAt().atZone(zone())) + ", " + r.sentTo()))
            .append("</td><td><a href=\"").append(base).append(".xlsx\">XLSX</a> · <a href=\"").append(base)
            .append(".docx\">DOCX</a></td></tr>");
      }
      html.append("</table>");
    }
    return ResponseEntity.ok(html.append("</body></html>").toString());
  }

  private ZoneId zone() {
    return calendar.zone();
  }

  private static String esc(String text) {
    return HtmlUtils.htmlEscape(text == null ? "" : text);
  }

  private static ResponseEntity<byte[]> download(Optional<MunicipalReport.File> file) {
    return file
        .map(f -> ResponseEntity.ok()
            .contentType(MediaType.parseMediaType(f.contentType()))
            .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename(f.fileName(), StandardCharsets.UTF_8).build().toString())
            .body(f.content()))
        .orElseGet(() -> ResponseEntity.notFound().build());
  }
}
