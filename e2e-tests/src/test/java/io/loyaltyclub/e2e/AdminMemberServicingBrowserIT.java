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
 * The loyalty panel as an admin reaches it, in headless Chromium: the "Loyalty" button of Alice's customer screen
 * (a button of Broadleaf's action bar, followed by the admin's script bundle) opens her panel, where an
 * adjustment is made. Screenshots go to {@code target/screenshots/}. Skipped without Chromium, like
 * {@link StorefrontBrowserIT}, unless a browser is required.
 */
class AdminMemberServicingBrowserIT {

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
    void the_loyalty_button_of_a_customer_opens_her_panel_where_points_are_adjusted() {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        browser.get(shop.adminUrl("/login"));
        browser.findElement(By.name("j_username")).sendKeys("admin");
        browser.findElement(By.name("j_password")).sendKeys("admin");
        browser.findElement(By.name("j_password")).submit();
        wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("login")));

        browser.get(shop.adminUrl("/customer"));
        browser.findElement(By.linkText("alice@example.com")).click();
        wait.until(ExpectedConditions.urlMatches(".*/customer/\\d+$"));
        String customerUrl = browser.getCurrentUrl();
        screenshot("admin-customer.png");

        browser.findElement(By.cssSelector(".sticky-container button.loyalty-customer-panel")).click();

        wait.until(ExpectedConditions.urlToBe(customerUrl + "/loyalty"));
        assertThat(browser.findElement(By.cssSelector(".breadcrumbs")).getText()).contains("ALICE WALKER");
        assertThat(browser.findElement(By.cssSelector(".loyalty-status")).getText()).isEqualTo("Active");
        assertThat(browser.findElements(By.cssSelector("tr.loyalty-entry"))).isNotEmpty();

        String note = "Birthday surprise " + System.nanoTime();
        browser.findElement(By.id("loyalty-adjust-points")).sendKeys("25");
        browser.findElement(By.id("loyalty-adjust-note")).sendKeys(note);
        browser.findElement(By.cssSelector("form.loyalty-adjust button[type=submit]")).click();

        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".loyalty-notice")));
        assertThat(browser.findElement(By.cssSelector(".loyalty-notice")).getText()).isEqualTo("Added 25 points.");
        assertThat(browser.findElement(By.cssSelector("tr.loyalty-entry")).getText()).contains("+25").contains("admin")
                .contains(note);
        screenshot("admin-customer-loyalty.png");
    }

    private static void screenshot(String name) {
        HeadlessChromium.screenshot(browser, name);
    }
}
