package io.loyaltyclub.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.time.Duration;

/**
 * The "Cancel / return" button of an order's screen in headless Chromium: it opens the order's returns page (the
 * admin's script bundle follows the button), where one unit is returned. Skipped without Chromium, like
 * {@link AdminMemberServicingBrowserIT}, unless a browser is required.
 */
class AdminOrderReturnsBrowserIT {

    private static final String CHROMIUM = "/usr/bin/chromium";
    private static final String CHROMEDRIVER = "/usr/bin/chromedriver";

    private static ChromeDriver browser;
    private static Path screenshots;
    private final DemoShopProcess shop = DemoShopProcess.get();

    @BeforeAll
    static void startBrowser() throws IOException {
        boolean installed = new File(CHROMIUM).canExecute() && new File(CHROMEDRIVER).canExecute();
        boolean required = Boolean.getBoolean("loyalty.browser.required")
                || "true".equals(System.getenv("LOYALTY_BROWSER_REQUIRED"));
        if (required) {
            assertThat(installed).as("Debian's chromium and chromium-driver").isTrue();
        }
        assumeTrue(installed, "Chromium is not installed: apt-get install chromium chromium-driver");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--window-size=1366,1400", "--lang=en-US");
        ChromeDriverService service =
                new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER)).build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        screenshots = Paths.get(System.getProperty("e2e.output.dir", "target"), "screenshots");
        Files.createDirectories(screenshots);
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void the_cancel_return_button_of_an_order_opens_its_returns_page_where_a_unit_is_returned() {
        Member member = Member.ordering(shop, 2);
        long orderId = Admin.orderId(shop, Admin.signedIn(shop, "admin", "admin"), member.email(), member.orderNumber());
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        browser.get(shop.adminUrl("/login"));
        browser.findElement(By.name("j_username")).sendKeys("admin");
        browser.findElement(By.name("j_password")).sendKeys("admin");
        browser.findElement(By.name("j_password")).submit();
        wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("login")));

        browser.get(shop.adminUrl("/order/" + orderId));
        String orderUrl = browser.getCurrentUrl();
        screenshot("admin-order.png");
        browser.findElement(By.cssSelector(".sticky-container button.loyalty-order-returns")).click();

        wait.until(ExpectedConditions.urlToBe(orderUrl + "/returns"));
        assertThat(browser.findElement(By.cssSelector(".breadcrumbs")).getText())
                .containsIgnoringCase("Order " + member.orderNumber());
        assertThat(browser.findElement(By.cssSelector("tr.loyalty-line td.ordered")).getText()).isEqualTo("2");

        browser.findElement(By.cssSelector("tr.loyalty-line input.quantity")).sendKeys("1");
        browser.findElement(By.id("loyalty-return-note")).sendKeys("Chipped on arrival");
        browser.findElement(By.cssSelector("button.loyalty-return-submit")).click();

        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".loyalty-notice")));
        assertThat(browser.findElement(By.cssSelector(".loyalty-notice")).getText()).startsWith("The return is recorded.");
        assertThat(browser.findElement(By.cssSelector("tr.loyalty-line td.returned")).getText()).isEqualTo("1");
        assertThat(browser.findElement(By.cssSelector("tr.loyalty-action")).getText()).contains("Return")
                .contains("admin").contains("Chipped on arrival");
        screenshot("admin-order-returns.png");
    }

    private static void screenshot(String name) {
        try {
            File shot = browser.getScreenshotAs(OutputType.FILE);
            Files.copy(shot.toPath(), screenshots.resolve(name), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
