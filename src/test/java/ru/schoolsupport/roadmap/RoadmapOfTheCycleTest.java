package ru.schoolsupport.roadmap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.util.List;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import ru.schoolsupport.EngineTestSupport;
import ru.schoolsupport.SchoolSupportTest;
import ru.schoolsupport.assignment.AssignmentTasks;
import ru.schoolsupport.cycle.Cycle;
import ru.schoolsupport.cycle.CycleService;
import ru.schoolsupport.mentoring.CycleOrderService;
import ru.schoolsupport.process.ApprovalDecision;
import ru.schoolsupport.process.FormInputException;

/**
 * Issue 24, the rest of it (annualCycle starting the roadmap and the order's appendix at approval:
 * AnnualCycleProcessTest, ModelMigrationTest): a roadmap approved after the order is attached later; an executor attaches a file to their own mark
 * and nobody else to it; the page's edits go through the same checks as the REST API.
 */
@SchoolSupportTest
class RoadmapOfTheCycleTest {

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired FormService forms;
  @Autowired ManagementService management;
  @Autowired RepositoryService repository;
  @Autowired IdentityService identity;
  @Autowired CycleService cycles;
  @Autowired RoadmapService roadmaps;
  @Autowired RoadmapOrders roadmapOrders;
  @Autowired CycleOrderService orders;
  @Autowired AssignmentTasks assignmentTasks;
  @Autowired TestRestTemplate http;

  @BeforeEach
  void init() {
    EngineTestSupport.init(engine);
  }

  /** One cycle for all (test years are scarce): edited on the page, approved after the order, carried out. */
  @Test
  void editedOnThePageApprovedAfterTheOrderAttachedLaterAndMarkedWithAFile() throws Exception {
    Cycle cycle = RoadmapTestCycles.register(cycles);
    roadmaps.draft(cycle.id(), RoadmapService.DraftSource.KEEP, "coordinator");
    thePageEditsSectionsAndItemsWithTheServersChecks(cycle);
    long item = anItemOfTwoSchools(cycle);
    aRoadmapApprovedAfterTheOrderIsAttachedLater(cycle);
    roadmaps.startTracking(cycle.id());
    theExecutorAttachesAFileToTheirOwnMarkAndNobodyElseDoes(cycle, item);
  }

