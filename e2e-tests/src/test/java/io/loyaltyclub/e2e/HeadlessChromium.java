package io.loyaltyclub.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.time.Duration;

/**
 * Debian's headless Chromium for the browser tests. Without it a test is skipped, unless
 * {@code -Dloyalty.browser.required=true} or the environment variable {@code LOYALTY_BROWSER_REQUIRED=true} (set by
 * .ci/run) asks for it. Screenshots go to {@code target/screenshots/}.
 */
final class HeadlessChromium {

    private static final String CHROMIUM = "/usr/bin/chromium";
    private static final String CHROMEDRIVER = "/usr/bin/chromedriver";

    private HeadlessChromium() {
    }

    /** A new browser with a window of the given size, or the test skipped if Chromium is not installed. */
    static ChromeDriver start(int width, int height) {
        boolean installed = new File(CHROMIUM).canExecute() && new File(CHROMEDRIVER).canExecute();
        if (Boolean.getBoolean("loyalty.browser.required") || "true".equals(System.getenv("LOYALTY_BROWSER_REQUIRED"))) {
            assertThat(installed).as("Debian's chromium and chromium-driver (" + CHROMIUM + ", " + CHROMEDRIVER + ")").isTrue();
        }
        assumeTrue(installed, "Chromium is not installed: apt-get install chromium chromium-driver");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-quic", "--window-size=" + width + "," + height, "--lang=en-US");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER)).build();
        ChromeDriver browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        return browser;
    }

    static void quit(WebDriver browser) {
        if (browser != null) {
            browser.quit();
        }
    }

    /** Saves what the browser shows as {@code target/screenshots/<name>}. */
    static void screenshot(WebDriver browser, String name) {
        Path screenshots = Paths.get(System.getProperty("e2e.output.dir", "target"), "screenshots");
        File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        try {
            Files.createDirectories(screenshots);
            Files.copy(shot.toPath(), screenshots.resolve(name), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot save the screenshot " + name, e);
        }
    }

    /** Clicks as a person does: with the element scrolled to the middle of the screen, clear of a sticky header. */
    static void click(WebDriver browser, WebElement element) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", element);
        element.click();
    }
}
