package ru.schoolsupport.mentoring;

import java.nio.charset.StandardCharsets;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import ru.schoolsupport.access.MunicipalityReaders;
import ru.schoolsupport.mail.MailMessage;

/**
 * The cycle's order for download, linked from the coordinator's task. It names every school with its
 * mentor school and curator, so only {@link MunicipalityReaders} may read it here; the people it names
 * receive the signed order by e-mail, and a school's people get 403.
 */
@RestController
class CycleOrderController {

  private static final String REFUSAL = "Приказ о сопровождении школ доступен " + MunicipalityReaders.WHO
      + "; школы и все, кто назван в приказе, получают подписанный приказ по электронной почте.";

  private final CycleOrderService orders;
  private final IdentityService identity;

  CycleOrderController(CycleOrderService orders, IdentityService identity) {
    this.orders = orders;
    this.identity = identity;
  }

  @GetMapping("/app/cycles/{cycleId}/order.docx")
  ResponseEntity<?> order(@PathVariable long cycleId) {
    if (!MunicipalityReaders.includeCurrentUser(identity)) {
      return MunicipalityReaders.refusalPage(REFUSAL);
    }
    return orders.find(cycleId)
        .<ResponseEntity<?>>map(doc -> ResponseEntity.ok()
            .contentType(MediaType.parseMediaType(MailMessage.DOCX))
            .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename(doc.fileName(), StandardCharsets.UTF_8).build().toString())
            .body(doc.content()))
        .orElseGet(() -> ResponseEntity.notFound().build());
  }
}