  private void aRoadmapApprovedAfterTheOrderIsAttachedLater(Cycle cycle) throws Exception {
    orders.generate(cycle.id(), "coordinator");
    assertThat(text(orders.find(cycle.id()).orElseThrow().content())).doesNotContain("Приложение 2");
    assertThatThrownBy(() -> roadmapOrders.attach(cycle.id())).isInstanceOf(FormInputException.class)
        .hasMessageContaining("только утверждённая");
    roadmaps.submit(cycle.id());
    roadmaps.decide(cycle.id(), ApprovalDecision.APPROVED, null, "head");
    String base = "/app/cycles/" + cycle.id() + "/roadmap";
    // a school may not; from the page without its header neither
    assertThat(exchange("director.sosh6", HttpMethod.POST, base + "/attach-to-order", null, true).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(exchange("head", HttpMethod.POST, base + "/attach-to-order", null, false).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    ResponseEntity<String> attached = exchange("head", HttpMethod.POST, base + "/attach-to-order", null, true);
    assertThat(attached.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(attached.getBody()).contains("сформирован заново");
    assertThat(text(orders.find(cycle.id()).orElseThrow().content())).contains("Приложение 2 к приказу")
        .contains("(приложение 2).");
  }

  private long anItemOfTwoSchools(Cycle cycle) {
    long section = roadmaps.view(cycle.id()).orElseThrow().sections().get(0).id();
    long item = roadmaps.addItem(cycle.id(), new RoadmapService.ItemInput(section, null, "Семинар-практикум по "
        + "антирисковым программам", null, cycle.deadlines().stage1Due(), "Протокол",
        List.of(ItemExecutor.of(RoadmapExecutorKind.SCHOOL, "lyceum7"),
            ItemExecutor.of(RoadmapExecutorKind.SCHOOL, "sosh8"))), null, "coordinator");
    String upload = "/app/cycles/" + cycle.id() + "/roadmap/items/" + item + "/evidence";
    byte[] pdf = "%PDF-1.4 протокол".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    assertThat(upload("director.lyceum7", upload, "протокол.pdf", pdf).getBody()).contains("ещё не на исполнении");
    return item;
  }

  private void theExecutorAttachesAFileToTheirOwnMarkAndNobodyElseDoes(Cycle cycle, long item) {
    String upload = "/app/cycles/" + cycle.id() + "/roadmap/items/" + item + "/evidence";
    byte[] pdf = "%PDF-1.4 протокол".getBytes(java.nio.charset.StandardCharsets.UTF_8);

    // another school's people are refused; a wrong type or a renamed file is refused in Russian
    assertThat(upload("director.sosh6", upload, "протокол.pdf", pdf).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(upload("director.lyceum7", upload, "протокол.exe", pdf).getBody()).contains("не принимается");
    assertThat(upload("director.lyceum7", upload, "протокол.png", pdf).getBody()).contains("не похоже на PNG");
    ResponseEntity<String> ok = upload("director.lyceum7", upload, "протокол.pdf", pdf);
    assertThat(ok.getStatusCode()).isEqualTo(HttpStatus.CREATED);

    var view = roadmaps.view(cycle.id()).orElseThrow();
    ItemMark lyceum = view.marks().get(item).stream().filter(m -> m.ref().equals("lyceum7")).findFirst().orElseThrow();
    ItemMark sosh8 = view.marks().get(item).stream().filter(m -> m.ref().equals("sosh8")).findFirst().orElseThrow();
    assertThat(lyceum.evidenceFileName()).isEqualTo("протокол.pdf");
    assertThat(sosh8.evidenceId()).as("the other executor's mark is not touched").isNull();
    // the lyceum may not attach to sosh8's mark
    assertThat(upload("director.lyceum7", upload + "?assignment=" + sosh8.assignmentId(), "протокол.pdf", pdf)
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    // shown in the controller's check task, the page and the export; downloaded by whoever sees the item
    assertThat(assignmentTasks.report(lyceum.assignmentId())).contains("Файл-подтверждение").contains("протокол\\.pdf");
    assertThat(assignmentTasks.summary(lyceum.assignmentId())).contains("/app/cycles/" + cycle.id() + "/roadmap");
    String download = "/app/cycles/" + cycle.id() + "/roadmap/evidence/" + lyceum.evidenceId();
    ResponseEntity<byte[]> file = http.withBasicAuth("director.lyceum7", "demo").getForEntity(download, byte[].class);
    assertThat(file.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(file.getBody()).isEqualTo(pdf);
    assertThat(http.withBasicAuth("director.sosh6", "demo").getForEntity(download, String.class).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(http.withBasicAuth("coordinator", "demo").getForEntity("/app/cycles/" + cycle.id() + "/roadmap",
        String.class).getBody()).contains("Файл: протокол.pdf").contains("[файл: протокол.pdf]");
    // too large: 413 in Russian
    byte[] large = new byte[5 * 1024 * 1024 + 10];
    large[0] = '%';
    ResponseEntity<String> tooLarge = upload("director.lyceum7", upload.replace("/app/", "/api/"), "скан.pdf", large);
    assertThat(tooLarge.getStatusCode()).isEqualTo(HttpStatus.PAYLOAD_TOO_LARGE);
    assertThat(tooLarge.getBody()).contains("больше 5 МБ");
  }

  private void thePageEditsSectionsAndItemsWithTheServersChecks(Cycle cycle) {
    String base = "/app/cycles/" + cycle.id() + "/roadmap";
    ResponseEntity<String> data = exchange("methodist", HttpMethod.GET, base + "/data", null, true);
    assertThat(data.getBody()).contains("\"mayEdit\":true").contains("\"options\"").contains("\"SCHOOL\"");
    assertThat(exchange("director.sosh6", HttpMethod.GET, base + "/data", null, true).getBody())
        .contains("\"mayEdit\":false").doesNotContain("\"options\"");
    // without the page's header a change is refused (a form on another site cannot send it)
    assertThat(exchange("methodist", HttpMethod.POST, base + "/sections", "{\"title\":\"Раздел\"}", false)
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    ResponseEntity<String> section = exchange("methodist", HttpMethod.POST, base + "/sections",
        "{\"title\":\"Информационное сопровождение\"}", true);
    assertThat(section.getStatusCode()).isEqualTo(HttpStatus.OK);
    long sectionId = roadmaps.view(cycle.id()).orElseThrow().sections().stream()
        .filter(s -> s.title().equals("Информационное сопровождение")).findFirst().orElseThrow().id();
    ResponseEntity<String> bad = exchange("methodist", HttpMethod.POST, base + "/items",
        "{\"sectionId\":" + sectionId + ",\"content\":\"\",\"executors\":[]}", true);
    assertThat(bad.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(bad.getBody()).contains("не указано: содержание мероприятия").contains("не указан ответственный исполнитель");
    ResponseEntity<String> added = exchange("methodist", HttpMethod.POST, base + "/items", "{\"sectionId\":" + sectionId
        + ",\"content\":\"Публикация материалов на сайте\",\"dueDate\":\"" + cycle.deadlines().stage1Due()
        + "\",\"executors\":[{\"kind\":\"BASE\",\"ref\":\"base\"},{\"kind\":\"PERSON\",\"ref\":\"coordinator\"}]}", true);
    assertThat(added.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(exchange("methodist", HttpMethod.DELETE, base + "/sections/" + sectionId, null, true).getBody())
        .contains("перенесите");
    long itemId = roadmaps.view(cycle.id()).orElseThrow().items().stream()
        .filter(i -> i.content().startsWith("Публикация")).findFirst().orElseThrow().id();
    assertThat(exchange("methodist", HttpMethod.DELETE, base + "/items/" + itemId, null, true).getStatusCode())
        .isEqualTo(HttpStatus.OK);
    assertThat(exchange("methodist", HttpMethod.DELETE, base + "/sections/" + sectionId, null, true).getStatusCode())
        .isEqualTo(HttpStatus.OK);
    assertThat(roadmaps.view(cycle.id()).orElseThrow().sections()).noneMatch(s -> s.id() == sectionId);
    // the page loads its script from a file
    assertThat(http.withBasicAuth("methodist", "demo").getForEntity(base, String.class).getBody())
        .contains("<script src=\"/app/roadmap/page.js\"></script>");
    assertThat(http.withBasicAuth("methodist", "demo").getForEntity("/app/roadmap/page.js", String.class)
        .getStatusCode()).isEqualTo(HttpStatus.OK);
  }

  private ResponseEntity<String> exchange(String user, HttpMethod method, String url, String json, boolean pageHeader) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    if (pageHeader) {
      headers.set("X-Requested-With", "roadmap");
    }
    return http.withBasicAuth(user, "demo").exchange(url, method, new HttpEntity<>(json, headers), String.class);
  }

  private ResponseEntity<String> upload(String user, String url, String name, byte[] content) {
    MultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
    body.add("file", new ByteArrayResource(content) {
      @Override
      public String getFilename() {
        return name;
      }
    });
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    headers.set("X-Requested-With", "roadmap");
    return http.withBasicAuth(user, "demo").exchange(url, HttpMethod.POST, new HttpEntity<>(body, headers),
        String.class);
  }

  private static String text(byte[] docx) throws Exception {
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx));
        XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
      return extractor.getText();
    }
  }
}
