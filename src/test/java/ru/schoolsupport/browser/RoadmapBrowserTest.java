package ru.schoolsupport.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import ru.schoolsupport.SchoolSupportTest;
import ru.schoolsupport.roadmap.RoadmapTestCycles;
import ru.schoolsupport.assignment.AssignmentProcess;
import ru.schoolsupport.assignment.AssignmentService;
import ru.schoolsupport.assignment.AssignmentStatus;
import ru.schoolsupport.cycle.Cycle;
import ru.schoolsupport.cycle.CycleService;
import ru.schoolsupport.process.ApprovalDecision;
import ru.schoolsupport.roadmap.ItemExecutor;
import ru.schoolsupport.roadmap.ItemMark;
import ru.schoolsupport.roadmap.RoadmapExecutorKind;
import ru.schoolsupport.roadmap.RoadmapService;

/**
 * An executor marks a roadmap item done in Tasklist, with evidence; the coordinator accepts it and the
 * roadmap's page shows the mark. Screenshots: target/browser-screenshots/roadmap-*.
 */
@Tag("browser")
@SchoolSupportTest
class RoadmapBrowserTest {

  @LocalServerPort int port;
  @Autowired CycleService cycles;
  @Autowired RoadmapService roadmaps;
  @Autowired AssignmentService assignments;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired FormService forms;

  @BeforeAll
  static void browserInstalled() {
    Assumptions.assumeTrue(Browser.available(), "chromium and chromium-driver are not installed (see .ci/run)");
  }

  @Test
  void aMentorSchoolMarksItsItemDoneWithEvidence() {
    Cycle cycle = RoadmapTestCycles.register(cycles);
    roadmaps.draft(cycle.id(), RoadmapService.DraftSource.KEEP, "coordinator");
    long section = roadmaps.view(cycle.id()).orElseThrow().sections().get(2).id();
    long item = roadmaps.addItem(cycle.id(), new RoadmapService.ItemInput(section, null,
        "Вебинар «Система восполнения профессиональных дефицитов педагогических работников»", null,
        cycle.deadlines().stage1Due(), "Проведён вебинар, материалы размещены",
        List.of(ItemExecutor.of(RoadmapExecutorKind.SCHOOL, "lyceum7"))), null, "coordinator");
    roadmaps.submit(cycle.id());
    roadmaps.decide(cycle.id(), ApprovalDecision.APPROVED, null, "head");
    roadmaps.startTracking(cycle.id());
    ItemMark mark = roadmaps.view(cycle.id()).orElseThrow().marks().get(item).get(0);
    Task execute = tasks.createTaskQuery().processInstanceBusinessKey(AssignmentProcess.businessKey(mark.assignmentId()))
        .singleResult();

    try (Browser browser = new Browser("http://127.0.0.1:" + port)) {
      browser.login("tasklist", "director.lyceum7");
      browser.driver.get("http://127.0.0.1:" + port + "/camunda/app/tasklist/default/#/?task=" + execute.getId());
      browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".fjs-form")));
      List<WebElement> claim = browser.driver.findElements(
          By.xpath("//*[self::a or self::button][contains(normalize-space(.), 'Взять в работу')]"));
      if (!claim.isEmpty() && claim.get(0).isDisplayed()) {
        claim.get(0).click();
        browser.wait.until(ExpectedConditions.invisibilityOf(claim.get(0)));
      }
      assertThat(browser.pageText()).contains("Дорожная карта").contains("Индикатор выполнения");
      browser.screenshot("roadmap-01-item-opened");
      browser.check("Выполнено");
      browser.type("Отчёт об исполнении или причина невыполнения", 0, "Вебинар проведён 27.04, участвовали 5 школ");
      browser.type("Ссылка на результат (необязательно)", 0, "https://lyceum7.example.ru/webinar");
      browser.screenshot("roadmap-02-item-marked");
      browser.complete();
      browser.waitFor(() -> assignments.get(mark.assignmentId()).status() == AssignmentStatus.REPORTED,
          "roadmap-03-item-reported");
    }
    assertThat(roadmaps.view(cycle.id()).orElseThrow().marks().get(item).get(0).reportedBy())
        .isEqualTo("director.lyceum7");
    Task check = tasks.createTaskQuery().processInstanceBusinessKey(AssignmentProcess.businessKey(mark.assignmentId()))
        .singleResult();
    forms.submitTaskForm(check.getId(), java.util.Map.of(AssignmentProcess.CONTROL_DECISION, ApprovalDecision.APPROVED));

    try (Browser browser = new Browser("http://127.0.0.1:" + port)) {
      browser.login("tasklist", "coordinator");
      browser.driver.get("http://127.0.0.1:" + port + "/app/cycles/" + cycle.id() + "/roadmap");
      browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("completion")));
      assertThat(browser.pageText()).contains("Выполнено ").contains("https://lyceum7.example.ru/webinar")
          .contains("Всего: выполнено 1 из 1 мероприятия (100 %)");
      browser.screenshot("roadmap-04-page-with-mark");
    }
  }
}
