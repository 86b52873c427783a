package ru.schoolsupport.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium from Debian's packages (no browser download), driven through Tasklist and
 * Cockpit the way staff use them. Every step can be kept as a screenshot in target/browser-screenshots.
 */
final class Browser implements AutoCloseable {

  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  static final Path SCREENSHOTS = Path.of("target/browser-screenshots");

  final WebDriver driver;
  final WebDriverWait wait;
  private final String baseUrl;

  Browser(String baseUrl) {
    this.baseUrl = baseUrl;
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--no-first-run", "--disable-dev-shm-usage", "--window-size=1400,1000",
        "--lang=en-US");
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
        .usingAnyFreePort().build();
    driver = new ChromeDriver(service, options);
    wait = new WebDriverWait(driver, Duration.ofSeconds(20));
  }

  static boolean available() {
    return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
  }

  void login(String app, String user) {
    login(app, user, "demo");
  }

  void login(String app, String user, String password) {
    driver.manage().deleteAllCookies();
    driver.get(baseUrl + "/camunda/app/" + app + "/default/");
    WebElement username = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[ng-model=username]")));
    username.sendKeys(user);
    driver.findElement(By.cssSelector("input[ng-model=password]")).sendKeys(password);
    driver.findElement(By.cssSelector("button[type=submit]")).click();
    wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("input[ng-model=username]")));
    if ("tasklist".equals(app)) {
      wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "Задачи моей группы"));
    }
  }

  /** Opens a filter and the first task whose name contains the text, and claims it if nobody has. */
  void openTask(String filter, String taskName) {
    click(By.xpath("//a[contains(normalize-space(.), '" + filter + "')]"));
    click(By.xpath("//*[contains(@class,'tasks-list')]//a[contains(normalize-space(.), '" + taskName + "')]"));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".fjs-form")));
    List<WebElement> claim = driver.findElements(By.xpath("//*[self::a or self::button][contains(normalize-space(.), 'Взять в работу')]"));
    if (!claim.isEmpty() && claim.get(0).isDisplayed()) {
      claim.get(0).click();
      wait.until(ExpectedConditions.invisibilityOf(claim.get(0)));
    }
  }

  /** The input of a form field, found by its label. */
  WebElement field(String label, int index) {
    List<WebElement> labels = driver.findElements(By.xpath(
        "//label[@for][normalize-space(.)='" + label + "' or normalize-space(.)='" + label + "*']"));
    if (labels.size() <= index) {
      throw new IllegalStateException("No field labelled «" + label + "» number " + (index + 1) + " on the page");
    }
    WebElement fieldLabel = labels.get(index);
    String forId = fieldLabel.getAttribute("for");
    return driver.findElement(By.id(forId));
  }

  void type(String label, int index, String text) {
    WebElement input = field(label, index);
    scrollTo(input);
    // select and overwrite, as a person does: clear() alone does not tell form-js the value changed
    input.sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"), org.openqa.selenium.Keys.DELETE);
    input.sendKeys(text);
  }

  /** Chooses an option of a form-js select (a drop-down list, not a native select). */
  void choose(WebElement selectField, String option) {
    scrollTo(selectField);
    selectField.findElement(By.cssSelector(".fjs-input-group")).click();
    selectField.findElement(By.xpath(".//*[contains(@class,'fjs-dropdownlist-item')][contains(normalize-space(.), '"
        + option + "')]")).click();
  }

  void check(String label) {
    WebElement box = driver.findElement(By.xpath("//label[contains(normalize-space(.), '" + label + "')]"));
    scrollTo(box);
    box.click();
  }

  WebElement completeButton() {
    return driver.findElement(By.xpath("//button[contains(normalize-space(.), 'Завершить')]"));
  }

  void complete() {
    WebElement button = completeButton();
    scrollTo(button);
    wait.until(ExpectedConditions.elementToBeClickable(button)).click();
  }

  /** Waits until the work is stored; on failure the screenshot and the page's messages say why. */
  void waitFor(java.util.function.BooleanSupplier stored, String screenshot) {
    try {
      wait.until(d -> stored.getAsBoolean());
    } finally {
      screenshot(screenshot);
    }
  }

  void click(By by) {
    WebElement element = wait.until(ExpectedConditions.elementToBeClickable(by));
    scrollTo(element);
    element.click();
  }

  void scrollTo(WebElement element) {
    ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block:'center'})", element);
  }

  void screenshot(String name) {
    try {
      Files.createDirectories(SCREENSHOTS);
      Files.write(SCREENSHOTS.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** What the form's fields hold (a field's value is not part of the page's text). */
  String formValues() {
    return String.valueOf(((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
        "return Array.from(document.querySelectorAll('.fjs-form input, .fjs-form textarea'))"
            + ".map(e => e.value).join('\\n')"));
  }

  String pageText() {
    return driver.findElement(By.tagName("body")).getText();
  }

  @Override
  public void close() {
    driver.quit();
  }
}
