package io.loyaltyclub.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.util.List;

/**
 * The storefront in headless Chromium (Debian's chromium and chromium-driver): the pages a shopper sees, the
 * Hebrew and Persian versions laid out right to left, desktop and phone; see {@link HeadlessChromium} for the
 * browser and the screenshots.
 */
class StorefrontBrowserIT {

    private static ChromeDriver browser;
    private final DemoShopProcess shop = DemoShopProcess.get();

    @BeforeAll
    static void startBrowser() {
        browser = HeadlessChromium.start(1366, 900);
    }

    @AfterAll
    static void stopBrowser() {
        HeadlessChromium.quit(browser);
    }

    @Test
    void the_home_page_shows_the_shop_with_its_catalogue() {
        browser.manage().window().setSize(new Dimension(1366, 900));
        browser.get(shop.siteUrl("/?blLocaleCode=en_US"));

        assertThat(browser.getTitle()).isEqualTo("Maple & Moss");
        assertThat(browser.findElement(By.cssSelector(".hero h1")).isDisplayed()).isTrue();
        List<WebElement> cards = browser.findElements(By.cssSelector(".product-card"));
        assertThat(cards).hasSizeGreaterThanOrEqualTo(8);
        assertThat(naturalWidth(cards.get(0).findElement(By.tagName("img")))).as("product image loaded").isPositive();
        assertThat(browser.findElements(By.cssSelector(".navbar .categories .nav-link"))).hasSizeGreaterThanOrEqualTo(6);
        assertNoSidewaysScrolling();
        screenshot("home-en.png");
    }

    @Test
    void a_shopper_opens_a_product_and_puts_it_in_the_cart() {
        browser.manage().window().setSize(new Dimension(1366, 900));
        browser.get(shop.siteUrl("/?blLocaleCode=en_US"));
        click(browser.findElement(By.cssSelector(".product-card .product-name a")));

        assertThat(browser.findElement(By.cssSelector("[data-page=product]")).isDisplayed()).isTrue();
        assertThat(browser.findElement(By.cssSelector(".product-title")).getText()).isNotBlank();
        assertThat(browser.findElement(By.cssSelector(".product-detail .price-now")).getText()).startsWith("$");
        screenshot("product-en.png");

        click(browser.findElement(By.cssSelector("[data-action=add-to-cart]")));
        // The form's post and redirect may still be on their way when the click returns.
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.urlMatches(".*/cart$"));

        assertThat(browser.getCurrentUrl()).endsWith("/cart");
        assertThat(browser.findElements(By.cssSelector(".cart-line"))).hasSize(1);
        assertThat(browser.findElement(By.cssSelector("[data-cart-count]")).getText()).isEqualTo("1");
        screenshot("cart-en.png");
    }

    @Test
    void the_hebrew_storefront_is_laid_out_right_to_left() {
        browser.manage().window().setSize(new Dimension(1366, 900));
        browser.get(shop.siteUrl("/?blLocaleCode=he_IL"));

        WebElement html = browser.findElement(By.tagName("html"));
        assertThat(html.getAttribute("dir")).isEqualTo("rtl");
        assertThat(html.getAttribute("lang")).isEqualTo("he");
        assertThat(script("return getComputedStyle(document.body).direction")).isEqualTo("rtl");
        assertThat(browser.findElement(By.cssSelector(".hero h1")).getText()).isEqualTo("דברים טובים לכל יום");
        // Mirrored: the brand sits on the right, the cart on the left.
        int width = browser.manage().window().getSize().getWidth();
        assertThat(centerX(browser.findElement(By.cssSelector(".navbar-brand")))).isGreaterThan(width / 2);
        assertThat(centerX(browser.findElement(By.cssSelector(".cart-link")))).isLessThan(width / 2);
        assertThat((String) script("return document.querySelector('link[href*=\"bootstrap\"]').href")).contains("bootstrap.rtl.min.css");
        assertNoSidewaysScrolling();
        screenshot("home-he.png");

        click(browser.findElement(By.cssSelector(".product-card .product-name a")));
        List<WebElement> columns = browser.findElements(By.cssSelector(".product-detail > div"));
        assertThat(centerX(columns.get(0))).as("the picture comes first, on the right").isGreaterThan(centerX(columns.get(1)));
        screenshot("product-he.png");

        browser.get(shop.siteUrl("/loyalty?blLocaleCode=he_IL"));
        assertThat(browser.findElement(By.id("lc-benefits-title")).getText()).isEqualTo("הטבות לחברי המועדון");
        assertNoSidewaysScrolling();
        screenshot("loyalty-he.png");
    }

    @Test
    void the_persian_storefront_fits_a_phone_screen() {
        browser.manage().window().setSize(new Dimension(390, 844));
        browser.get(shop.siteUrl("/kitchen?blLocaleCode=fa_IR"));

        assertThat(browser.findElement(By.tagName("html")).getAttribute("dir")).isEqualTo("rtl");
        assertThat(browser.findElement(By.cssSelector(".category-banner h1")).getText()).isEqualTo("آشپزخانه");
        assertThat(browser.findElement(By.cssSelector(".navbar-toggler")).isDisplayed()).isTrue();
        assertNoSidewaysScrolling();
        screenshot("category-fa-phone.png");
        browser.manage().window().setSize(new Dimension(1366, 900));
    }

    private void assertNoSidewaysScrolling() {
        Number overflow = (Number) script("return document.documentElement.scrollWidth - document.documentElement.clientWidth");
        assertThat(overflow.intValue()).as("horizontal overflow in px").isLessThanOrEqualTo(0);
    }

    private static void click(WebElement element) {
        HeadlessChromium.click(browser, element);
    }

    private static int centerX(WebElement element) {
        return element.getRect().getX() + element.getRect().getWidth() / 2;
    }

    private static long naturalWidth(WebElement image) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView()", image);
        Object width = ((JavascriptExecutor) browser).executeAsyncScript(
                "var img = arguments[0], done = arguments[arguments.length - 1];"
                        + "if (img.complete) { done(img.naturalWidth); } else { img.onload = function () { done(img.naturalWidth); }; }",
                image);
        return ((Number) width).longValue();
    }

    private static Object script(String js) {
        return ((JavascriptExecutor) browser).executeScript(js);
    }

    private static void screenshot(String name) {
        HeadlessChromium.screenshot(browser, name);
    }
}
