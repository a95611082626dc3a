package io.loyaltyclub.e2e;

import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.StringJoiner;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A browser that shows what a browser hides: it keeps cookies but follows no redirect by itself, and gives each
 * answer's status, headers and body, for the security tests that look at {@code Location} and {@code Set-Cookie}.
 */
final class RawHttp {

    private static final Pattern CSRF = Pattern.compile("name=\"csrfToken\" value=\"([^\"]+)\"");

    private final CookieManager cookies = new CookieManager();
    private final HttpClient http;

    RawHttp() {
        cookies.setCookiePolicy(CookiePolicy.ACCEPT_ALL);
        http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5)).build();
    }

    /** One answer, as the server sent it. */
    record Answer(String url, int status, java.net.http.HttpHeaders headers, String body) {

        String location() {
            return headers.firstValue("Location").orElse(null);
        }

        String header(String name) {
            return headers.firstValue(name).orElse(null);
        }

        List<String> setCookies() {
            return headers.allValues("Set-Cookie");
        }

        String csrfToken() {
            Matcher m = CSRF.matcher(body);
            return m.find() ? m.group(1) : null;
        }

        String find(String regex) {
            Matcher m = Pattern.compile(regex, Pattern.DOTALL).matcher(body);
            return m.find() ? m.group(1) : null;
        }

        boolean isRedirect() {
            return status >= 300 && status < 400;
        }

        @Override
        public String toString() {
            return status + " " + url + (location() == null ? "" : " -> " + location());
        }
    }

    Answer get(String url, String... headerPairs) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).GET();
        for (int i = 0; i + 1 < headerPairs.length; i += 2) {
            request.header(headerPairs[i], headerPairs[i + 1]);
        }
        return send(url, request);
    }

    /** Posts the form {@code fields} (name, value, name, value...) as a browser does. */
    Answer post(String url, String... fields) {
        return postWith(url, new String[0], fields);
    }

    /** Posts the form with extra request headers (name, value...), such as a Referer. */
    Answer postWith(String url, String[] headerPairs, String... fields) {
        StringJoiner body = new StringJoiner("&");
        for (int i = 0; i + 1 < fields.length; i += 2) {
            body.add(WebSession.enc(fields[i]) + "=" + WebSession.enc(fields[i + 1]));
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString()));
        for (int i = 0; i + 1 < headerPairs.length; i += 2) {
            request.header(headerPairs[i], headerPairs[i + 1]);
        }
        return send(url, request);
    }

    /** The page a redirect leads to, following further redirects as a browser would (on the same site only). */
    Answer follow(Answer answer) {
        Answer current = answer;
        for (int hops = 0; current.isRedirect() && hops < 10; hops++) {
            URI next = URI.create(current.url()).resolve(current.location());
            current = get(next.toString());
        }
        return current;
    }

    /** The value of the cookie the browser keeps under {@code name}, or null. */
    String cookie(String name) {
        for (HttpCookie cookie : cookies.getCookieStore().getCookies()) {
            if (cookie.getName().equals(name)) {
                return cookie.getValue();
            }
        }
        return null;
    }

    private Answer send(String url, HttpRequest.Builder request) {
        HttpResponse<String> response = WebSession.exchange(http, request);
        return new Answer(url, response.statusCode(), response.headers(), response.body());
    }
}
