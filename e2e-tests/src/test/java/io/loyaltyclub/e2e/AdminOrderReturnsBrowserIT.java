package io.loyaltyclub.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;

/**
 * The "Cancel / return" button of an order's screen in headless Chromium: it opens the order's returns page (the
 * admin's script bundle follows the button), where one unit is returned. Skipped without Chromium, like
 * {@link AdminMemberServicingBrowserIT}, unless a browser is required.
 */
class AdminOrderReturnsBrowserIT {

    private static ChromeDriver browser;
    private final DemoShopProcess shop = DemoShopProcess.get();

    @BeforeAll
    static void startBrowser() {
        browser = HeadlessChromium.start(1366, 1400);
    }

    @AfterAll
    static void stopBrowser() {
        HeadlessChromium.quit(browser);
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
        HeadlessChromium.screenshot(browser, name);
    }
}
