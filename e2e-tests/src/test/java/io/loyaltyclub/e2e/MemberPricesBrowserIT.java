package io.loyaltyclub.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * A Kitchen product page in headless Chromium, for a guest (the regular price, the Gold price and the join link)
 * and for Carol, a Gold member (the regular and the Gold price side by side); screenshots
 * {@code member-price-guest.png} and {@code member-price-gold.png}.
 */
class MemberPricesBrowserIT {

    private final DemoShopProcess shop = DemoShopProcess.get();
    private ChromeDriver browser;

    @BeforeEach
    void startBrowser() {
        browser = HeadlessChromium.start(1366, 900);
    }

    @AfterEach
    void stopBrowser() {
        HeadlessChromium.quit(browser);
    }

    private void openKitchenProduct() {
        browser.get(shop.siteUrl("/kitchen?blLocaleCode=en_US"));
        HeadlessChromium.click(browser, browser.findElement(By.cssSelector(".product-card .product-name a")));
        assertThat(browser.findElement(By.cssSelector("[data-page=product]")).isDisplayed()).isTrue();
    }

    @Test
    void a_guest_sees_the_regular_price_and_the_gold_price_to_join_for() {
        openKitchenProduct();

        WebElement hint = browser.findElement(By.cssSelector(".product-detail [data-club-price=join]"));
        assertThat(hint.isDisplayed()).isTrue();
        assertThat(hint.getText()).contains("Gold members pay $").contains("Join the club");
        assertThat(browser.findElement(By.cssSelector(".product-detail .price-now")).getText()).startsWith("$");
        HeadlessChromium.screenshot(browser, "member-price-guest.png");
    }

    @Test
    void carol_a_gold_member_sees_the_regular_and_the_gold_price_side_by_side() {
        browser.get(shop.siteUrl("/login?blLocaleCode=en_US"));
        browser.findElement(By.id("username")).sendKeys("carol@example.com");
        browser.findElement(By.id("password")).sendKeys("shopper");
        browser.findElement(By.id("password")).submit();
        openKitchenProduct();

        WebElement member = browser.findElement(By.cssSelector(".product-detail [data-club-price=member]"));
        assertThat(member.isDisplayed()).isTrue();
        assertThat(member.getText()).contains("Gold price").contains("$");
        assertThat(browser.findElement(By.cssSelector(".product-detail [data-regular-price]")).getText())
                .startsWith("$");
        assertThat(browser.findElements(By.cssSelector(".product-detail [data-club-price=join]"))).isEmpty();
        assertThat(browser.findElements(By.cssSelector(".product-detail .sale-badge"))).as("a member price is no sale")
                .isEmpty();
        HeadlessChromium.screenshot(browser, "member-price-gold.png");
    }
}
