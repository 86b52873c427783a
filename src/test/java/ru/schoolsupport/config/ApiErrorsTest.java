package ru.schoolsupport.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
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
import ru.schoolsupport.listformation.ListSourcesRepository;

/**
 * Our REST endpoints refuse what they cannot take in Russian JSON, quickly, with nothing stored, and
 * without the database's, the engine's or Java's words: an upload over the limit, a table over the
 * row cap, no file, a path id that is not a number, a body that is not JSON, an unknown cycle.
 */
@SchoolSupportTest
class ApiErrorsTest {

  /** A year no other test's indicators use. */
  static final int YEAR = 2093;

  @Autowired TestRestTemplate rest;
  @LocalServerPort int port;
  @Autowired ListSourcesRepository sources;

  @Test
  void anUploadOverTheLimitIsRefusedAtOnceWith413NamingTheLimitAndNothingIsStored() throws Exception {
    // an 18 MB file announced as curl announces it («Expect: 100-continue»): the answer comes before the body
    long length = 18L << 20;
    long start = System.nanoTime();
    String answer;
    try (Socket socket = new Socket("127.0.0.1", port)) {
      socket.setSoTimeout(5_000);
      socket.getOutputStream().write(("POST /api/indicators HTTP/1.1\r\nHost: 127.0.0.1\r\n"
          + "Authorization: Basic " + Base64.getEncoder().encodeToString("coordinator:demo".getBytes()) + "\r\n"
          + "Content-Type: multipart/form-data; boundary=limit\r\nContent-Length: " + length + "\r\n"
          + "Expect: 100-continue\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
      socket.getOutputStream().flush();
      answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }

    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
    assertThat(answer).startsWith("HTTP/1.1 413").contains("Content-Type: application/json")
        .doesNotContain("100 Continue");
    assertThat(answer.substring(answer.indexOf("\r\n\r\n"))).contains("файл больше 5 МБ").contains("ничего не изменено")
        .doesNotContainIgnoringCase("exception").doesNotContain("org.");
    assertThat(sources.indicatorsOf("sosh6")).noneMatch(i -> i.year() == YEAR);
  }

  @Test
  void aTableOverTheRowCapIsRefusedAndNothingIsStored() {
    StringBuilder csv = new StringBuilder(indicatorsHeader());
    for (int i = 0; i <= 20_000; i++) {
      csv.append("sosh6,").append(YEAR).append(",10,4,60,5,0.8\n");
    }

    ResponseEntity<Map> refused = upload("/api/indicators", "indicators.csv", csv.toString());

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody().get("message").toString()).contains("В файле больше 20 000 строк с данными");
    assertThat(sources.indicatorsOf("sosh6")).noneMatch(i -> i.year() == YEAR);
  }

  @Test
  void noFileOrNoMultipartIsABadRequestInRussian() {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    MultiValueMap<String, Object> nothing = new LinkedMultiValueMap<>();
    nothing.add("other", "x");
    ResponseEntity<Map> noFile = rest.withBasicAuth("coordinator", "demo")
        .postForEntity("/api/regional-list", new HttpEntity<>(nothing, headers), Map.class);
    assertThat(noFile.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(noFile.getBody().get("message").toString()).contains("Файл не передан").contains("«file»");

    ResponseEntity<Map> notMultipart = rest.withBasicAuth("coordinator", "demo")
        .postForEntity("/api/regional-list", Map.of("file", "x"), Map.class);
    assertThat(notMultipart.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertNoInternals(notMultipart);
  }

  @Test
  void badIdsAndBodiesAreBadRequestsInRussian() {
    ResponseEntity<Map> notANumber = rest.withBasicAuth("coordinator", "demo")
        .getForEntity("/api/monitoring/cycles/abc", Map.class);
    assertThat(notANumber.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(notANumber.getBody().get("message").toString()).contains("«abc» не подходит как «cycleId»")
        .contains("целое число");
    assertNoInternals(notANumber);

    HttpHeaders json = new HttpHeaders();
    json.setContentType(MediaType.APPLICATION_JSON);
    ResponseEntity<Map> notJson = rest.withBasicAuth("coordinator", "demo")
        .postForEntity("/api/cycles/1/deadlines", new HttpEntity<>("{\"kind\": ", json), Map.class);
    assertThat(notJson.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(notJson.getBody().get("message").toString()).contains("Тело запроса не читается");
    assertNoInternals(notJson);

    ResponseEntity<Map> notAnObject = rest.withBasicAuth("deputy.sosh6", "demo").exchange(
        "/api/reminders/preferences", HttpMethod.PUT, new HttpEntity<>("[1, 2]", json), Map.class);
    assertThat(notAnObject.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertNoInternals(notAnObject);

    ResponseEntity<Map> noCycle = rest.withBasicAuth("coordinator", "demo").postForEntity(
        "/api/cycles/987654321/deadlines", Map.of("kind", "FINAL", "date", "2099-01-10", "reason", "x"), Map.class);
    assertThat(noCycle.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(noCycle.getBody().get("message").toString()).contains("цикл не найден");

    ResponseEntity<Map> textPlain = rest.withBasicAuth("coordinator", "demo").postForEntity(
        "/api/cycles/1/deadlines", new HttpEntity<>("kind=FINAL", textPlain()), Map.class);
    assertThat(textPlain.getStatusCode()).isEqualTo(HttpStatus.UNSUPPORTED_MEDIA_TYPE);
    assertThat(textPlain.getBody().get("message").toString()).contains("application/json");
  }

  private ResponseEntity<Map> upload(String path, String fileName, String content) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
    form.add("file", new ByteArrayResource(content.getBytes(StandardCharsets.UTF_8)) {
      @Override
      public String getFilename() {
        return fileName;
      }
    });
    return rest.withBasicAuth("coordinator", "demo").postForEntity(path, new HttpEntity<>(form, headers), Map.class);
  }

  private static HttpHeaders textPlain() {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.TEXT_PLAIN);
    return headers;
  }

  private static String indicatorsHeader() {
    return "Код школы,Год,\"Доля неудовлетворительных результатов ВПР, %\",Средний балл ОГЭ,Средний балл ЕГЭ,"
        + "\"Доля результатов ниже минимального порога, %\",Индекс социального благополучия\n";
  }

  private static void assertNoInternals(ResponseEntity<Map> response) {
    assertThat(String.valueOf(response.getBody())).doesNotContainIgnoringCase("exception")
        .doesNotContain("java.").doesNotContain("org.").doesNotContainIgnoringCase("ss_")
        .doesNotContainIgnoringCase("sql").doesNotContain("trace");
  }
}
