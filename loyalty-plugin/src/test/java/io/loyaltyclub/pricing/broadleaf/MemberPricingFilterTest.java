package io.loyaltyclub.pricing.broadleaf;

import static org.assertj.core.api.Assertions.assertThat;

import io.loyaltyclub.platform.web.ShopperMemory;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.core.domain.CustomerImpl;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import javax.servlet.ServletRequest;
import javax.servlet.http.HttpServletRequest;

/** The club's request filter forgets a shopper's {@link ShopperMemory} when they post and when a session starts. */
class MemberPricingFilterTest {

    private final ShopperMemory memory = new ShopperMemory(60, 100);
    private final Customer carol = registered(7L);
    private final MockHttpSession session = new MockHttpSession();
    private final List<String> seenDuringTheRequest = new ArrayList<String>();

    private final MemberPricingFilter filter = new MemberPricingFilter() {
        @Override
        protected Customer customerOf(HttpServletRequest request) {
            return carol;
        }

        @Override
        @SuppressWarnings("rawtypes")
        public HashMap getPricingConsiderations(ServletRequest request) {
            return new HashMap();
        }
    };

    MemberPricingFilterTest() {
        filter.memory = memory;
    }

    @Test
    void a_get_in_the_same_session_keeps_what_the_pages_read() throws Exception {
        startSession();
        memory.recall(7L, ShopperMemory.STANDING, () -> "Gold");
        request("GET");
        request("HEAD");
        assertThat(seenDuringTheRequest).containsExactly("Gold", "Gold");
        assertThat(memory.recall(7L, ShopperMemory.STANDING, () -> "read again")).isEqualTo("Gold");
    }

    @Test
    void a_post_forgets_it_before_and_after_the_post() throws Exception {
        startSession();
        memory.recall(7L, ShopperMemory.STANDING, () -> "Gold");
        memory.recall(8L, ShopperMemory.STANDING, () -> "someone else's");
        filter.doFilter(post(), new MockHttpServletResponse(), (request, response) -> {
            seenDuringTheRequest.add(memory.recall(7L, ShopperMemory.STANDING, () -> "nothing kept"));
            // A page read during the post: it must not outlive the post.
            memory.recall(7L, "review:3", () -> "before the post's change");
        });
        assertThat(seenDuringTheRequest).containsExactly("nothing kept");
        assertThat(memory.recall(7L, "review:3", () -> "after the post")).isEqualTo("after the post");
        assertThat(memory.recall(8L, ShopperMemory.STANDING, () -> "read again")).isEqualTo("someone else's");
    }

    @Test
    void a_new_session_of_the_same_customer_starts_afresh() throws Exception {
        startSession();
        memory.recall(7L, ShopperMemory.STANDING, () -> "Gold");
        MockHttpServletRequest signedInAgain = new MockHttpServletRequest("GET", "/kitchen");
        signedInAgain.setSession(new MockHttpSession());
        filter.doFilter(signedInAgain, new MockHttpServletResponse(), (request, response) ->
                seenDuringTheRequest.add(memory.recall(7L, ShopperMemory.STANDING, () -> "read afresh")));
        assertThat(seenDuringTheRequest).containsExactly("read afresh");
    }

    /** The session's first request: it forgets what was kept before the session. */
    private void startSession() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/");
        request.setSession(session);
        filter.doFilter(request, new MockHttpServletResponse(), (r, response) -> { });
    }

    private void request(String method) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest(method, "/kitchen");
        request.setSession(session);
        filter.doFilter(request, new MockHttpServletResponse(), (r, response) ->
                seenDuringTheRequest.add(memory.recall(7L, ShopperMemory.STANDING, () -> "nothing kept")));
    }

    private MockHttpServletRequest post() {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/product/review");
        request.setSession(session);
        return request;
    }

    private static Customer registered(long id) {
        CustomerImpl customer = new CustomerImpl();
        customer.setId(id);
        customer.setRegistered(true);
        return customer;
    }
}
