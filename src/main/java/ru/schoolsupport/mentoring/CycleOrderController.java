package ru.schoolsupport.mentoring;

import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import ru.schoolsupport.mail.MailMessage;

/** The cycle's order for download, linked from the coordinator's task: any logged-in staff member may read it. */
@RestController
class CycleOrderController {

  private final CycleOrderService orders;

  CycleOrderController(CycleOrderService orders) {
    this.orders = orders;
  }

  @GetMapping("/app/cycles/{cycleId}/order.docx")
  ResponseEntity<byte[]> order(@PathVariable long cycleId) {
    return orders.find(cycleId)
        .map(doc -> ResponseEntity.ok()
            .contentType(MediaType.parseMediaType(MailMessage.DOCX))
            .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename(doc.fileName(), StandardCharsets.UTF_8).build().toString())
            .body(doc.content()))
        .orElseGet(() -> ResponseEntity.notFound().build());
  }
}
