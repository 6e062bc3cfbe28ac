package org.wops.web.it.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import java.util.stream.Collectors;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A headless Chromium for browser tests, with BrowserIT's patterns: {@link #open} waits for the old
 * document to go and for an element of the new one (never reads a page mid-navigation), {@link
 * #click} waits for the next document, the console's errors are read through Selenium's browser
 * log, and screenshots go to target/screenshots. Closing it quits the browser.
 */
public final class Chromium implements AutoCloseable {
  public static final Dimension DESKTOP = new Dimension(1280, 900);
  public static final Dimension PHONE = new Dimension(390, 844);
  private static final Path SHOTS = Path.of("target", "screenshots");

  private final WebDriver driver;
  private final URI base;

  private Chromium(WebDriver driver, URI base) {
    this.driver = driver;
    this.base = base;
  }

  /** Debian's /usr/bin/chromium through /usr/bin/chromedriver (no Selenium Manager download). */
  public static Chromium start(URI base) throws Exception {
    File executable = new File("/usr/bin/chromedriver");
    assertThat(executable)
        .as("Debian's chromium-driver must be installed (apt-get install chromium chromium-driver)")
        .exists();
    ChromeOptions options = new ChromeOptions();
    options.setBinary("/usr/bin/chromium");
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--window-size=1280,900",
        "--lang=en-GB");
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(executable).build();
    ChromeDriver chrome = new ChromeDriver(service, options);
    chrome.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    Files.createDirectories(SHOTS);
    return new Chromium(chrome, base);
  }

  public WebDriver driver() {
    return driver;
  }

  public WebDriverWait waiting() {
    WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
    wait.ignoring(WebDriverException.class);
    return wait;
  }

  /** Opens a page of the platform and waits for one of its elements. */
  public void open(String path, By expected) {
    WebElement before;
    try {
      before = driver.findElement(By.tagName("html"));
    } catch (WebDriverException none) {
      before = null;
    }
    driver.get(base.resolve(path).toString());
    if (before != null) {
      WebElement old = before;
      waiting()
          .withMessage(() -> "the page before " + path + " stayed: " + describe())
          .until(d -> gone(old));
    }
    waiting()
        .withMessage(() -> "expected " + expected + " on " + path + ", got " + describe())
        .until(ExpectedConditions.presenceOfElementLocated(expected));
  }

  /** Clicks a button that submits its form, and waits until the next page replaced this one. */
  public void click(By button) {
    WebElement before = driver.findElement(By.tagName("html"));
    driver.findElement(button).click();
    waiting().withMessage(() -> "no next page after " + button).until(d -> gone(before));
  }

  public void click(WebElement button) {
    WebElement before = driver.findElement(By.tagName("html"));
    button.click();
    waiting().until(d -> gone(before));
  }

  private static boolean gone(WebElement element) {
    try {
      element.getTagName();
      return false;
    } catch (StaleElementReferenceException stale) {
      return true;
    } catch (WebDriverException e) {
      return String.valueOf(e.getMessage()).contains("does not belong to the document");
    }
  }

  /**
   * Signs in on the login page (after forgetting any earlier sign-in) and waits for the dashboard.
   */
  public void signIn(String username, String password) {
    driver.manage().deleteAllCookies();
    open("my/dashboard.xhtml", By.id("login:username"));
    find(By.id("login:username")).sendKeys(username);
    find(By.id("login:password")).sendKeys(password);
    click(By.id("login:submit"));
    waiting()
        .withMessage(() -> "signed in as " + username + ", got " + describe())
        .until(ExpectedConditions.presenceOfElementLocated(By.id("dashboard-title")));
  }

  public WebElement find(By by) {
    return driver.findElement(by);
  }

  public List<WebElement> findAll(By by) {
    return driver.findElements(by);
  }

  /** An element's text with every kind of space (no-break, narrow no-break) as a plain space. */
  public String text(By by) {
    return spaces(driver.findElement(by).getText());
  }

  public static String spaces(String s) {
    return s.replaceAll("[\\s\\u00A0\\u202F]+", " ").strip();
  }

  public Object js(String script, Object... arguments) {
    return ((JavascriptExecutor) driver).executeScript(script, arguments);
  }

  public void size(Dimension size) {
    driver.manage().window().setSize(size);
  }

  /** A screenshot into target/screenshots/NAME.png (the whole page, as far as the window shows). */
  public void shot(String name) throws Exception {
    File png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
    Files.copy(png.toPath(), SHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
  }

  /**
   * A screenshot of the whole page: the window grows to the page's height for the shot, then takes
   * its width and height back.
   */
  public void fullShot(String name) throws Exception {
    Dimension was = driver.manage().window().getSize();
    long height = ((Number) js("return document.documentElement.scrollHeight;")).longValue();
    driver.manage().window().setSize(new Dimension(was.width, (int) Math.min(height + 140, 6000)));
    try {
      shot(name);
    } finally {
      driver.manage().window().setSize(was);
    }
  }

  /** The console's errors since the last call (an uncaught exception, a failed resource...). */
  public List<String> consoleErrors() {
    return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
        .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
        .map(LogEntry::getMessage)
        .collect(Collectors.toList());
  }

  /** The browser's current address, title and the start of its text, for failure messages. */
  public String describe() {
    try {
      String t = driver.findElement(By.tagName("body")).getText();
      return driver.getCurrentUrl()
          + " \""
          + driver.getTitle()
          + "\": "
          + (t.length() > 1500 ? t.substring(0, 1500) + "..." : t);
    } catch (WebDriverException e) {
      return "(no page: " + e.getMessage().lines().findFirst().orElse("") + ")";
    }
  }

  @Override
  public void close() {
    driver.quit();
  }
}
