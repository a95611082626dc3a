package io.loyaltyclub.api.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.loyaltyclub.api.service.ApiRefusal;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

class JsonBodyTest {

    @Test
    void application_json_with_or_without_a_utf8_charset_is_json_and_nothing_else_is() {
        for (String json : new String[]{"application/json", "application/json; charset=UTF-8", "Application/JSON;charset=utf-8",
                "application/json;charset=\"utf-8\"", " application/json ; foo=bar"}) {
            assertThat(JsonBody.isJson(json)).as(json).isTrue();
        }
        for (String other : new String[]{null, "", "text/plain", "application/xml", "application/x-www-form-urlencoded",
                "multipart/form-data; boundary=x", "application/json-patch+json", "application/jsonx", "text/json",
                "application/json; charset=ISO-8859-1", "application/json; charset=", "*/*", "application/*"}) {
            assertThat(JsonBody.isJson(other)).as(String.valueOf(other)).isFalse();
        }
    }

    @Test
    void a_body_that_is_not_declared_json_is_415() {
        for (String type : new String[]{null, "text/plain", "application/xml"}) {
            MockHttpServletRequest request = post("{\"points\": 5, \"reason\": \"x\"}");
            request.setContentType(type);
            refused(415, "unsupported_media_type", () -> JsonBody.read(request));
        }
    }

    @Test
    void a_body_at_the_limit_is_read_and_one_byte_more_is_413() {
        String atLimit = "{\"reason\": \"" + repeat('r', JsonBody.MAX_BYTES - 14) + "\"}";
        assertThat(atLimit.length()).isEqualTo(JsonBody.MAX_BYTES);
        assertThat(JsonBody.read(post(atLimit))).hasSize(JsonBody.MAX_BYTES);
        refused(413, "payload_too_large", () -> JsonBody.read(post(atLimit + " ")));
    }

    @Test
    void a_declared_length_over_the_limit_is_413_before_a_byte_is_read() {
        for (String length : new String[]{String.valueOf(JsonBody.MAX_BYTES + 1), "400000000", "99999999999999999999999"}) {
            CountingStream endless = new CountingStream();
            MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/loyalty/v1/members/1/earn") {
                @Override
                public javax.servlet.ServletInputStream getInputStream() {
                    return endless.asServletStream();
                }
            };
            request.setContentType("application/json");
            request.addHeader("Content-Length", length);
            refused(413, "payload_too_large", () -> JsonBody.read(request));
            assertThat(endless.read).as(length).isZero();
        }
    }

    @Test
    void a_body_of_unknown_length_is_refused_once_the_limit_is_passed_and_the_rest_is_never_read() throws IOException {
        CountingStream endless = new CountingStream();
        assertThatThrownBy(() -> JsonBody.readAtMost(endless, JsonBody.MAX_BYTES))
                .isInstanceOfSatisfying(ApiRefusal.class, r -> assertThat(r.getStatus()).isEqualTo(413));
        assertThat(endless.read).isEqualTo(JsonBody.MAX_BYTES + 1);
        assertThat(JsonBody.readAtMost(new java.io.ByteArrayInputStream(new byte[0]), JsonBody.MAX_BYTES)).isEmpty();
    }

    private static MockHttpServletRequest post(String body) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/loyalty/v1/members/1/earn");
        request.setContentType("application/json");
        request.setContent(body.getBytes(StandardCharsets.UTF_8));
        return request;
    }

    private static void refused(int status, String code, ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOfSatisfying(ApiRefusal.class, r -> {
            assertThat(r.getStatus()).isEqualTo(status);
            assertThat(r.getCode()).isEqualTo(code);
        });
    }

    private static String repeat(char c, int n) {
        return new String(new char[n]).replace('\0', c);
    }

    /** A body that never ends (a chunked upload of any size), counting the bytes taken from it. */
    private static final class CountingStream extends InputStream {
        long read;

        @Override
        public int read() {
            read++;
            return ' ';
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            java.util.Arrays.fill(buffer, offset, offset + length, (byte) ' ');
            read += length;
            return length;
        }

        javax.servlet.ServletInputStream asServletStream() {
            final CountingStream self = this;
            return new javax.servlet.ServletInputStream() {
                @Override
                public int read() {
                    return self.read();
                }

                @Override
                public int read(byte[] buffer, int offset, int length) {
                    return self.read(buffer, offset, length);
                }

                @Override
                public boolean isFinished() {
                    return false;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(javax.servlet.ReadListener listener) {
                    throw new UnsupportedOperationException();
                }
            };
        }
    }
}
