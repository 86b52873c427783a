package ru.schoolsupport.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import ru.schoolsupport.CycleTestSupport;
import ru.schoolsupport.TestYears;
import ru.schoolsupport.EngineTestSupport;
import ru.schoolsupport.SchoolSupportTest;
import ru.schoolsupport.dossier.SchoolNotes;
import ru.schoolsupport.dossier.Watchlist;
import ru.schoolsupport.listformation.CycleSchool;
import ru.schoolsupport.listformation.CycleSchoolRepository;
import ru.schoolsupport.listformation.ListFormationService;

/**
 * The school's dossier in headless Chromium: the school's director follows «Досье школы» from a task in
 * Tasklist and reads the dossier (no visit form for the school); the curator opens it from the monitoring
 * page's row and records a visit through the
 * page's form (a Russian message for an empty field first), sees it in the dossier, and adds the school
 * to «Мои школы»; another school's director gets «Нет доступа». Screenshots: target/browser-screenshots/dossier-*.
 */
@Tag("browser")
@SchoolSupportTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SchoolDossierBrowserTest {

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;
  @Autowired ListFormationService listFormation;
  @Autowired CycleSchoolRepository cycleSchools;
  @Autowired SchoolNotes notes;
  @Autowired Watchlist watchlist;

  long cycleId;
  int year;
  CycleSchool sosh6;

  @BeforeAll
  void aCycleAtItsSchools() {
    Assumptions.assumeTrue(Browser.available(), "chromium and chromium-driver are not installed (see .ci/run)");
    // a cycle of its own: TasklistBrowserTest ends every running instance (the shared cycle's too)
    EngineTestSupport.init(engine);
    CycleTestSupport cycles = new CycleTestSupport(runtime, tasks, management, engine.getFormService());
    year = TestYears.next();
    ProcessInstance cycle = cycles.start(year);
    cycleId = cycles.cycleId(cycle);
    cycles.runToTheSchools(cycle, listFormation.includedCodes(cycleId), null);
    sosh6 = cycleSchools.find(cycleId, "sosh6").orElseThrow();
  }

  @AfterAll
  void resetClock() {
    EngineTestSupport.resetClock();
  }

  String dossier(String school) {
    return "http://127.0.0.1:" + port + "/app/dossier?cycle=" + cycleId + "&school=" + school;
  }

  @Test
  void theSchoolFollowsTheLinkFromItsTaskAndTheCuratorRecordsAVisit() {
    try (Browser browser = new Browser("http://127.0.0.1:" + port)) {
      browser.login("tasklist", "director.sosh6");
      // the task of this cycle's sosh6 (other tests leave sosh6 tasks of their own cycles in the list)
      String taskId = tasks.createTaskQuery().processInstanceId(sosh6.processInstanceId()).list().get(0).getId();
      browser.driver.get("http://127.0.0.1:" + port + "/camunda/app/tasklist/default/#/?task=" + taskId);
      browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".fjs-form")));
      WebElement link = browser.wait.until(ExpectedConditions.visibilityOfElementLocated(
          By.cssSelector("#school-support-dossier-link a")));
      assertThat(link.getText()).isEqualTo("Досье школы: МОБУ СОШ № 6");
      assertThat(link.getAttribute("href")).endsWith("/app/dossier?cycle=" + cycleId + "&school=sosh6");
      browser.screenshot("dossier-01-task-link");

      browser.driver.get(link.getAttribute("href"));
      browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("title"), "МОБУ СОШ № 6"));
      browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("audit"), "Этап года"));
      assertThat(browser.pageText()).contains("Самодиагностика", "МОБУ лицей № 7", "Провести самодиагностику",
          "Кто, когда, что изменил");
      assertThat(browser.driver.findElement(By.id("note-form")).isDisplayed()).as("the school does not record visits")
          .isFalse();
      browser.screenshot("dossier-02-school-reads-its-dossier");
    }

    try (Browser browser = new Browser("http://127.0.0.1:" + port)) {
      browser.login("tasklist", "director.sosh12");
      browser.driver.get(dossier("sosh6"));
      browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Нет доступа"));
      assertThat(browser.pageText()).contains("Досье школы доступно");
      browser.screenshot("dossier-03-another-school-refused");
    }

    try (Browser browser = new Browser("http://127.0.0.1:" + port)) {
      browser.login("tasklist", sosh6.curatorLogin());
      // the curator visits the school in April of the cycle's year
      EngineTestSupport.moveClockTo(LocalDate.of(year, 4, 10).atTime(12, 0).atZone(ZoneId.of("Europe/Moscow")).toInstant());
      // from the monitoring page: the school's name in its row opens the dossier
      browser.driver.get("http://127.0.0.1:" + port + "/app/monitoring?cycle=" + cycleId);
      browser.click(By.xpath("//table[@id='schools']//tr[@data-school='sosh6']//a[normalize-space(.)='МОБУ СОШ № 6']"));
      browser.wait.until(ExpectedConditions.urlContains("/app/dossier?cycle=" + cycleId + "&school=sosh6"));
      browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("note-form")));
      JavascriptExecutor js = (JavascriptExecutor) browser.driver;
      js.executeScript("document.getElementById('note-date').value = arguments[0];", year + "-04-09");
      browser.driver.findElement(By.cssSelector("textarea[name=keyProblems]")).sendKeys("Нет учителя физики");
      browser.click(By.xpath("//form[@id='note-form']//button[normalize-space(.)='Записать']"));
      browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("note-result"),
          "поле «С кем встречались»: заполните его"));
      browser.screenshot("dossier-04-visit-refused");

      browser.driver.findElement(By.cssSelector("input[name=peopleMet]")).sendKeys("Директор, заместитель по УВР");
      browser.driver.findElement(By.cssSelector("textarea[name=agreedActions]")).sendKeys("Заявка на целевое обучение");
      js.executeScript("document.querySelector('input[name=nextReview]').value = arguments[0];", year + "-05-15");
      browser.click(By.xpath("//form[@id='note-form']//button[normalize-space(.)='Записать']"));
      browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("notes"), "Директор, заместитель по УВР"));
      assertThat(browser.driver.findElement(By.id("notes")).getText()).contains("09.04." + year, "Посещение школы",
          "15.05." + year, "Заявка на целевое обучение");
      browser.screenshot("dossier-05-visit-recorded");

      browser.click(By.id("watch"));
      browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("watch"), "Убрать из «Мои школы»"));
      browser.screenshot("dossier-06-watched");
    } finally {
      EngineTestSupport.resetClock();
    }
    assertThat(notes.of(cycleId, "sosh6")).filteredOn(n -> "Директор, заместитель по УВР".equals(n.peopleMet()))
        .extracting(SchoolNotes.Note::author).contains(sosh6.curatorLogin());
    assertThat(watchlist.watches(sosh6.curatorLogin(), "sosh6")).isTrue();
    watchlist.unwatch(sosh6.curatorLogin(), "sosh6");
  }
}
