package ru.schoolsupport.addition;

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
 * An amending order for download, linked from the coordinator's task: for {@link MunicipalityReaders}
 * only, as the cycle's own order; the people it names receive it by e-mail, a school's people get 403.
 */
@RestController
class AmendingOrderController {

  private static final String REFUSAL = "Приказ о внесении изменений доступен " + MunicipalityReaders.WHO
      + "; школы и все, кто назван в приказе, получают подписанный приказ по электронной почте.";

  private final AmendingOrderService orders;
  private final IdentityService identity;

  AmendingOrderController(AmendingOrderService orders, IdentityService identity) {
    this.orders = orders;
    this.identity = identity;
  }

  @GetMapping("/app/additions/{additionId}/order.docx")
  ResponseEntity<?> order(@PathVariable long additionId) {
    if (!MunicipalityReaders.includeCurrentUser(identity)) {
      return MunicipalityReaders.refusalPage(REFUSAL);
    }
    return orders.find(additionId)
        .<ResponseEntity<?>>map(doc -> ResponseEntity.ok()
            .contentType(MediaType.parseMediaType(MailMessage.DOCX))
            .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename(doc.fileName(), StandardCharsets.UTF_8).build().toString())
            .body(doc.content()))
        .orElseGet(() -> ResponseEntity.notFound().build());
  }
}
