package switchboard.bootstrap.e2e.console;

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

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Map;
import java.util.function.BooleanSupplier;

/**
 * Debian's chromium, headless, driven by its chromedriver (both from apt: {@code .ci/run} installs
 * them). Every wait is explicit; each journey saves screenshots under target/console-screenshots.
 */
final class Browser implements AutoCloseable {

    private static final Path SCREENSHOTS = Path.of("target", "console-screenshots");

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

    void awaitText(By locator, String text) {
        wait.until(ExpectedConditions.textToBePresentInElementLocated(locator, text));
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

    @Override
    public void close() {
        driver.quit();
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
