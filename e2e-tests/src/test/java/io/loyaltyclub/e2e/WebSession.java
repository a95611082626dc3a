package io.loyaltyclub.e2e;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A browser without a screen: keeps cookies, follows redirects, and posts forms with the CSRF token the
 * last page of the form carried, as Broadleaf's forms require.
 */
public final class WebSession {

    private static final Pattern CSRF = Pattern.compile("name=\"csrfToken\" value=\"([^\"]+)\"");

    private final HttpClient http;
    private Page last;

    public WebSession() {
        CookieManager cookies = new CookieManager();
        cookies.setCookiePolicy(CookiePolicy.ACCEPT_ALL);
        http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NORMAL)
                .connectTimeout(Duration.ofSeconds(5)).build();
    }

    public Page get(String url) {
        return send(HttpRequest.newBuilder(URI.create(url)).GET());
    }

    /** Posts {@code fields} to {@code url} with the CSRF token of the page last loaded. */
    public Page post(String url, String... fields) {
        Map<String, String> form = new LinkedHashMap<>();
        for (int i = 0; i + 1 < fields.length; i += 2) {
            form.put(fields[i], fields[i + 1]);
        }
        if (last != null && !form.containsKey("csrfToken")) {
            String token = last.csrfToken();
            if (token != null) {
                form.put("csrfToken", token);
            }
        }
        StringJoiner body = new StringJoiner("&");
        form.forEach((k, v) -> body.add(enc(k) + "=" + enc(v)));
        return send(HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())));
    }

    private Page send(HttpRequest.Builder request) {
        HttpResponse<String> response = exchange(http, request);
        last = new Page(response.statusCode(), response.uri().toString(), response.body());
        return last;
    }

    /** One request and its answer as text, within 60 s (also for {@link RawHttp}). */
    static HttpResponse<String> exchange(HttpClient http, HttpRequest.Builder request) {
        try {
            return http.send(request.timeout(Duration.ofSeconds(60)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException("Request failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** A loaded page: status, final address after redirects, and body. */
    public record Page(int status, String url, String body) {

        public String csrfToken() {
            Matcher m = CSRF.matcher(body);
            return m.find() ? m.group(1) : null;
        }

        /** The first match of {@code regex}'s first group, or null. */
        public String find(String regex) {
            Matcher m = Pattern.compile(regex, Pattern.DOTALL).matcher(body);
            return m.find() ? m.group(1) : null;
        }

        public boolean contains(String text) {
            return body.contains(text);
        }

        @Override
        public String toString() {
            return status + " " + url;
        }
    }
}
