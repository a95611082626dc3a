package io.loyaltyclub.api.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.codehaus.jackson.JsonNode;
import org.codehaus.jackson.map.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.util.NestedServletException;

import java.nio.charset.StandardCharsets;
import javax.servlet.FilterChain;
import javax.servlet.http.HttpServletResponse;

class PartnerApiErrorFilterTest {

    private final PartnerApiErrorFilter filter = new PartnerApiErrorFilter();

    @Test
    void an_error_the_container_or_the_dispatcher_sends_under_the_api_is_the_api_json_error() throws Exception {
        int[] statuses = {400, 404, 405, 413, 415, 501, 503, 418, 500};
        String[] codes = {"invalid_request", "not_found", "method_not_allowed", "payload_too_large",
                "unsupported_media_type", "not_implemented", "unavailable", "invalid_request", "internal_error"};
        for (int i = 0; i < statuses.length; i++) {
            final int status = statuses[i];
            MockHttpServletResponse response = run("/api/loyalty/v1/members/1", (req, res) -> {
                ((HttpServletResponse) res).setHeader("Allow", "GET");
                ((HttpServletResponse) res).sendError(status, "Tomcat's own words");
            });
            assertJsonError(response, status, codes[i]);
            assertThat(response.getHeader("Allow")).as("headers set before are kept").isEqualTo("GET");
            assertThat(response.getErrorMessage()).as("the container's error page is not asked").isNull();
        }
    }

    @Test
    void a_failure_that_escapes_the_application_even_a_stack_overflow_is_a_json_500() throws Exception {
        assertJsonError(run("/api/loyalty/v1/members/1/earn", (req, res) -> {
            throw new StackOverflowError();
        }), 500, "internal_error");
        assertJsonError(run("/api/loyalty/v1/members/1/earn", (req, res) -> {
            throw new NestedServletException("Handler processing failed", new StackOverflowError());
        }), 500, "internal_error");
        assertJsonError(run("/api/loyalty/v1", (req, res) -> {
            throw new IllegalStateException("boom");
        }), 500, "internal_error");
    }

    @Test
    void the_shop_outside_the_api_keeps_its_own_errors() throws Exception {
        MockHttpServletResponse response = run("/api/loyalty/v10/x", (req, res) -> ((HttpServletResponse) res).sendError(404));
        assertThat(response.getStatus()).isEqualTo(404);
        assertThat(response.getErrorMessage()).isNull();
        assertThat(response.getContentAsString()).isEmpty();
        assertThat(run("/cart", (req, res) -> ((HttpServletResponse) res).sendError(405, "no")).getErrorMessage())
                .isEqualTo("no");
        assertThatThrownBy(() -> run("/checkout", (req, res) -> {
            throw new IllegalStateException("the shop's own failure");
        })).hasMessage("the shop's own failure");
    }

    @Test
    void an_answer_already_on_its_way_is_left_alone() {
        assertThatThrownBy(() -> run("/api/loyalty/v1/members/1", (req, res) -> {
            res.getOutputStream().write("{\"partial\":".getBytes(StandardCharsets.UTF_8));
            res.flushBuffer();
            throw new IllegalStateException("after the answer began");
        })).hasMessage("after the answer began");
    }

    private MockHttpServletResponse run(String path, FilterChain chain) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
        request.setServletPath(path);
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(request, response, chain);
        return response;
    }

    private static void assertJsonError(MockHttpServletResponse response, int status, String code) throws Exception {
        assertThat(response.getStatus()).isEqualTo(status);
        assertThat(response.getContentType()).startsWith("application/json");
        JsonNode body = new ObjectMapper().readTree(response.getContentAsString());
        assertThat(body.get("error").getTextValue()).as(response.getContentAsString()).isEqualTo(code);
        assertThat(body.get("message").getTextValue()).isNotEmpty();
        assertThat(body.size()).isEqualTo(2);
    }
}
