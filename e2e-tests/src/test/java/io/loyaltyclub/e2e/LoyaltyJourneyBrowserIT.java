package io.loyaltyclub.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;

/**
 * The club as a shopper clicks through it in headless Chromium: registers, joins from the club page, buys, finds
 * the order's points pending in the members' area, pays part of the next order with points at checkout and reads
 * the history. Screenshots of each step go to {@code target/screenshots/loyalty-*.png}.
 */
class LoyaltyJourneyBrowserIT {

    private static ChromeDriver browser;
    private final DemoShopProcess shop = DemoShopProcess.get();

    @BeforeAll
    static void startBrowser() {
        browser = HeadlessChromium.start(1366, 1000);
    }

    @AfterAll
    static void stopBrowser() {
        HeadlessChromium.quit(browser);
    }

    @Test
    void a_shopper_joins_buys_pays_with_points_and_reads_the_history_in_the_browser() {
        String email = "browser-" + System.nanoTime() + "@example.com";
        browser.get(shop.siteUrl("/register?blLocaleCode=en_US"));
        type("customer.firstName", "Rita");
        type("customer.lastName", "Browser");
        type("customer.emailAddress", email);
        type("password", "secret12");
        type("passwordConfirm", "secret12");
        submit(By.cssSelector("form[action*='/register'] button[type=submit]"));

        // Joining: the terms must be accepted; the welcome bonus is there at once.
        browser.get(shop.siteUrl("/loyalty"));
        HeadlessChromium.click(browser, browser.findElement(By.name("acceptTerms")));
        HeadlessChromium.screenshot(browser, "loyalty-join.png");
        submit(By.cssSelector("[data-action=join]"));
        assertThat(browser.getCurrentUrl()).endsWith("/account/loyalty");
        long welcome = balance("available");
        assertThat(welcome).as("welcome bonus").isPositive();

        // A first order: its points are pending in the members' area.
        addFirstProductToCart();
        checkoutUpToPayment(email);
        String first = placeOrder();
        membersAreaWithOrder(first);
        assertThat(balance("pending")).as("points of the first order").isPositive();
        HeadlessChromium.screenshot(browser, "loyalty-pending.png");

        // A second order, part paid with the welcome points.
        addFirstProductToCart();
        checkoutUpToPayment(email);
        WebElement points = browser.findElement(By.id("lc-points-input"));
        points.clear();
        points.sendKeys("100");
        submit(By.cssSelector("[data-action=apply-points]"));
        assertThat(browser.findElement(By.cssSelector("[data-applied=points]")).getText()).contains("100");
        assertThat(browser.getPageSource()).contains("Paid with 100 points");
        HeadlessChromium.screenshot(browser, "loyalty-checkout-points.png");
        String second = placeOrder();

        membersAreaWithOrder(second);
        assertThat(balance("available")).as("100 welcome points spent").isEqualTo(welcome - 100);
        assertThat(browser.getPageSource()).contains("Paid part of order " + second).contains("Order " + first);
        HeadlessChromium.screenshot(browser, "loyalty-history.png");
    }

    private void addFirstProductToCart() {
        browser.get(shop.siteUrl("/"));
        HeadlessChromium.click(browser, browser.findElement(By.cssSelector(".product-card .product-name a")));
        submit(By.cssSelector("[data-action=add-to-cart]"));
        assertThat(browser.getCurrentUrl()).endsWith("/cart");
    }

    private void checkoutUpToPayment(String email) {
        browser.get(shop.siteUrl("/checkout"));
        type("emailAddress", email);
        submit(By.cssSelector("form[action*='/checkout/details'] button[type=submit]"));
        type("address.firstName", "Rita");
        type("address.lastName", "Browser");
        type("address.addressLine1", "1 Market Street");
        type("address.postalCode", "12345");
        type("address.city", "Springfield");
        new Select(browser.findElement(By.name("address.country"))).selectByValue("US");
        HeadlessChromium.click(browser, browser.findElement(By.name("fulfillmentOptionId")));
        submit(By.cssSelector("form[action*='/checkout/shipping'] button[type=submit]"));
    }

    /** Pays the rest with the approved test card; returns the order number from the confirmation page. */
    private String placeOrder() {
        type("cardHolder", "Rita Browser");
        type("cardNumber", Storefront.APPROVED_CARD);
        type("cardExpiry", "12/39");
        submit(By.cssSelector("[data-action=place-order]"));
        assertThat(browser.getCurrentUrl()).contains("/confirmation/");
        return browser.findElement(By.cssSelector("[data-order]")).getAttribute("data-order");
    }

    /** The members' area, reloaded until the order's points are there (credited just after the checkout). */
    private void membersAreaWithOrder(String orderNumber) {
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(driver -> {
            driver.get(shop.siteUrl("/account/loyalty"));
            return driver.getPageSource().contains("Order " + orderNumber);
        });
    }

    private long balance(String which) {
        String figure = browser.findElement(By.cssSelector("[data-balance=" + which + "] .lc-balance-figure")).getText();
        return Long.parseLong(figure.replace(",", "").trim());
    }

    private void type(String name, String value) {
        WebElement field = browser.findElement(By.name(name));
        field.clear();
        field.sendKeys(value);
    }

    private void submit(By button) {
        WebElement element = browser.findElement(button);
        HeadlessChromium.click(browser, element);
        // The next page has come when the button no longer belongs to a document (Chromium may report that as a
        // node of another document rather than as a stale element).
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(driver -> {
            try {
                element.isEnabled();
                return false;
            } catch (WebDriverException gone) {
                return true;
            }
        });
    }
}
