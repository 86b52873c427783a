package ru.schoolsupport.roadmap;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;
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
import ru.schoolsupport.SchoolSupportTest;
import ru.schoolsupport.cycle.Cycle;
import ru.schoolsupport.cycle.CycleService;
import ru.schoolsupport.process.ApprovalDecision;

/**
 * The roadmap's and the events register's REST API as each kind of user meets it: the managers and the
 * base organisation edit a draft, only the coordinator an approved roadmap; a school sees the items and
 * events it is part of and gets 403 in Russian for anyone else's; a table with a bad row is refused whole.
 */
@SchoolSupportTest
class RoadmapRestTest {

  @Autowired TestRestTemplate http;
  @Autowired CycleService cycles;
  @Autowired RoadmapService roadmaps;
  @Autowired EventService events;

  private Cycle cycleWithDraft() {
    Cycle cycle = RoadmapTestCycles.register(cycles);
    roadmaps.draft(cycle.id(), RoadmapService.DraftSource.TEMPLATE, "coordinator");
    return cycle;
  }

  private String item(Cycle cycle, String executorKind, String ref) {
    return """
        {"content":"Взаимопроверка документов на сайтах школ","period":"24 мая - 25 мая %d г.","indicator":"Справка",
         "executors":[{"kind":"%s","ref":"%s"}]}""".formatted(cycle.startYear(), executorKind, ref);
  }

