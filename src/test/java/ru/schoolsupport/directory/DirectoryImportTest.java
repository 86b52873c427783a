package ru.schoolsupport.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import ru.schoolsupport.SchoolSupportTest;
import ru.schoolsupport.spreadsheet.ImportRejectedException;

/**
 * The directory import as a department uses it: its own CSV and XLSX files (the samples in
 * docs/samples), re-imported without duplicates, and malformed files refused whole with messages by
 * line. The shared test application has already imported the demo directory (the same data).
 */
@SchoolSupportTest
class DirectoryImportTest {

  static final String SCHOOLS_HEADER = "Код,Полное наименование,Краткое наименование,Район,Может быть наставником,E-mail\n";
  static final String PEOPLE_HEADER = "Логин,Фамилия,Имя,Отчество,Должность,E-mail,Роль,Код школы\n";

  @Autowired DirectoryImportService directoryImport;
  @Autowired DirectoryRepository directory;
  @Autowired IdentityService identity;
  @Autowired TestRestTemplate http;

  @Test
  void importingTheSameDirectoryTwiceChangesNothing() throws IOException {
    int schools = directory.findSchools().size();
    int people = directory.findPeople().size();
    long users = identity.createUserQuery().count();

    ImportResult schoolsAgain = directoryImport.importSchools("schools.csv", sample("schools.csv"));
    ImportResult peopleAgain = directoryImport.importPeople("people.csv", sample("people.csv"));

    assertThat(schoolsAgain.created() + schoolsAgain.updated()).isZero();
    assertThat(peopleAgain.created() + peopleAgain.updated()).isZero();
    assertThat(directory.findSchools()).hasSize(schools);
    assertThat(directory.findPeople()).hasSize(people);
    assertThat(identity.createUserQuery().count()).isEqualTo(users);
  }

  @Test
  void theXlsxSamplesHoldTheSameDirectory() throws IOException {
    assertThat(directoryImport.importSchools("schools.xlsx", sample("schools.xlsx")).unchanged()).isEqualTo(8);
    assertThat(directoryImport.importPeople("people.xlsx", sample("people.xlsx")).unchanged()).isEqualTo(16);
  }

  @Test
  void peopleBecomeUsersInTheirRoleAndSchoolGroups() {
    assertThat(identity.createUserQuery().userId("director.sosh6").singleResult().getEmail())
        .isEqualTo("director.sosh6@prirechensk-edu.example.ru");
    assertThat(identity.createGroupQuery().groupMember("director.sosh6").list())
        .extracting(g -> g.getId()).containsExactlyInAnyOrder("directors", "school-sosh6");
    assertThat(identity.createGroupQuery().groupId("school-sosh6").singleResult().getName())
        .isEqualTo("Школа: МОБУ СОШ № 6");
    assertThat(identity.createGroupQuery().groupId("coordinators").singleResult().getName())
        .isEqualTo("Муниципальные координаторы");
  }

  @Test
  void aChangedRowIsUpdatedAndANewOneAdded() {
    String csv = SCHOOLS_HEADER
        + "sosh40,МОБУ СОШ № 40 полное,МОБУ СОШ № 40,Южный,нет,sosh40@example.ru\n"
        + "sosh41,МОБУ СОШ № 41 полное,МОБУ СОШ № 41,Южный,нет,\n";
    directoryImport.importSchools("new.csv", utf8(csv));

    ImportResult result = directoryImport.importSchools("changed.csv", utf8(csv.replace("Южный,нет,sosh40", "Северный,да,sosh40")));

    assertThat(result.updated()).isEqualTo(1);
    assertThat(result.unchanged()).isEqualTo(1);
    assertThat(directory.findSchool("sosh40").orElseThrow().canMentor()).isTrue();
  }

  @Test
  void aWrongHeaderIsRefusedNamingTheMissingColumns() {
    assertRefusedAndNothingChanged(() -> directoryImport.importSchools("bad.csv",
        utf8("Code,Name\nsosh99,Школа\n")), "«Код»", "«Полное наименование»");
  }

  @Test
  void anEmptyRequiredCellIsRefusedWithItsLine() {
    assertRefusedAndNothingChanged(() -> directoryImport.importSchools("bad.csv", utf8(SCHOOLS_HEADER
        + "sosh98,МОБУ СОШ № 98 полное,МОБУ СОШ № 98,Южный,нет,\n"
        + "sosh99,,МОБУ СОШ № 99,Южный,нет,\n")), "Строка 3", "«Полное наименование»");
    assertThat(directory.findSchool("sosh98")).as("the good row of a refused file").isEmpty();
  }

