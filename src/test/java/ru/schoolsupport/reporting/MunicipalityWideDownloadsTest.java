package ru.schoolsupport.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import ru.schoolsupport.SchoolSupportTest;
import ru.schoolsupport.cycle.Cycle;
import ru.schoolsupport.cycle.CycleService;
import ru.schoolsupport.listformation.CycleSchoolRepository;
import ru.schoolsupport.mentoring.CycleOrderService;
import ru.schoolsupport.schoolyear.StageReportRepository;

/**
 * The municipal reports and the cycle's order hold every school's data: the department's staff who see
 * the monitoring page download them; a school's people (even of a school in the report), the
 * collegium's secretary and anyone not logged in are refused, and the stored files stay as they were.
 */
@SchoolSupportTest
class MunicipalityWideDownloadsTest {

  @Autowired CycleService cycles;
  @Autowired CycleSchoolRepository cycleSchools;
  @Autowired StageReportRepository stageReports;
  @Autowired MunicipalReportService reports;
  @Autowired CycleOrderService orders;
  @Autowired TestRestTemplate rest;

  Cycle cycle;
  List<String> paths;

  @BeforeEach
  void aCycleWithAReportAndAnOrder() {
    cycle = ReportingFixtures.cycleWithStageOneReports(cycles, cycleSchools, stageReports);
    reports.generate(cycle.id(), 1, null);
    orders.generate(cycle.id(), "coordinator");
    String base = "/app/cycles/" + cycle.id();
    paths = List.of(base + "/municipal-reports/1.xlsx", base + "/municipal-reports/1.docx",
        base + "/municipal-reports", base + "/order.docx");
  }

  @Test
  void theDepartmentsStaffDownloadThem() {
    for (String login : List.of("head", "deputy", "coordinator", "methodist", "curator2")) {
      for (String path : paths) {
        assertThat(rest.withBasicAuth(login, "demo").getForEntity(path, byte[].class).getStatusCode())
            .as(login + " " + path).isEqualTo(HttpStatus.OK);
      }
    }
  }

  @Test
  void aSchoolsPeopleAndTheSecretaryAreRefusedInRussianAndNothingChanges() {
    byte[] workbook = reports.workbook(cycle.id(), 1).orElseThrow().content();
    byte[] order = orders.find(cycle.id()).orElseThrow().content();
    for (String login : List.of("director.sosh12", "deputy.sosh6", "director.lyceum7", "secretary")) {
      for (String path : paths) {
        ResponseEntity<String> refused = rest.withBasicAuth(login, "demo").getForEntity(path, String.class);
        assertThat(refused.getStatusCode()).as(login + " " + path).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(refused.getHeaders().getContentType().toString()).startsWith("text/html");
        assertThat(refused.getBody()).contains("Нет доступа")
            .contains("руководителям управления образования, координаторам, методистам и кураторам")
            .doesNotContain("СОШ № 6").doesNotContain(ReportingFixtures.SOSH12_PROBLEMS);
      }
    }
    assertThat(reports.workbook(cycle.id(), 1).orElseThrow().content()).isEqualTo(workbook);
    assertThat(orders.find(cycle.id()).orElseThrow().content()).isEqualTo(order);
  }

  @Test
  void anonymousIsAskedToLogIn() {
    for (String path : paths) {
      ResponseEntity<String> anonymous = rest.getForEntity(path, String.class);
      assertThat(anonymous.getStatusCode()).as(path).isEqualTo(HttpStatus.UNAUTHORIZED);
      assertThat(anonymous.getBody()).contains("Войдите в систему");
    }
  }
}
