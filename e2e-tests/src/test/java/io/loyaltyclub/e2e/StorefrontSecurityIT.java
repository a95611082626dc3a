package io.loyaltyclub.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.loyaltyclub.e2e.RawHttp.Answer;
import org.junit.jupiter.api.Test;

import java.net.URI;

/**
 * The storefront's web security over HTTP, against the demo process: form binding that cannot reach the class loader,
 * return addresses only to this site, a new session id at sign-in and registration, sign-out with its token, and the
 * headers and cookie attributes of every answer.
 */
class StorefrontSecurityIT {

    private static final String PASSWORD = "secret12";
    private static final String[] PROBES = {"class.module.classLoader.defaultAssertionStatus",
            "Class.module.classLoader.defaultAssertionStatus", "class.classLoader.defaultAssertionStatus"};
    private static final String UNKNOWN = "noSuchField.inThisForm";

    private final DemoShopProcess shop = DemoShopProcess.get();

    private String site(String path) {
        return shop.siteUrl(path);
    }

    /** A new registered shopper (registered in a session of its own); returns the e-mail. */
    private String newShopper(String firstName) {
        String email = firstName.toLowerCase() + ".sec." + System.nanoTime() + "@example.com";
        new Storefront(shop, new WebSession()).register(firstName, email);
        return email;
    }

    /** The product form's fields (productId, skuId) of the first product on the home page, and its CSRF token. */
    private String[] productFields(RawHttp browser) {
        String path = browser.get(site("/")).find("<h3 class=\"product-name\"><a href=\"([^\"]+)\"");
        Answer product = browser.get(site(path));
        return new String[] {"productId", product.find("name=\"productId\" value=\"(\\d+)\""),
                "skuId", product.find("name=\"skuId\" value=\"(\\d+)\""), product.csrfToken()};
    }

    private Answer addToCart(RawHttp browser, int quantity, String... extra) {
        String[] product = productFields(browser);
        String[] fields = concat(new String[] {"csrfToken", product[4], product[0], product[1], product[2], product[3],
                "quantity", String.valueOf(quantity)}, extra);
        return browser.post(site("/cart/add"), fields);
    }

    private static int cartCount(RawHttp browser, DemoShopProcess shop) {
        String count = browser.get(shop.siteUrl("/cart")).find("data-cart-count=\"\">(\\d+)<");
        return count == null ? -1 : Integer.parseInt(count);
    }

    private Answer signIn(RawHttp browser, String email, String... extra) {
        String token = browser.get(site("/login")).csrfToken();
        return browser.post(site("/login_post.htm"),
                concat(new String[] {"csrfToken", token, "j_username", email, "j_password", PASSWORD}, extra));
    }

