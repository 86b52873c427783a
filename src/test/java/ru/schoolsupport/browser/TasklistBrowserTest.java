package ru.schoolsupport.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import ru.schoolsupport.TestYears;
import ru.schoolsupport.SchoolSupportTest;
import ru.schoolsupport.cycle.AnnualCycleProcess;
import ru.schoolsupport.listformation.CycleSchool;
import ru.schoolsupport.listformation.ListFormationService;
import ru.schoolsupport.process.JsonValues;
import ru.schoolsupport.reminders.Delivery;
import ru.schoolsupport.reminders.ReminderPreferences;
import ru.schoolsupport.schoolyear.RiskProfileService;
import ru.schoolsupport.schoolyear.SchoolDocumentService;
import ru.schoolsupport.schoolyear.SchoolSupportProcess;
import ru.schoolsupport.schoolyear.StageReport;
import ru.schoolsupport.schoolyear.StageReportService;

/**
 * Tasklist and Cockpit in headless Chromium, as a school's director, its curator and the head use
 * them: the real form-js rendering, the dynamic lists, an invalid value, Russian throughout. The
 * self-assessment (a form with dynamic lists) completes only with scripts/dynamic-list-complete.js,
 * the messages and labels are form-js's own, put in Russian by scripts/form-js-ru.js.
 * Screenshots of every step: target/browser-screenshots. `.ci/run` installs chromium and
 * chromium-driver; without them these tests are skipped.
 */
