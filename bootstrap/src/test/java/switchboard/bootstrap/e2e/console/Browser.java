package switchboard.bootstrap.e2e.console;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.FluentWait;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Debian's chromium, headless, driven by its chromedriver (both from apt: {@code .ci/run} installs
 * them). Every wait is explicit; each journey saves screenshots under target/console-screenshots
 * and runs axe-core on each page it opens.
 */
final class Browser implements AutoCloseable {

    private static final Path SCREENSHOTS = Path.of("target", "console-screenshots");

    /** axe-core, as Deque's Selenium artifact bundles it. */
    private static final String AXE = resource("axe.min.js");

    /**
     * Runs axe on the page and answers its serious and critical violations, one line each. Frames
     * are left out: the only one is a captured email, the sender's HTML, sandboxed without scripts.
     */
    private static final String AXE_RUN = """
            const done = arguments[arguments.length - 1];
            axe.run(document, {iframes: false, resultTypes: ['violations']}).then(
                results => done(results.violations
                    .filter(v => v.impact === 'serious' || v.impact === 'critical')
                    .map(v => v.impact + ' ' + v.id + ': ' + v.help + ' at '
                        + v.nodes.map(n => n.target.join(' ')).join(', '))),
                error => done(['axe did not run: ' + error]));
            """;

    private final URI base;
    private final WebDriver driver;
    private final WebDriverWait wait;

    Browser(URI base, int width, int height) {
        this.base = base;
        ChromeOptions options = new ChromeOptions();
        options.setBinary(executable("chromium"));
        // --no-sandbox: CI runs as root, where chromium's own sandbox cannot start.
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--window-size=" + width + "," + height);
        // A window is never narrower than 500 px: a phone's width is emulated instead.
        options.setExperimentalOption("mobileEmulation", Map.of("deviceMetrics",
                Map.of("width", width, "height", height, "pixelRatio", 1.0)));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(executable("chromedriver")))
                .usingAnyFreePort().build();
        this.driver = new ChromeDriver(service, options);
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
    }

    WebDriver driver() {
        return driver;
    }

    void open(String path) {
        driver.get(base.resolve(path).toString());
    }

    WebElement await(By locator) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    /** Waits until the page shows the container and nothing in it matches, across the page being replaced. */
    void awaitGone(By container, By locator) {
        acrossPageChange().until(page -> page.findElement(container).isDisplayed() && page.findElements(locator).isEmpty());
    }

    /** Waits until the element shows the text, across the page being replaced. */
    void awaitText(By locator, String text) {
        acrossPageChange().until(ExpectedConditions.textToBePresentInElementLocated(locator, text));
    }

    /**
     * A wait across the page being replaced by a form's answer: while the old page goes, Chrome may
     * answer for its elements with an error of no particular kind ("Node with given id does not
     * belong to the document"), which is looked past until the new page is there.
     */
    private FluentWait<WebDriver> acrossPageChange() {
        return new WebDriverWait(driver, Duration.ofSeconds(20)).ignoring(WebDriverException.class);
    }

    /** Waits for what a page shows once the gateway has acted in the background, reloading it between looks. */
    void untilAfterReloads(BooleanSupplier condition) {
        new WebDriverWait(driver, Duration.ofSeconds(30), Duration.ofMillis(250)).until(page -> {
            page.navigate().refresh();
            return condition.getAsBoolean();
        });
    }

    void click(By locator) {
        wait.until(ExpectedConditions.elementToBeClickable(locator)).click();
    }

    void type(By locator, String text) {
        WebElement field = await(locator);
        field.clear();
        field.sendKeys(text);
    }

    void signIn(String username, String password) {
        open("/console/sign-in");
        type(By.id("username"), username);
        type(By.id("password"), password);
        click(By.cssSelector("form button[type=submit]"));
        await(By.cssSelector("header.bar"));
    }

    void screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
            Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** axe-core on the open page: no violation of impact serious or critical. */
    void assertAccessible() {
        assertThat(seriousViolations()).as("axe-core on %s", driver.getCurrentUrl()).isEmpty();
    }

    /** What axe-core finds serious or critical on the open page, one line each. */
    List<?> seriousViolations() {
        JavascriptExecutor script = (JavascriptExecutor) driver;
        // Injected through the driver: the console's policy lets no inline or foreign script run.
        script.executeScript(AXE);
        return (List<?>) script.executeAsyncScript(AXE_RUN);
    }

    @Override
    public void close() {
        driver.quit();
    }

    private static String resource(String name) {
        try (InputStream in = Browser.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is not on the test class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String executable(String name) {
        for (String directory : new String[] {"/usr/bin", "/usr/local/bin"}) {
            Path path = Path.of(directory, name);
            if (Files.isExecutable(path)) {
                return path.toString();
            }
        }
        throw new IllegalStateException(name + " is not installed: apt-get install chromium chromium-driver (.ci/run does)");
    }
}
