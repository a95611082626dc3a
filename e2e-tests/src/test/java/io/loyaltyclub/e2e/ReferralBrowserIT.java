package io.loyaltyclub.e2e;

import static io.loyaltyclub.e2e.AdminForm.field;
import static org.assertj.core.api.Assertions.assertThat;

import io.loyaltyclub.e2e.WebSession.Page;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

/**
 * Referrals in headless Chromium: Alice shares her link from the members' area, Bea follows it, accepts the club terms,
 * registers and orders; once the order has passed its pending period (set to 0 days by the admin for the test) the admin
 * runs the referral job, and Alice sees the reward. Screenshots go to {@code target/screenshots/referral-*.png}.
 */
class ReferralBrowserIT {

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
    void a_friend_registers_through_alices_link_orders_and_alice_gets_the_reward() {
        WebSession admin = Admin.signedIn(shop, "admin", "admin");
        String pendingDays = pendingDays(admin, "0");
        try {
            journey(admin);
        } finally {
            pendingDays(admin, pendingDays);
        }
    }

    private void journey(WebSession admin) {
        // Alice shares her link.
        signIn("alice@example.com");
        browser.get(shop.siteUrl("/account/loyalty?blLocaleCode=en_US"));
        WebElement section = browser.findElement(By.cssSelector("[data-section=referrals]"));
        String link = section.findElement(By.cssSelector("[data-referral-link]")).getAttribute("value");
        assertThat(link).matches("http://[^/]+/r/[2-9A-HJ-NP-Z]{8}");
        String encoded = URLEncoder.encode(link, StandardCharsets.UTF_8).replace("+", "%20");
        assertThat(section.findElement(By.cssSelector("[data-share=whatsapp]")).getAttribute("href"))
                .startsWith("https://wa.me/?text=").contains(encoded);
        assertThat(section.findElement(By.cssSelector("[data-share=telegram]")).getAttribute("href"))
                .startsWith("https://t.me/share/url?url=" + encoded);
        assertThat(section.findElement(By.cssSelector("[data-share=facebook]")).getAttribute("href"))
                .isEqualTo("https://www.facebook.com/sharer/sharer.php?u=" + encoded);
        assertThat(section.findElement(By.cssSelector("[data-share=email]")).getAttribute("href"))
                .startsWith("mailto:?subject=").contains(encoded);
        HeadlessChromium.click(browser, section.findElement(By.cssSelector("[data-action=copy-link]")));
        new WebDriverWait(browser, Duration.ofSeconds(5)).until(driver -> driver
                .findElement(By.cssSelector("[data-copy-status]")).getText().contains("Link copied"));
        browser.executeScript("arguments[0].scrollIntoView()", section);
        HeadlessChromium.screenshot(browser, "referral-share.png");
        browser.manage().deleteAllCookies();

        // Bea follows it, accepts the terms and registers: she is a member with the friend's welcome reward.
        browser.get(link + "?blLocaleCode=en_US");
        assertThat(browser.findElement(By.cssSelector("[data-page=loyalty-referral]")).getAttribute("data-situation"))
                .isEqualTo("INVITED");
        assertThat(browser.findElement(By.cssSelector(".lc-title")).getText()).startsWith("Alice invites you");
        HeadlessChromium.screenshot(browser, "referral-landing.png");
        HeadlessChromium.click(browser, browser.findElement(By.name("acceptTerms")));
        submit(By.cssSelector("[data-action=accept-and-register]"));
        assertThat(browser.getCurrentUrl()).contains("/register");
        String email = "bea-" + System.nanoTime() + "@example.com";
        type("customer.firstName", "Bea");
        type("customer.lastName", "Friend");
        type("customer.emailAddress", email);
        type("password", "secret12");
        type("passwordConfirm", "secret12");
        submit(By.cssSelector("form[action*='/register'] button[type=submit]"));
        assertThat(browser.getCurrentUrl()).endsWith("/account/loyalty");
        assertThat(browser.getPageSource()).contains("Welcome reward for joining through a friend’s link");

        // Bea's first order.
        browser.get(shop.siteUrl("/"));
        HeadlessChromium.click(browser, browser.findElement(By.cssSelector(".product-card .product-name a")));
        submit(By.cssSelector("[data-action=add-to-cart]"));
        browser.get(shop.siteUrl("/checkout"));
        type("emailAddress", email);
        submit(By.cssSelector("form[action*='/checkout/details'] button[type=submit]"));
        type("address.firstName", "Bea");
        type("address.lastName", "Friend");
        type("address.addressLine1", "7 Referral Lane");
        type("address.postalCode", "54321");
        type("address.city", "Shelbyville");
        new Select(browser.findElement(By.name("address.country"))).selectByValue("US");
        HeadlessChromium.click(browser, browser.findElement(By.name("fulfillmentOptionId")));
        submit(By.cssSelector("form[action*='/checkout/shipping'] button[type=submit]"));
        type("cardHolder", "Bea Friend");
        type("cardNumber", Storefront.APPROVED_CARD);
        type("cardExpiry", "12/39");
        submit(By.cssSelector("[data-action=place-order]"));
        assertThat(browser.getCurrentUrl()).contains("/confirmation/");
        browser.manage().deleteAllCookies();

        // Alice sees Bea's order waiting for its pending period, then the admin runs the referral job.
        signIn("alice@example.com");
        browser.get(shop.siteUrl("/account/loyalty?blLocaleCode=en_US"));
        assertThat(referralOfBea().getAttribute("data-state")).isEqualTo("ORDERED");
        Page jobs = admin.get(shop.adminUrl("/loyalty-jobs"));
        String row = jobs.find("(<tr class=\"loyalty-job\" data-job=\"referral-rewards\".*?</tr>)");
        String token = new Page(200, "", row).find("name=\"formToken\" value=\"([^\"]+)\"");
        Page ran = admin.post(shop.adminUrl("/loyalty-jobs/referral-rewards/run"), "formToken", token,
                "csrfToken", jobs.csrfToken());
        assertThat(ran.body()).contains("Ran referral-rewards: ").contains("Advocates rewarded: 1");

        browser.get(shop.siteUrl("/account/loyalty?blLocaleCode=en_US"));
        WebElement rewarded = referralOfBea();
        assertThat(rewarded.getAttribute("data-state")).isEqualTo("REWARDED");
        assertThat(rewarded.getText()).contains("Rewarded").contains("+500");
        assertThat(browser.getPageSource()).contains("Reward for referring Bea");
        browser.executeScript("arguments[0].scrollIntoView()", rewarded);
        HeadlessChromium.screenshot(browser, "referral-rewarded.png");
        browser.manage().deleteAllCookies();
    }