@Tag("browser")
@SchoolSupportTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TasklistBrowserTest {

  static final int YEAR = TestYears.next();
  static long cycleId;

  @LocalServerPort int port;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired FormService forms;
  @Autowired ManagementService management;
  @Autowired ListFormationService listFormation;
  @Autowired RiskProfileService riskProfiles;
  @Autowired SchoolDocumentService documents;
  @Autowired StageReportService stageReports;
  @Autowired ReminderPreferences preferences;
  @Autowired ru.schoolsupport.cycle.SchoolDeadlines schoolDeadlines;
  @Autowired org.camunda.bpm.engine.IdentityService engineIdentity;

  @BeforeAll
  static void browserInstalled() {
    Assumptions.assumeTrue(Browser.available(), "chromium and chromium-driver are not installed (see .ci/run)");
  }

  @Test
  @Order(1)
  void theDirectorRatesTheRisksInTheSelfAssessmentForm() {
    cycleId = schoolsOfANewCycleAreRunning();
    try (Browser browser = new Browser("http://127.0.0.1:" + port)) {
      browser.login("tasklist", "director.sosh6");
      assertThat(browser.pageText()).contains("Задачи моей группы").doesNotContain("Camunda 8");
      browser.openTask("Задачи моей группы", "Провести самодиагностику");
      browser.screenshot("01-self-assessment-opened");
      // the task's history: the director claimed it, shown by name, not by login
      browser.click(By.xpath("//a[normalize-space(.)='История']"));
      browser.wait.until(d -> d.findElement(By.cssSelector(".history-pane")).getText().contains("Взятие в работу")
          && !d.findElement(By.cssSelector(".history-pane")).getText().contains("director.sosh6"));
      assertThat(browser.driver.findElement(By.cssSelector(".history-pane")).getText())
          .contains("Ольга Вачагановна Мурадян");
      browser.screenshot("01b-history-with-names");
      browser.click(By.xpath("//a[normalize-space(.)='Форма']"));
      browser.wait.until(d -> d.findElement(By.cssSelector(".fjs-form")).isDisplayed());

      List<WebElement> ratings = browser.driver.findElements(By.cssSelector(".fjs-form-field-select"));
      assertThat(ratings).hasSize(10);
      for (int i = 0; i < ratings.size(); i++) {
        browser.choose(ratings.get(i), i < 6 ? "Высокий риск" : "Не актуален");
      }
      browser.check("Низкий уровень оснащения школы");
      browser.check("Высокая доля обучающихся с рисками учебной неуспешности");
      browser.screenshot("02-self-assessment-filled");
      browser.complete();
      browser.waitFor(() -> !riskProfiles.savedPriorities(cycleId, "sosh6").isEmpty(), "03-self-assessment-completed");
    }
    assertThat(riskProfiles.savedPriorities(cycleId, "sosh6")).containsExactlyInAnyOrder("equipment", "failure_risk_students");
  }

  @Test
  @Order(2)
  void aTargetBelowZeroIsShownAsAnErrorAndCompleteWaitsUntilItIsFixed() {
    try (Browser browser = new Browser("http://127.0.0.1:" + port)) {
      browser.login("tasklist", "director.sosh6");
      browser.openTask("Задачи моей группы", "Разработать концепцию");
      assertThat(browser.driver.findElement(By.cssSelector(".fjs-form")).getText())
          .as("form-js's own labels in Russian (scripts/form-js-ru.js)").contains("Добавить").doesNotContain("Add new");
      browser.type("Концепция развития: ссылка на сайте школы", 0, "https://sosh6.example.ru/concept");
      browser.type("Дорожная карта: ссылка на сайте школы", 0, "https://sosh6.example.ru/roadmap");
      browser.type("Показатель", 0, "Доля уроков с цифровым оборудованием, %");
      browser.type("Базовое значение", 0, "10");
      browser.type("Целевое значение", 0, "-5");
      browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".fjs-form"), "Значение должно быть не меньше 0"));
      browser.screenshot("04-documents-invalid-target");
      assertThat(browser.completeButton().isEnabled()).as("«Завершить» with an invalid value").isFalse();
      assertThat(browser.driver.findElement(By.cssSelector(".fjs-form")).getText()).doesNotContain("Field must");

      browser.type("Целевое значение", 0, "40");
      browser.wait.until(ExpectedConditions.elementToBeClickable(browser.completeButton()));
      browser.screenshot("05-documents-fixed");

      // the date picker in Russian (scripts/form-js-ru.js), whatever the browser's language (en-US here)
      WebElement date = browser.driver.findElement(By.cssSelector(".fjs-form input.flatpickr-input"));
      browser.scrollTo(date);
      date.click();
      assertThat(date.getAttribute("placeholder")).isEqualTo("дд.мм.гггг");
      List<String> weekdays = browser.driver.findElements(By.cssSelector(".flatpickr-weekday")).stream()
          .map(e -> e.getAttribute("textContent").strip()).filter(t -> !t.isEmpty()).toList();
      assertThat(weekdays).as("Monday first, in Russian").startsWith("Пн", "Вт");
      date.sendKeys(org.openqa.selenium.Keys.ARROW_DOWN);
      browser.screenshot("05b-russian-date-picker");
      date.sendKeys(org.openqa.selenium.Keys.ESCAPE);

      // a day that does not exist is refused under the field, not rolled over into March
      date.sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"), "31.02.2027",
          org.openqa.selenium.Keys.TAB);
      browser.wait.until(d -> d.findElements(By.cssSelector(".school-support-no-such-date")).stream()
          .anyMatch(WebElement::isDisplayed));
      assertThat(browser.driver.findElement(By.cssSelector(".school-support-no-such-date")).getText())
          .startsWith("Такой даты нет: 31.02.2027");
      assertThat(date.getAttribute("value")).doesNotContain("03.03.2027");
      browser.screenshot("05c-impossible-date-refused");
    }
    assertThat(documents.latest(cycleId, "sosh6")).as("nothing is saved before «Завершить»").isEmpty();
  }

  @Test
  @Order(3)
  void theCuratorFindsTheReviewTask() {
    submitDocumentsOverRest();
    CycleSchool sosh6 = listFormation.included(cycleId).stream().filter(s -> s.schoolCode().equals("sosh6"))
        .findFirst().orElseThrow();
    try (Browser browser = new Browser("http://127.0.0.1:" + port)) {
      browser.login("tasklist", sosh6.curatorLogin());
      browser.openTask("Мои задачи", "Проверить документы школы");
      // the school is named in the list, the task's title and the form's heading
      assertThat(browser.driver.findElement(By.cssSelector(".tasks-list")).getText())
          .contains("МОБУ СОШ № 6 — Проверить документы школы");
      assertThat(browser.driver.findElement(By.cssSelector(".fjs-form")).getText()).startsWith("Школа: МОБУ СОШ № 6");
      assertThat(browser.pageText()).contains("Версия 1").contains("Педагогический совет по итогам самодиагностики");
      browser.screenshot("07-curator-review");
    }
  }

  @Test
  @Order(4)
  void theMonitoringPageWorksUnderItsContentSecurityPolicy() {
    try (Browser browser = new Browser("http://127.0.0.1:" + port)) {
      browser.login("tasklist", "head");
      browser.driver.get("http://127.0.0.1:" + port + "/app/monitoring?cycle=" + cycleId);
      // the table and the charts are drawn by page.js: the policy lets our own script run
      browser.wait.until(ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector("#schools tbody tr"), 0));
      browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#chart-roadmap svg")));
      assertThat(browser.pageText()).contains("МОБУ СОШ № 6").contains("Школ в перечне:")
          .contains("Задачи").contains("Ход процессов").contains("Настройки напоминаний")
          .contains("Состояние программ").doesNotContain("RAG").doesNotContain("Cockpit");
      // the chart's labels are whole: each school's name as it is, none cut with «…»
      String labels = String.valueOf(((org.openqa.selenium.JavascriptExecutor) browser.driver).executeScript(
          "return Array.from(document.querySelectorAll('#chart-roadmap svg text')).map(t => t.textContent).join('|')"));
      assertThat(labels).contains("МОБУ СОШ № 6").doesNotContain("…");
      browser.screenshot("07b-monitoring-under-csp");
    }
  }

  @Test
  @Order(4)
  void theMonitoringPageOpenedLoggedOutEndsOnTheLoginPage() {
    try (Browser browser = new Browser("http://127.0.0.1:" + port)) {
      browser.driver.manage().deleteAllCookies();
      browser.driver.get("http://127.0.0.1:" + port + "/app/monitoring");
      // no Basic dialog (headless Chrome would be stuck on it): Tasklist's own login form
      browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[ng-model=username]")));
      assertThat(browser.driver.getCurrentUrl()).contains("/camunda/app/tasklist/default/#/login");
      browser.screenshot("07c-monitoring-logged-out-login");
    }
  }

  @Test
  @Order(4)
  void aPersonChoosesTheDailyDigestOnTheSettingsPage() {
    Delivery before = preferences.get("director.sosh6");
    try (Browser browser = new Browser("http://127.0.0.1:" + port)) {
      preferences.set("director.sosh6", Delivery.SINGLE);
      browser.login("tasklist", "director.sosh6");
      browser.driver.get("http://127.0.0.1:" + port + "/app/reminders/settings");
      browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Настройки напоминаний"));
      assertThat(browser.pageText()).contains("Отдельными письмами").contains("Одной сводкой в день")
          .doesNotContain("Мониторинг школ").doesNotContain("Ход процессов");
      browser.driver.findElement(By.cssSelector("input[value=DIGEST]")).click();
      browser.screenshot("07d-reminder-settings-chosen");
      browser.click(By.xpath("//button[normalize-space(.)='Сохранить']"));
      browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "Сохранено"));
      browser.screenshot("07e-reminder-settings-saved");
      assertThat(browser.driver.findElement(By.cssSelector("input[value=DIGEST]")).isSelected()).isTrue();
      assertThat(preferences.get("director.sosh6")).isEqualTo(Delivery.DIGEST);
    } finally {
      preferences.set("director.sosh6", before);
    }
  }

  @Test
  @Order(5)
  void theHeadSeesTheCycleInCockpit() {
    try (Browser browser = new Browser("http://127.0.0.1:" + port)) {
      browser.login("cockpit", "head");
      browser.driver.get("http://127.0.0.1:" + port + "/camunda/app/cockpit/default/#/processes");
      browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"),
          "Сопровождение школы в течение года"));
      assertThat(browser.pageText()).contains("Годовой цикл сопровождения школ").doesNotContain("migrate to Camunda 8")
          .contains("Процессы").contains("Решения").doesNotContain("Dashboard").doesNotContain("Process Definitions");
      browser.screenshot("08-cockpit-processes");

      // a school's instance: Russian, and no button to cancel it, suspend it or edit its variables
      String school = runtime.createProcessInstanceQuery().processInstanceBusinessKeyLike(YEAR + "/sosh6 · %").singleResult().getId();
      browser.driver.get("http://127.0.0.1:" + port + "/camunda/app/cockpit/default/#/process-instance/" + school
          + "/runtime?tab=variables-tab");
      browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "schoolCode"));
      String text = browser.pageText();
      assertThat(text).contains("Переменные").contains("Сведения").contains("ID экземпляра")
          .doesNotContain("Instance ID").doesNotContain("Variables");
      assertThat(visible(browser, "a.btn-toolbar[ng-click='openDialog()']")).as("cancel, suspend, add a variable").isZero();
      assertThat(visible(browser, "[cam-widget-variables-table] .actions")).as("edit or delete a variable").isZero();
      assertThat(visible(browser, "[cam-widget-variables-table] .glyphicon-pencil")).isZero();
      browser.screenshot("08b-cockpit-instance-read-only");
    }
  }

  @Test
  @Order(5)
  void anAdministratorKeepsCockpitsButtons() {
    try (Browser browser = new Browser("http://127.0.0.1:" + port)) {
      browser.login("cockpit", "admin", "admin");
      String school = runtime.createProcessInstanceQuery().processInstanceBusinessKeyLike(YEAR + "/sosh6 · %").singleResult().getId();
      browser.driver.get("http://127.0.0.1:" + port + "/camunda/app/cockpit/default/#/process-instance/" + school
          + "/runtime?tab=variables-tab");
      browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "schoolCode"));
      browser.wait.until(d -> visible(browser, "a.btn-toolbar[ng-click='openDialog()']") > 0);
      browser.screenshot("08c-cockpit-instance-administrator");
    }
  }

  private static long visible(Browser browser, String css) {
    return browser.driver.findElements(By.cssSelector(css)).stream().filter(WebElement::isDisplayed).count();
  }

  @Test
  @Order(6)
  void theDirectorReportsOnTheStageAgainstThePlanOfTheirDocuments() {
    documentsAcceptedAndJointPlanAgreedOverRest();
    try (Browser browser = new Browser("http://127.0.0.1:" + port)) {
      browser.login("tasklist", "director.sosh6");
      browser.openTask("Задачи моей группы", "Отчитаться за этап");
      browser.screenshot("09-stage-report-opened");
      // the form lists what the school's accepted documents plan, numbered as the school sees it
      String shown = browser.formValues();
      assertThat(shown).contains("Педагогический совет по итогам самодиагностики")
          .contains("Доля уроков с цифровым оборудованием, %").contains("1.1").contains("2.1");
      List<WebElement> choices = browser.driver.findElements(By.cssSelector(".fjs-form-field-select"));
      assertThat(choices).as("a status per measure, a status per programme").hasSize(4);
      browser.choose(choices.get(0), "Выполнено");
      browser.choose(choices.get(1), "Выполняется");
      browser.choose(choices.get(2), "Зелёный");
      browser.choose(choices.get(3), "Жёлтый");
      browser.type("Текущее значение", 0, "25");
      browser.type("Текущее значение", 1, "15");
      // the share of the roadmap done follows the statuses as they are chosen: one measure of two done
      assertThat(browser.pageText()).contains("Выполнено пунктов дорожной карты: 50 %");
      // a programme in the yellow zone needs its problems told: refused, nothing saved, the form kept
      browser.complete();
      browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"),
          "опишите проблемы: есть программы в жёлтой или красной зоне"));
      browser.screenshot("10-stage-report-refused");
      WebElement banner = browser.driver.findElement(By.cssSelector(".page-notifications .alert-danger"));
      assertThat(banner.getText()).as("what went wrong, in Russian, without the engine's words and ids")
          .doesNotContain("Cannot", "submit", cycleId + "").contains("Данные формы не приняты");
      int bannerBottom = banner.getRect().getY() + banner.getRect().getHeight();
      assertThat(bannerBottom).as("the banner does not lie over «Завершить»")
          .isLessThan(browser.completeButton().getRect().getY());
      assertThat(stageReports.latest(cycleId, "sosh6", 1)).isEmpty();
      browser.type("Проблемы и трудности", 0, "Не хватает оборудования для уроков");
      // the refusal's notice lies over «Завершить» until it is closed, as a person closes it
      browser.click(By.xpath("//div[contains(@class,'alert-danger')]//button[@ng-click='removeNotification(notification)']"));
      browser.complete();
      browser.waitFor(() -> stageReports.latest(cycleId, "sosh6", 1).isPresent(), "11-stage-report-completed");
    }
    StageReport report = stageReports.latest(cycleId, "sosh6", 1).orElseThrow();
    assertThat(report.measures()).extracting(m -> m.progress().name()).containsExactly("DONE", "IN_PROGRESS");
    assertThat(report.indicators()).extracting(i -> i.value().intValue()).containsExactly(25, 15);
    assertThat(report.programmes()).extracting(p -> p.rag().name()).containsExactly("GREEN", "AMBER");
    assertThat(report.figures().roadmapDoneShare()).isEqualByComparingTo("50");
    assertThat(report.problems()).isEqualTo("Не хватает оборудования для уроков");
  }

  /** The curator accepts the documents, the mentor school proposes the joint plan, the school agrees, the window opens. */
  private void documentsAcceptedAndJointPlanAgreedOverRest() {
    String business = YEAR + "/sosh6";
    forms.submitTaskForm(task(business, "Task_ReviewDocuments"), Map.of(SchoolSupportProcess.REVIEW_DECISION, "approved"));
    forms.submitTaskForm(task(business, SchoolSupportProcess.TASK_DRAFT_JOINT_PLAN), Map.of(
        SchoolSupportProcess.JOINT_PLAN_EVENTS, JsonValues.json(List.of(Map.of("what", "Взаимное посещение уроков",
            "date", YEAR + "-04-10", "who", "МОБУ лицей № 7")))));
    forms.submitTaskForm(task(business, SchoolSupportProcess.TASK_AGREE_JOINT_PLAN), Map.of(
        SchoolSupportProcess.JOINT_PLAN_DECISION, "approved", SchoolSupportProcess.JOINT_PLAN_COMMENT, ""));
    String school = runtime.createProcessInstanceQuery().processInstanceBusinessKeyLike(business + " · %").singleResult().getId();
    management.executeJob(management.createJobQuery().processInstanceId(school)
        .activityId(SchoolSupportProcess.EVENT_STAGE_REPORT_WINDOW_OPENS).singleResult().getId());
  }

  private String task(String businessKey, String taskKey) {
    return tasks.createTaskQuery().processInstanceBusinessKeyLike(businessKey + " · %").taskDefinitionKey(taskKey).singleResult()
        .getId();
  }

  /** The school's documents as the form submits them (the form itself is exercised above). */
  private void submitDocumentsOverRest() {
    String taskId = tasks.createTaskQuery().processInstanceBusinessKeyLike(YEAR + "/sosh6 · %")
        .taskDefinitionKey("Task_DraftDocuments").singleResult().getId();
    List<Map<String, Object>> programmes = documents.programmesToWrite(cycleId, "sosh6").stream()
        .map(p -> Map.<String, Object>of("riskTitle", p.factorTitle(), "goal", "Снизить влияние риска",
            "tasks", "Обновить оборудование, обучить педагогов",
            "measures", List.of(Map.of("what", "Педагогический совет по итогам самодиагностики",
                "deadline", YEAR + "-03-15", "responsible", "Заместитель директора по УВР")),
            "indicators", List.of(Map.of("name", "Доля уроков с цифровым оборудованием, %", "baseline", 10, "target", 40))))
        .toList();
    forms.submitTaskForm(taskId, Map.of("conceptLink", "https://sosh6.example.ru/concept",
        "roadmapLink", "https://sosh6.example.ru/roadmap", "programmes", JsonValues.json(programmes)));
  }

  /** A cycle through list, pairs and order, as the coordinator and the head would do it; returns its id. */
  private long schoolsOfANewCycleAreRunning() {
    // the test classes share one database: other classes' cycles would put their own sosh6 tasks in
    // the director's list, so this scenario starts from a municipality with no cycle running
    List<String> running = runtime.createProcessInstanceQuery().rootProcessInstances().list().stream()
        .filter(p -> !p.getProcessDefinitionId().startsWith("assignmentControl:")).map(ProcessInstance::getId).toList();
    if (!running.isEmpty()) {
      runtime.deleteProcessInstances(running, "browser test: a municipality with no cycle running", true, true);
    }
    Map<String, Object> start = new HashMap<>();
    start.put(AnnualCycleProcess.PERIOD_TYPE, "CALENDAR_YEAR");
    start.put(AnnualCycleProcess.START_YEAR, (long) YEAR);
    start.put(AnnualCycleProcess.COORDINATOR, "coordinator");
    ProcessInstance cycle = runtime.startProcessInstanceByKey(AnnualCycleProcess.KEY, start);
    long id = ((Number) runtime.getVariable(cycle.getId(), AnnualCycleProcess.CYCLE_ID)).longValue();
    complete(cycle, Map.of(AnnualCycleProcess.INCLUDED_SCHOOLS, JsonValues.json(listFormation.includedCodes(id))));
    complete(cycle, Map.of(AnnualCycleProcess.LIST_DECISION, AnnualCycleProcess.APPROVED));
    pairsChosenInTasklist(cycle, id);
    complete(cycle, Map.of(AnnualCycleProcess.PAIRS_DECISION, AnnualCycleProcess.APPROVED));
    complete(cycle, Map.of(AnnualCycleProcess.ORDER_NUMBER, "1", AnnualCycleProcess.ORDER_DATE,
        java.time.LocalDate.now().toString()));
    management.executeJob(management.createJobQuery().processInstanceId(cycle.getId()).messages().singleResult().getId());
    return id;
  }

  /**
   * The coordinator checks the proposed pairs: each school by name, the mentor schools and curators
   * chosen from lists of names with their load; one school gets another mentor school.
   */
  private void pairsChosenInTasklist(ProcessInstance cycle, long id) {
    try (Browser browser = new Browser("http://127.0.0.1:" + port)) {
      browser.login("tasklist", "coordinator");
      browser.openTask("Задачи моей группы", "Закрепить школы-наставники и кураторов");
      browser.screenshot("00a-mentor-pairs-opened");
      assertThat(browser.formValues()).contains("МОБУ СОШ № 20").contains("(наставник: ").contains("(куратор: ");
      assertThat(browser.pageText()).doesNotContain("sosh20").doesNotContain("lyceum7").doesNotContain("curator1");
      List<WebElement> selects = browser.driver.findElements(By.cssSelector(".fjs-form-field-select"));
      int row = 0;
      while (!"МОБУ СОШ № 20".equals(browser.field("Школа", row).getAttribute("value"))) {
        row++;
      }
      browser.choose(selects.get(2 * row), "МОБУ СОШ № 8");
      browser.screenshot("00b-mentor-pairs-chosen");
      browser.complete();
      browser.waitFor(() -> listFormation.included(id).stream()
          .anyMatch(s -> s.schoolCode().equals("sosh20") && "sosh8".equals(s.mentorSchoolCode())),
          "00c-mentor-pairs-completed");
    }
  }

  @Test
  @Order(7)
  void theCoordinatorMovesADeadlineChoosingTheCycleAndTheSchoolByName() {
    engineIdentity.setAuthentication("coordinator", List.of("coordinators"));
    try {
      runtime.startProcessInstanceByKey("moveDeadline");
    } finally {
      engineIdentity.clearAuthentication();
    }
    java.time.LocalDate date = schoolDeadlines.of(cycleId, "sosh12").finalDue().minusDays(3);
    try (Browser browser = new Browser("http://127.0.0.1:" + port)) {
      browser.login("tasklist", "coordinator");
      browser.openTask("Мои задачи", "Выбрать срок для переноса");
      List<WebElement> selects = browser.driver.findElements(By.cssSelector(".fjs-form-field-select"));
      browser.choose(selects.get(0), "Цикл " + YEAR);
      browser.choose(selects.get(1), "Итоговый отчёт");
      // the school of this cycle by name (with more cycles running, each name says its cycle)
      browser.scrollTo(selects.get(2));
      selects.get(2).findElement(By.cssSelector(".fjs-input-group")).click();
      selects.get(2).findElements(By.cssSelector(".fjs-dropdownlist-item")).stream()
          .filter(item -> item.getText().contains("СОШ № 12")
              && (!item.getText().contains("(") || item.getText().contains(String.valueOf(YEAR))))
          .findFirst().orElseThrow().click();
      browser.type("Новый срок", 0, date.format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy")));
      browser.type("Причина переноса", 0, "Решение коллегии");
      browser.screenshot("12-move-deadline-chosen");
      assertThat(browser.pageText()).doesNotContain("sosh12");
      browser.complete();
      browser.waitFor(() -> date.equals(schoolDeadlines.of(cycleId, "sosh12").finalDue()), "13-move-deadline-completed");
    }
    assertThat(schoolDeadlines.of(cycleId, "sosh6").finalDue()).isNotEqualTo(date);
  }

  @Test
  @Order(8)
  void aRefusedStartShowsItsBannerWhereTheCoordinatorLooks() {
    try (Browser browser = new Browser("http://127.0.0.1:" + port)) {
      browser.login("tasklist", "coordinator");
      browser.click(By.xpath("//a[contains(normalize-space(.), 'Запустить процесс')]"));
      browser.click(By.xpath("//*[contains(@class,'modal')]//a[contains(normalize-space(.), 'Годовой цикл')]"));
      browser.wait.until(d -> d.findElement(By.cssSelector(".modal .fjs-form")).isDisplayed());
      // the coordinator has scrolled down to the button, the year left empty
      WebElement start = browser.driver.findElement(By.xpath(
          "//*[contains(@class,'modal')]//button[normalize-space(.)='Запустить']"));
      browser.scrollTo(start);
      start.click();
      WebElement banner = browser.wait.until(ExpectedConditions.visibilityOfElementLocated(
          By.cssSelector(".modal .alert-danger")));
      browser.wait.until(d -> Boolean.TRUE.equals(((org.openqa.selenium.JavascriptExecutor) d).executeScript(
          "const r = arguments[0].getBoundingClientRect(); return r.top >= 0 && r.bottom <= window.innerHeight;",
          banner)));
      assertThat(banner.getText()).containsPattern("[А-Яа-я]{4,}").doesNotContain("Cannot", "annualCycle:");
      browser.screenshot("14-start-refused-banner-in-view");
    }
  }

  @Test
  @Order(9)
  void aWrongPasswordKeepsTheLoginNameAndTheRightOneGetsInAtOnce() {
    try (Browser browser = new Browser("http://127.0.0.1:" + port)) {
      browser.driver.get("http://127.0.0.1:" + port + "/camunda/app/tasklist/default/");
      WebElement username = browser.wait.until(ExpectedConditions.visibilityOfElementLocated(
          By.cssSelector("input[ng-model=username]")));
      username.sendKeys("curator2");
      browser.driver.findElement(By.cssSelector("input[ng-model=password]")).sendKeys("wrong-password");
      browser.driver.findElement(By.cssSelector("button[type=submit]")).click();
      browser.wait.until(d -> d.findElements(By.cssSelector(".alert-danger, .notifications .alert")).size() > 0);
      browser.wait.until(d -> "curator2".equals(d.findElement(By.cssSelector("input[ng-model=username]"))
          .getAttribute("value")));
      browser.screenshot("15-login-failed-name-kept");
      WebElement password = browser.driver.findElement(By.cssSelector("input[type=password]"));
      password.clear();
      password.sendKeys("demo");
      browser.driver.findElement(By.cssSelector("button[type=submit]")).click();
      browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "Задачи моей группы"));
    }
  }

  private void complete(ProcessInstance cycle, Map<String, Object> variables) {
    forms.submitTaskForm(tasks.createTaskQuery().processInstanceId(cycle.getId()).singleResult().getId(), variables);
  }
}