  @Test
  void aBadEmailIsRefused() {
    assertRefusedAndNothingChanged(() -> directoryImport.importPeople("bad.csv", utf8(PEOPLE_HEADER
        + "new.person,Новикова,Анна,,Учитель,not-an-email,Сотрудник школы,sosh6\n")), "Строка 2", "not-an-email");
  }

  @Test
  void aDuplicateCodeIsRefused() {
    assertRefusedAndNothingChanged(() -> directoryImport.importSchools("bad.csv", utf8(SCHOOLS_HEADER
        + "sosh97,Школа 97,СОШ 97,,нет,\n"
        + "sosh97,Школа 97 снова,СОШ 97,,нет,\n")), "Строка 3", "уже встречается в строке 2");
  }

  @Test
  void aFileInWindows1251IsRefusedWithAdviceOnHowToSaveIt() {
    byte[] cp1251 = (SCHOOLS_HEADER + "sosh96,Школа 96,СОШ 96,,нет,\n").getBytes(Charset.forName("windows-1251"));
    assertRefusedAndNothingChanged(() -> directoryImport.importSchools("bad.csv", cp1251), "UTF-8", "XLSX");
  }

  @Test
  void anUnknownRoleOrSchoolIsRefused() {
    assertRefusedAndNothingChanged(() -> directoryImport.importPeople("bad.csv", utf8(PEOPLE_HEADER
        + "p1,Иванов,Иван,,Учитель,p1@example.ru,Завуч-волшебник,sosh6\n"
        + "p2,Петров,Пётр,,Учитель,p2@example.ru,Сотрудник школы,no-such-school\n"
        + "p3,Сидоров,Сидор,,Директор,p3@example.ru,Директор школы,\n")),
        "Строка 2: неизвестная роль", "Строка 3: школы с кодом «no-such-school»", "Строка 4: для роли «Директор школы»");
  }

  @Test
  void semicolonSeparatedFilesAsExcelWritesThemAreRead() {
    ImportResult result = directoryImport.importSchools("semicolon.csv", utf8("\uFEFF" + SCHOOLS_HEADER.replace(',', ';')
        + "sosh50;МОБУ СОШ № 50, полное;МОБУ СОШ № 50;Южный;нет;\n"));
    assertThat(result.created() + result.unchanged()).isEqualTo(1);
    assertThat(directory.findSchool("sosh50").orElseThrow().fullName()).isEqualTo("МОБУ СОШ № 50, полное");
  }

  @Test
  void overRestOnlyAnAdministratorMayImportAndABadFileGetsItsProblemsByLine() {
    assertThat(upload("admin", "admin", "/api/directory/schools", sampleUnchecked("schools.csv")).getStatusCode())
        .isEqualTo(HttpStatus.OK);
    ResponseEntity<String> coordinator = upload("coordinator", "demo", "/api/directory/schools",
        sampleUnchecked("schools.csv"));
    assertThat(coordinator.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(coordinator.getBody()).contains("администратор");
    assertThat(upload("nobody", "wrong", "/api/directory/people", sampleUnchecked("people.csv")).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);

    ResponseEntity<String> bad = upload("admin", "admin", "/api/directory/people",
        utf8(PEOPLE_HEADER + "x,Иванов,Иван,,,bad-email,Куратор,\n"));
    assertThat(bad.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(bad.getBody()).contains("\"line\":2").contains("bad-email");
  }

  private void assertRefusedAndNothingChanged(Runnable importCall, String... messageParts) {
    List<School> schools = directory.findSchools();
    List<Person> people = directory.findPeople();
    long users = identity.createUserQuery().count();
    long groups = identity.createGroupQuery().count();

    assertThatThrownBy(importCall::run).isInstanceOf(ImportRejectedException.class)
        .hasMessageContaining("ничего не изменено")
        .satisfies(e -> {
          for (String part : messageParts) {
            assertThat(e.getMessage()).contains(part);
          }
        });

    assertThat(directory.findSchools()).isEqualTo(schools);
    assertThat(directory.findPeople()).isEqualTo(people);
    assertThat(identity.createUserQuery().count()).isEqualTo(users);
    assertThat(identity.createGroupQuery().count()).isEqualTo(groups);
  }

  private ResponseEntity<String> upload(String user, String password, String path, byte[] content) {
    LinkedMultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
    body.add("file", new ByteArrayResource(content) {
      @Override
      public String getFilename() {
        return "directory.csv";
      }
    });
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    return http.withBasicAuth(user, password).postForEntity(path, new HttpEntity<>(body, headers), String.class);
  }

  static byte[] sample(String name) throws IOException {
    return Files.readAllBytes(Path.of("docs/samples", name));
  }

  static byte[] sampleUnchecked(String name) {
    try {
      return sample(name);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