    private WebElement referralOfBea() {
        return browser.findElements(By.cssSelector("[data-section=referrals] [data-referral]")).stream()
                .filter(r -> r.getText().startsWith("Bea")).findFirst()
                .orElseThrow(() -> new AssertionError("Bea is not among Alice's referrals"));
    }

    /** Sets the programme's pending days in Loyalty > Programme settings; returns what they were. */
    private String pendingDays(WebSession admin, String days) {
        Page form = admin.get(shop.adminUrl("/loyalty-programme"));
        Map<String, String> fields = AdminForm.fields(form.body());
        String before = fields.get(field("pendingDays"));
        fields.put(field("pendingDays"), days);
        Page saved = admin.post(form.url(), AdminForm.asPairs(fields));
        assertThat(saved.body()).doesNotContain("is-invalid");
        // The storefront has the new pending days within loyalty.programme.refreshSeconds.
        Admin.clubPageShowing(shop, "0".equals(days) ? "available as soon as your order is placed"
                : "available " + days + " days after your order");
        return before;
    }

    private void signIn(String email) {
        browser.get(shop.siteUrl("/login?blLocaleCode=en_US"));
        browser.findElement(By.id("username")).sendKeys(email);
        browser.findElement(By.id("password")).sendKeys("shopper");
        submit(By.cssSelector("form[action*='login'] button[type=submit]"));
    }

    private void type(String name, String value) {
        WebElement field = browser.findElement(By.name(name));
        field.clear();
        field.sendKeys(value);
    }

    private void submit(By button) {
        WebElement element = browser.findElement(button);
        HeadlessChromium.click(browser, element);
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
