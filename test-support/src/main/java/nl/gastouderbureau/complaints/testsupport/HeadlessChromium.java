package nl.gastouderbureau.complaints.testsupport;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.util.FileSystemUtils;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A real headless Chromium for page tests: Debian's {@code chromium} and {@code chromium-driver},
 * which {@code .ci/run} installs. Without them a test is skipped on a developer's machine but fails
 * under {@code CI=true}, so CI never passes by skipping. Each browser gets a fresh profile (no
 * cookies, cache or sign-in from an earlier run) and stays off the network except for the pages
 * it is sent to. Screenshots land in {@code target/screenshots/} of the module under test.
 * <p>
 * A test class registers it with {@code @RegisterExtension static final HeadlessChromium chromium = new HeadlessChromium();}
 * and gets one browser for all its tests.
 */
public final class HeadlessChromium implements BeforeAllCallback, AfterAllCallback {

    private static final File CHROMIUM = new File("/usr/bin/chromium");
    private static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final Duration PATIENCE = Duration.ofSeconds(20);

    private WebDriver browser;
    private Path profile;

    /** Starts the browser for the test class, or skips it (fails it under {@code CI=true}) when Chromium is missing. */
    @Override
    public void beforeAll(ExtensionContext context) {
        boolean installed = CHROMIUM.canExecute() && CHROMEDRIVER.canExecute();
        if (!installed && "true".equals(System.getenv("CI"))) {
            throw new IllegalStateException("CI needs /usr/bin/chromium and /usr/bin/chromedriver; .ci/run installs them");
        }
        assumeTrue(installed, "Chromium is not installed: apt-get install -y chromium chromium-driver");
        try {
            Files.createDirectories(SCREENSHOTS);
            Path profile = Files.createTempDirectory("chromium-profile-");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(CHROMIUM);
            options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--no-first-run", "--window-size=1100,1400", "--user-data-dir=" + profile);
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(CHROMEDRIVER).usingAnyFreePort().build();
            this.profile = profile;
            this.browser = new ChromeDriver(service, options);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public WebDriver browser() {
        return browser;
    }

    /**
     * Follows a link or sends a form, and waits until the next page has loaded in place of this
     * one: a click does not wait for a form's answer, and an element of the page before would
     * otherwise be read, or go stale while it is read. The page before is marked, and the wait is
     * over once the document is one without the mark; while the browser is between the two,
     * Chromium answers with errors other than a stale element now and then, which are waited out.
     */
    public void navigate(WebElement linkOrButton) {
        JavascriptExecutor script = (JavascriptExecutor) browser;
        script.executeScript("document.documentElement.setAttribute('data-left', '')");
        linkOrButton.click();
        new WebDriverWait(browser, PATIENCE).ignoring(WebDriverException.class).until(driver -> (Boolean) script.executeScript(
                "return document.readyState === 'complete' && !document.documentElement.hasAttribute('data-left')"));
    }

    /** Saves what the browser shows now as {@code target/screenshots/<name>.png}. */
    public Path screenshot(String name) {
        Path target = SCREENSHOTS.resolve(name + ".png");
        try {
            File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
            Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return target;
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (browser == null) {
            return;
        }
        browser.quit();
        try {
            FileSystemUtils.deleteRecursively(profile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