  @Test
  void aDraftIsEditedByManagersAndTheBaseOrganisationAndAnApprovedOneByTheCoordinatorOnly() {
    Cycle cycle = cycleWithDraft();
    String base = "/api/cycles/" + cycle.id() + "/roadmap";

    ResponseEntity<String> added = call("methodist", HttpMethod.POST, base + "/items", item(cycle, "SCHOOL", "sosh6"));
    assertThat(added.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(call("director.sosh6", HttpMethod.POST, base + "/items", item(cycle, "SCHOOL", "sosh6")))
        .satisfies(r -> assertThat(r.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN))
        .satisfies(r -> assertThat(r.getBody()).contains("Дорожную карту составляют"));
    assertThat(call("coordinator", HttpMethod.POST, base + "/items", item(cycle, "ALIEN", "x")))
        .satisfies(r -> assertThat(r.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST))
        .satisfies(r -> assertThat(r.getBody()).contains("вид исполнителя «ALIEN» не распознан"));
    assertThat(call("coordinator", HttpMethod.POST, base + "/items", "{\"content\":\"\",\"executors\":[]}").getBody())
        .contains("содержание мероприятия").contains("не указан ответственный исполнитель");

    roadmaps.submit(cycle.id());
    roadmaps.decide(cycle.id(), ApprovalDecision.APPROVED, null, "head");
    roadmaps.startTracking(cycle.id());

    assertThat(call("methodist", HttpMethod.POST, base + "/items", item(cycle, "SCHOOL", "sosh6")))
        .satisfies(r -> assertThat(r.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN))
        .satisfies(r -> assertThat(r.getBody()).contains("вносит муниципальный координатор"));
    assertThat(call("coordinator", HttpMethod.POST, base + "/items", item(cycle, "SCHOOL", "sosh12")).getBody())
        .contains("причину");
    String withReason = item(cycle, "SCHOOL", "sosh12").replace("\"indicator\"", "\"reason\":\"Актуализация\",\"indicator\"");
    assertThat(call("coordinator", HttpMethod.POST, base + "/items", withReason).getStatusCode()).isEqualTo(HttpStatus.OK);

    ResponseEntity<String> whole = call("head", HttpMethod.GET, base, null);
    assertThat(whole.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(whole.getBody()).contains("\"statusTitle\":\"Утверждена\"", "\"version\":2", "\"completion\"",
        "Актуализация", "Организация и проведение анализа");
  }

  @Test
  void aSchoolSeesItsOwnItemsOnlyAndNobodyElsesMark() {
    Cycle cycle = cycleWithDraft();
    String base = "/api/cycles/" + cycle.id() + "/roadmap";
    call("coordinator", HttpMethod.POST, base + "/items", item(cycle, "SCHOOL", "sosh6"));
    roadmaps.submit(cycle.id());
    roadmaps.decide(cycle.id(), ApprovalDecision.APPROVED, null, "head");
    roadmaps.startTracking(cycle.id());
    RoadmapService.RoadmapView view = roadmaps.view(cycle.id()).orElseThrow();
    long own = view.items().stream().filter(i -> i.executors().get(0).ref().equals("sosh6")).findFirst().orElseThrow().id();
    long other = view.items().get(0).id();

    ResponseEntity<String> mine = call("deputy.sosh6", HttpMethod.GET, base, null);
    assertThat(mine.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(mine.getBody()).contains("Взаимопроверка документов").doesNotContain("Анализ эффективности")
        .doesNotContain("\"completion\"");
    assertThat(call("deputy.sosh6", HttpMethod.GET, base + "/items/" + own, null).getStatusCode())
        .isEqualTo(HttpStatus.OK);
    assertThat(call("director.sosh12", HttpMethod.GET, base + "/items/" + own, null))
        .satisfies(r -> assertThat(r.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN))
        .satisfies(r -> assertThat(r.getBody()).contains("вам не поручено"));
    assertThat(call("director.sosh6", HttpMethod.GET, base + "/items/" + other, null).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(call("director.sosh12", HttpMethod.GET, base, null).getBody()).doesNotContain("Взаимопроверка");
    assertThat(call("director.sosh6", HttpMethod.PUT, base + "/items/" + own, item(cycle, "SCHOOL", "sosh6"))
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(call("director.sosh6", HttpMethod.GET, "/api/cycles/999999/roadmap", null).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
  }

  @Test
  void aTableWithABadRowIsRefusedWholeOverRest() {
    Cycle cycle = cycleWithDraft();
    int before = roadmaps.view(cycle.id()).orElseThrow().items().size();
    String csv = """
        Содержание деятельности;Сроки реализации;Ответственный исполнитель
        Заседание рабочей группы;Февраль %1$d г.;coordinator
        Семинар;В течение года;методисты
        """.formatted(cycle.startYear());

    ResponseEntity<String> answer = http.withBasicAuth("coordinator", "demo").postForEntity(
        "/api/cycles/" + cycle.id() + "/roadmap/import", upload(csv, "roadmap.csv"), String.class);

    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(answer.getBody()).contains("Строка 3").contains("не назван месяц").contains("ничего не изменено");
    assertThat(roadmaps.view(cycle.id()).orElseThrow().items()).hasSize(before);
    assertThat(http.withBasicAuth("director.sosh6", "demo").postForEntity("/api/cycles/" + cycle.id()
        + "/roadmap/import", upload(csv, "roadmap.csv"), String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
  }

  @Test
  void eventsAreEnteredByWhoHeldThemAndSeenBySchoolsThatTookPart() {
    Cycle cycle = cycleWithDraft();
    String list = "/api/cycles/" + cycle.id() + "/events";
    String seminar = """
        {"heldOn":"%d-03-15","kind":"SEMINAR","topic":"Функциональная грамотность","format":"IN_PERSON",
         "schools":["sosh6","sosh12"],"participants":24,"materialsLink":"https://lyceum7.example.ru/seminar"}"""
        .formatted(cycle.startYear());

    ResponseEntity<String> entered = call("director.lyceum7", HttpMethod.POST, list, seminar);
    assertThat(entered.getStatusCode()).isEqualTo(HttpStatus.OK);
    long id = ((Number) new com.fasterxml.jackson.databind.ObjectMapper().convertValue(
        parse(entered.getBody()), Map.class).get("eventId")).longValue();
    assertThat(call("director.sosh6", HttpMethod.POST, list, seminar))
        .satisfies(r -> assertThat(r.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN))
        .satisfies(r -> assertThat(r.getBody()).contains("школы-наставники"));
    assertThat(call("coordinator", HttpMethod.POST, list, """
        {"heldOn":"%d-04-01","kind":"консультация","topic":"Отчётность","format":"онлайн","schools":["sosh6"]}"""
        .formatted(cycle.startYear())).getStatusCode()).isEqualTo(HttpStatus.OK);
    call("methodist", HttpMethod.POST, list, """
        {"heldOn":"%d-04-02","kind":"CONSULTATION","topic":"Программа развития","format":"ONLINE","schools":["sosh20"]}"""
        .formatted(cycle.startYear()));
    assertThat(call("curator1", HttpMethod.POST, list, """
        {"heldOn":"1990-01-01","kind":"пикник","topic":"","format":"где-то","schools":["nosuch"],
         "materialsLink":"ftp://x"}""").getBody())
        .contains("вне периода цикла", "вид мероприятия «пикник» не распознан", "формат «где-то»", "тема мероприятия",
            "школа «nosuch» не найдена", "http://");

    assertThat(call("director.sosh6", HttpMethod.GET, list, null).getBody())
        .contains("Функциональная грамотность", "Отчётность").doesNotContain("Программа развития");
    assertThat(call("director.sosh20", HttpMethod.GET, "/api/events/" + id, null))
        .satisfies(r -> assertThat(r.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN))
        .satisfies(r -> assertThat(r.getBody()).contains("без участия вашей школы"));
    assertThat(call("director.sosh6", HttpMethod.GET, "/api/events/" + id, null).getBody())
        .contains("\"hostOrganisation\":\"МОБУ лицей № 7\"");
    assertThat(call("director.sosh8", HttpMethod.PUT, "/api/events/" + id, seminar))
        .satisfies(r -> assertThat(r.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN))
        .satisfies(r -> assertThat(r.getBody()).contains("только тот, кто его внёс"));
    assertThat(call("director.sosh8", HttpMethod.DELETE, "/api/events/" + id, null).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(call("coordinator", HttpMethod.PUT, "/api/events/" + id, seminar.replace("24", "30"))
        .getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(call("head", HttpMethod.GET, list, null).getBody()).contains("Программа развития", "\"participants\":30");

    assertThat(events.summary(cycle.id(), null, null))
        .startsWith("Проведено 2 консультации, 1 семинар.")
        .contains("«Функциональная грамотность», МОБУ лицей № 7, март " + cycle.startYear() + " г., участников: 30");
  }

  @Test
  void anEventsTableIsImportedAndABadRowRefusesItWhole() {
    Cycle cycle = cycleWithDraft();
    String good = """
        Дата;Вид;Тема;Организатор;Формат;Школы;Участников;Мероприятие дорожной карты
        15.03.%1$d;Семинар;Функциональная грамотность;МОБУ СОШ № 5;очно;sosh6;20;7
        20.04.%1$d;круглый стол;Ключевые проблемы школы;Управление образования;очно;МОБУ СОШ № 6;15;
        """.formatted(cycle.startYear());
    ResponseEntity<String> ok = http.withBasicAuth("coordinator", "demo").postForEntity(
        "/api/cycles/" + cycle.id() + "/events/import", upload(good, "events.csv"), String.class);
    assertThat(ok.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(events.ofCycle(cycle.id())).hasSize(2).first()
        .satisfies(e -> assertThat(e.roadmapItemId()).isEqualTo(roadmaps.view(cycle.id()).orElseThrow().items().get(6).id()));

    String bad = """
        Дата;Вид;Тема;Школы;Мероприятие дорожной карты
        весной;Семинар;Грамотность;sosh6;
        01.05.%1$d;Пикник;Отдых;nosuch;99
        """.formatted(cycle.startYear());
    ResponseEntity<String> refused = http.withBasicAuth("coordinator", "demo").postForEntity(
        "/api/cycles/" + cycle.id() + "/events/import", upload(bad, "events.csv"), String.class);
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody()).contains("Строка 2", "Строка 3", "«Пикник»", "«nosuch»", "№ «99»");
    assertThat(events.ofCycle(cycle.id())).hasSize(2);
  }

  private static Object parse(String json) {
    try {
      return new com.fasterxml.jackson.databind.ObjectMapper().readValue(json, Map.class);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private ResponseEntity<String> call(String user, HttpMethod method, String path, String body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return http.withBasicAuth(user, "demo").exchange(path, method, new HttpEntity<>(body, headers), String.class,
        Map.of());
  }

  private static HttpEntity<MultiValueMap<String, Object>> upload(String csv, String name) {
    MultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
    body.add("file", new ByteArrayResource(csv.getBytes(StandardCharsets.UTF_8)) {
      @Override
      public String getFilename() {
        return name;
      }
    });
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    return new HttpEntity<>(body, headers);
  }

}