    private static String[] concat(String[] a, String[] b) {
        String[] all = new String[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    @Test
    void a_field_reaching_the_class_loader_answers_exactly_like_an_unknown_field() {
        RawHttp guest = new RawHttp();
        Answer unknown = addToCart(guest, 1, UNKNOWN, "nonsense");
        assertThat(unknown.status()).isEqualTo(302);
        for (String probe : PROBES) {
            Answer answer = addToCart(guest, 1, probe, "nonsense");
            assertThat(answer.status()).as("/cart/add with " + probe).isEqualTo(unknown.status());
            assertThat(answer.location()).as("/cart/add with " + probe).isEqualTo(unknown.location());
        }
        String token = guest.get(site("/checkout")).csrfToken();
        Answer unknownDetails = guest.post(site("/checkout/details"), "csrfToken", token,
                "emailAddress", "probe@example.com", UNKNOWN, "nonsense");
        assertThat(unknownDetails.status()).isEqualTo(302);
        for (String probe : PROBES) {
            Answer answer = guest.post(site("/checkout/details"), "csrfToken", token,
                    "emailAddress", "probe@example.com", probe, "nonsense");
            assertThat(answer.status()).as("/checkout/details with " + probe).isEqualTo(unknownDetails.status());
            assertThat(answer.location()).as("/checkout/details with " + probe).isEqualTo(unknownDetails.location());
        }
    }

    @Test
    void after_sign_in_only_paths_of_this_site_are_followed() {
        String email = newShopper("Sid");
        for (String away : new String[] {"//evil.example/", "/\\evil.example/", "\\\\evil.example", "/\t/evil.example",
                "https://evil.example/", "//2130706433/"}) {
            Answer signedIn = signIn(new RawHttp(), email, "successUrl", away);
            assertThat(signedIn.status()).as(away).isEqualTo(302);
            assertThat(signedIn.location()).as(away).isEqualTo("/account");
        }
        assertThat(signIn(new RawHttp(), email, "successUrl", "/cart").location()).isEqualTo("/cart");

        // A wrong password: the failure address is a path of this site, whatever the form says.
        RawHttp browser = new RawHttp();
        String token = browser.get(site("/login")).csrfToken();
        Answer failed = browser.post(site("/login_post.htm"), "csrfToken", token, "j_username", email, "j_password", "wrong",
                "failureUrl", "//2130706433/", "successUrl", "//evil.example/");
        assertThat(failed.location()).isEqualTo("/login?error=true");

        // The sign-in page itself carries no foreign return address into its form.
        assertThat(new RawHttp().get(site("/login?successUrl=//evil.example/")).body())
                .doesNotContain("name=\"successUrl\"");
        assertThat(new RawHttp().get(site("/login?successUrl=/cart")).body())
                .contains("name=\"successUrl\" value=\"/cart\"");
    }

    @Test
    void the_clubs_own_return_address_brings_a_guest_back_after_sign_in() {
        String email = newShopper("Cleo");
        RawHttp guest = new RawHttp();
        String signInLink = guest.get(site("/loyalty")).find("data-action=\"sign-in\" href=\"([^\"]*)\"");
        assertThat(signInLink).isEqualTo("/login?successUrl=%2Floyalty");
        String returnTo = URI.create(site(signInLink)).getQuery().replace("successUrl=", "");
        assertThat(guest.get(site(signInLink)).body()).contains("name=\"successUrl\" value=\"/loyalty\"");
        Answer signedIn = signIn(guest, email, "successUrl", returnTo);
        assertThat(signedIn.location()).isEqualTo("/loyalty");
    }

    @Test
    void registration_keeps_only_a_local_return_address() {
        RawHttp guest = new RawHttp();
        Answer form = guest.get(site("/register?successUrl=//evil.example/"));
        assertThat(form.find("name=\"redirectUrl\" value=\"([^\"]*)\"")).isEmpty();
        assertThat(new RawHttp().get(site("/register?successUrl=/loyalty")).find("name=\"redirectUrl\" value=\"([^\"]*)\""))
                .isEqualTo("/loyalty");
        Answer registered = guest.post(site("/register"), "csrfToken", form.csrfToken(),
                "customer.firstName", "Reg", "customer.lastName", "Tester",
                "customer.emailAddress", "reg.sec." + System.nanoTime() + "@example.com",
                "password", PASSWORD, "passwordConfirm", PASSWORD, "redirectUrl", "/\\evil.example/");
        assertThat(registered.status()).isEqualTo(302);
        assertThat(registered.location()).isEqualTo("/account");
    }

    @Test
    void a_refused_form_goes_back_only_to_a_page_of_this_site() {
        RawHttp guest = new RawHttp();
        guest.get(site("/"));
        String[] noToken = {"productId", "1", "quantity", "1"};
        Answer foreign = guest.postWith(site("/cart/add"), new String[] {"Referer", "http://evil.example/x"}, noToken);
        assertThat(foreign.location()).isEqualTo("/?formExpired=1");
        Answer sneaky = guest.postWith(site("/cart/add"), new String[] {"Referer", site("//evil.example/x")}, noToken);
        assertThat(sneaky.location()).isEqualTo("/?formExpired=1");
        Answer backslash = guest.postWith(site("/cart/add"), new String[] {"Referer", site("/%5C/evil.example")}, noToken);
        assertThat(backslash.location()).doesNotStartWith("//").doesNotStartWith("/\\");
        Answer own = guest.postWith(site("/cart/add"), new String[] {"Referer", site("/cart")}, noToken);
        assertThat(own.location()).isEqualTo("/cart?formExpired=1");
    }

    @Test
    void signing_in_gives_a_new_session_id_and_keeps_the_guests_cart() {
        String email = newShopper("Sam");
        RawHttp browser = new RawHttp();
        addToCart(browser, 2);
        String guestSession = browser.cookie("JSESSIONID");
        assertThat(guestSession).isNotNull();

        Answer signedIn = signIn(browser, email);
        assertThat(signedIn.location()).isEqualTo("/account");
        assertThat(browser.cookie("JSESSIONID")).isNotNull().isNotEqualTo(guestSession);
        assertThat(browser.follow(signedIn).body()).contains("data-customer-name");
        assertThat(cartCount(browser, shop)).isEqualTo(2);

        // The session id the guest had (one an attacker could have planted) is not signed in.
        Answer planted = new RawHttp().get(site("/account"), "Cookie", "JSESSIONID=" + guestSession);
        assertThat(planted.location()).endsWith("/login");
    }

    @Test
    void registering_through_a_referral_link_gives_a_new_session_id_and_keeps_the_cart_and_the_referral() {
        Storefront advocate = new Storefront(shop, new WebSession());
        advocate.register("Ada", "ada.sec." + System.nanoTime() + "@example.com");
        String terms = advocate.get("/loyalty").find("name=\"termsVersion\" value=\"([^\"]*)\"");
        assertThat(advocate.post("/loyalty/join", "termsVersion", terms, "acceptTerms", "true").url())
                .endsWith("/account/loyalty");
        String link = advocate.get("/account/loyalty?blLocaleCode=en_US").find("value=\"(http[^\"]+/r/[2-9A-Z]{8})\"");
        assertThat(link).isNotNull();
        String linkPath = link.substring(link.indexOf("/r/"));

        RawHttp friend = new RawHttp();
        Answer landing = friend.get(site(linkPath + "?blLocaleCode=en_US"));
        assertThat(landing.setCookies()).anySatisfy(c -> assertThat(c).startsWith("loyaltyReferral=").contains("SameSite=Lax"));
        addToCart(friend, 2);
        landing = friend.get(site(linkPath));
        Answer accepted = friend.post(site(linkPath), "csrfToken", landing.csrfToken(), "acceptTerms", "true",
                "termsVersion", landing.find("name=\"termsVersion\" value=\"([^\"]*)\""));
        assertThat(accepted.location()).contains("/register");
        String guestSession = friend.cookie("JSESSIONID");

        Answer form = friend.follow(accepted);
        Answer registered = friend.post(site("/register"), "csrfToken", form.csrfToken(),
                "customer.firstName", "Fern", "customer.lastName", "Friend",
                "customer.emailAddress", "fern.sec." + System.nanoTime() + "@example.com",
                "password", PASSWORD, "passwordConfirm", PASSWORD,
                "redirectUrl", form.find("name=\"redirectUrl\" value=\"([^\"]*)\""));
        assertThat(registered.location()).isEqualTo("/account/loyalty");
        assertThat(friend.cookie("JSESSIONID")).isNotNull().isNotEqualTo(guestSession);
        assertThat(friend.follow(registered).body()).contains("Welcome reward for joining through a friend’s link");
        assertThat(cartCount(friend, shop)).isEqualTo(2);
        // The advocate's list of friends has her.
        assertThat(advocate.get("/account/loyalty?blLocaleCode=en_US").find("(<tr data-referral=\"\".*?</tr>)"))
                .as("the advocate's referral").isNotNull().contains("Fern");
    }

    @Test
    void signing_out_needs_the_forms_token() {
        String email = newShopper("Otto");
        RawHttp browser = new RawHttp();
        signIn(browser, email);
        Answer account = browser.get(site("/account"));
        assertThat(account.status()).isEqualTo(200);
        assertThat(account.find("(<form[^>]*data-sign-out[^>]*>.*?</form>)")).as("the menu's sign-out form")
                .contains("method=\"post\"").contains("name=\"csrfToken\"");

        Answer forged = browser.post(site("/logout"));
        assertThat(forged.location()).isEqualTo("/?formExpired=1");
        assertThat(browser.get(site("/account")).status()).as("still signed in").isEqualTo(200);

        Answer asked = browser.get(site("/logout"));
        assertThat(asked.status()).isEqualTo(200);
        assertThat(asked.body()).contains("data-page=\"logout\"");
        assertThat(browser.get(site("/account")).status()).as("still signed in").isEqualTo(200);

        Answer signedOut = browser.post(site("/logout"), "csrfToken", asked.csrfToken());
        assertThat(signedOut.location()).isEqualTo("/");
        assertThat(browser.get(site("/account")).location()).endsWith("/login");
    }

    @Test
    void every_answer_forbids_framing_by_other_sites_and_content_sniffing_and_the_session_cookie_is_same_site_lax() {
        RawHttp browser = new RawHttp();
        Answer home = browser.get(site("/"));
        Answer css = browser.get(site("/css/shop.css"));
        Answer missing = browser.get(site("/no-such-page"));
        Answer refused = browser.post(site("/cart/add"), "productId", "1");
        for (Answer answer : new Answer[] {home, css, missing, refused}) {
            assertThat(answer.header("X-Frame-Options")).as(answer.toString()).isEqualTo("SAMEORIGIN");
            assertThat(answer.header("X-Content-Type-Options")).as(answer.toString()).isEqualTo("nosniff");
        }
        assertThat(home.setCookies()).anySatisfy(c -> assertThat(c).startsWith("JSESSIONID=").contains("SameSite=Lax")
                .contains("HttpOnly"));
    }
}
