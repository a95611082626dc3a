package io.loyaltyclub.api.web;

import io.loyaltyclub.api.domain.PartnerText;
import io.loyaltyclub.api.domain.RequestFingerprint;
import io.loyaltyclub.api.persistence.ApiKey;
import io.loyaltyclub.api.service.ApiAnswer;
import io.loyaltyclub.api.service.ApiKeyService;
import io.loyaltyclub.api.service.ApiRefusal;
import io.loyaltyclub.api.service.PartnerApiService;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.codehaus.jackson.JsonNode;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.util.UrlPathHelper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import javax.annotation.Resource;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * The loyalty JSON API for partners and headless storefronts, {@code /api/loyalty/v1} (docs/api-contract.md):
 * authenticated by {@code X-Api-Key}, no session, no CSRF token. POSTs are idempotent by {@code Idempotency-Key}
 * per API key. Every answer is JSON; every error {@code {"error", "message"}}.
 */
@Controller("loyaltyPartnerApiController")
@RequestMapping(PartnerApiController.BASE)
public class PartnerApiController {

    public static final String BASE = "/api/loyalty/v1";
    static final String KEY_HEADER = "X-Api-Key";
    static final String IDEMPOTENCY_HEADER = "Idempotency-Key";
    static final int MAX_IDEMPOTENCY_KEY = 100;
    static final int DEFAULT_LEDGER_LIMIT = 20;
    /** The longest e-mail address a customer can have (Broadleaf's BLC_CUSTOMER.EMAIL_ADDRESS). */
    static final int MAX_EMAIL = 255;
    /** A whole number above 0 in digits only, no leading zero, at most the 19 digits a long holds. */
    private static final Pattern PLAIN_NUMBER = Pattern.compile("[1-9][0-9]{0,18}");
    private static final ApiRoutes ROUTES = ApiRoutes.of(PartnerApiController.class);
    private static final UrlPathHelper PATHS = new UrlPathHelper();

    private static final String BODY_ATTRIBUTE = PartnerApiController.class.getName() + ".body";

    private static final Log LOG = LogFactory.getLog(PartnerApiController.class);

    @Resource(name = "loyaltyApiKeyService")
    protected ApiKeyService keys;

    @Resource(name = "loyaltyPartnerApiService")
    protected PartnerApiService api;

    @RequestMapping(value = "/members", method = RequestMethod.GET)
    public void findMember(final HttpServletRequest request, HttpServletResponse response) throws IOException {
        answer(response, () -> {
            authenticate(request);
            String email = request.getParameter("email");
            if (email == null || email.trim().isEmpty()) {
                throw ApiRefusal.invalid("Give the customer's address: /members?email=ADDRESS");
            }
            String address = PointsRequest.text("email", email, MAX_EMAIL, true);
            return new ApiAnswer(200, ApiJson.write(ApiJson.summary(api.readOnlyMemberByEmail(address), api.zone())));
        });
    }

    @RequestMapping(value = "/members/{customerId}", method = RequestMethod.GET)
    public void member(final HttpServletRequest request, HttpServletResponse response) throws IOException {
        answer(response, () -> {
            authenticate(request);
            return new ApiAnswer(200, ApiJson.write(ApiJson.summary(api.readOnlyMember(id(request)), api.zone())));
        });
    }

    @RequestMapping(value = "/members/{customerId}/ledger", method = RequestMethod.GET)
    public void ledger(final HttpServletRequest request, HttpServletResponse response) throws IOException {
        answer(response, () -> {
            authenticate(request);
            long customer = id(request);
            int limit = (int) number(request.getParameter("limit"), "limit", DEFAULT_LEDGER_LIMIT,
                    PartnerApiService.MAX_LEDGER_LIMIT);
            String beforeText = request.getParameter("before");
            Long before = beforeText == null ? null : number(beforeText, "before", 0, Long.MAX_VALUE);
            return new ApiAnswer(200, ApiJson.write(ApiJson.entries(api.ledger(customer, before, limit), api.zone())));
        });
    }

    @RequestMapping(value = "/members/{customerId}/enrolment", method = RequestMethod.POST)
    public void enrol(final HttpServletRequest request, HttpServletResponse response) throws IOException {
        answer(response, () -> {
            final ApiKey key = authenticate(request);
            final long customer = id(request);
            final String idempotencyKey = idempotencyKey(request);
            JsonNode body = ApiJson.readObject(body(request));
            final EnrolmentRequest enrolment = EnrolmentRequest.of(body);
            return api.once(key, idempotencyKey, fingerprint(request, body), () -> {
                boolean joined = api.enrol(customer, enrolment.isAcceptTerms(), enrolment.getTermsVersion());
                return new ApiAnswer(joined ? 201 : 200, ApiJson.write(ApiJson.summary(api.member(customer), api.zone())));
            });
        });
    }

    @RequestMapping(value = "/members/{customerId}/earn", method = RequestMethod.POST)
    public void earn(final HttpServletRequest request, HttpServletResponse response) throws IOException {
        answer(response, () -> {
            final ApiKey key = authenticate(request);
            final long customer = id(request);
            final String idempotencyKey = idempotencyKey(request);
            JsonNode body = ApiJson.readObject(body(request));
            final PointsRequest points = PointsRequest.of(body);
            return api.once(key, idempotencyKey, fingerprint(request, body), () -> {
                ZoneId zone = api.zone();
                return new ApiAnswer(201, ApiJson.write(ApiJson.entry(api.earn(key, idempotencyKey, customer,
                        points.getPoints(), points.getReason(), points.getReference()), zone)));
            });
        });
    }

    @RequestMapping(value = "/members/{customerId}/redeem", method = RequestMethod.POST)
    public void redeem(final HttpServletRequest request, HttpServletResponse response) throws IOException {
        answer(response, () -> {
            final ApiKey key = authenticate(request);
            final long customer = id(request);
            final String idempotencyKey = idempotencyKey(request);
            JsonNode body = ApiJson.readObject(body(request));
            final PointsRequest points = PointsRequest.of(body);
            return api.once(key, idempotencyKey, fingerprint(request, body), () -> {
                ZoneId zone = api.zone();
                return new ApiAnswer(201, ApiJson.write(ApiJson.entry(api.redeem(key, idempotencyKey, customer,
                        points.getPoints(), points.getReason(), points.getReference()), zone)));
            });
        });
    }

    /**
     * Any other request under the API: a JSON 405 with {@code Allow} for a known address asked with another method, a
     * JSON 404 for an address the API does not have (not the shop's "page not found").
     */
    @RequestMapping("/**")
    public void unknown(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Set<String> allowed = ROUTES.methodsFor(request);
        if (allowed.isEmpty()) {
            write(response, new ApiAnswer(404, ApiErrors.json(404)));
        } else {
            String methods = String.join(", ", allowed);
            response.setHeader("Allow", methods);
            write(response, new ApiAnswer(405, ApiJson.error(ApiErrors.code(405),
                    "This endpoint answers " + methods + ", not " + request.getMethod() + ".")));
        }
    }

    private ApiKey authenticate(HttpServletRequest request) {
        ApiKey key = keys.authenticate(request.getHeader(KEY_HEADER));
        if (key == null) {
            throw ApiRefusal.unauthorized();
        }
        return key;
    }

    private static String idempotencyKey(HttpServletRequest request) {
        String key = request.getHeader(IDEMPOTENCY_HEADER);
        if (key == null || key.isEmpty() || key.length() > MAX_IDEMPOTENCY_KEY || !PartnerText.isPrintable(key)) {
            throw ApiRefusal.invalid("A POST needs an Idempotency-Key header of 1 to " + MAX_IDEMPOTENCY_KEY
                    + " printable characters.");
        }
        return key;
    }

    private static String fingerprint(HttpServletRequest request, JsonNode body) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return RequestFingerprint.of(request.getMethod(), path, ApiJson.canonical(body));
    }

    /** The body, read once: a request run again after a conflict reads the same bytes. */
    private static byte[] body(HttpServletRequest request) {
        Object read = request.getAttribute(BODY_ATTRIBUTE);
        if (read instanceof byte[]) {
            return (byte[]) read;
        }
        byte[] bytes = JsonBody.read(request);
        request.setAttribute(BODY_ATTRIBUTE, bytes);
        return bytes;
    }

    /**
     * The customer id in the address exactly as sent: the segment after {@code /members/}, read from the path itself
     * because Spring 3.2's path variables come trimmed ({@code /members/%201} would be customer 1) and its suffix
     * matching cuts {@code /members/1.5} to 1.
     */
    static long id(HttpServletRequest request) {
        String path = PATHS.getLookupPathForRequest(request);
        String members = BASE + "/members/";
        String rest = path.startsWith(members) ? path.substring(members.length()) : "";
        int slash = rest.indexOf('/');
        return id(slash < 0 ? rest : rest.substring(0, slash));
    }

    static long id(String text) {
        return number(text, "customerId", 0, Long.MAX_VALUE);
    }

    /**
     * A whole number from 1 to {@code max} written plainly (digits only: no spaces, sign or leading zero);
     * {@code whenMissing} (when above 0) for a parameter not given.
     */
    static long number(String text, String name, long whenMissing, long max) {
        if (text == null && whenMissing > 0) {
            return whenMissing;
        }
        if (text != null && PLAIN_NUMBER.matcher(text).matches()) {
            try {
                long value = Long.parseLong(text);
                if (value <= max) {
                    return value;
                }
            } catch (NumberFormatException e) {
                // 19 digits beyond a long: refused below
            }
        }
        throw ApiRefusal.invalid("\"" + name + "\" must be a whole number from 1"
                + (max == Long.MAX_VALUE ? "" : " to " + max) + ", in digits only.");
    }

    /** Runs the request in one transaction (run again whole after a conflict with a twin) and writes its answer. */
    private void answer(HttpServletResponse response, Supplier<ApiAnswer> work) throws IOException {
        ApiAnswer answer;
        try {
            answer = api.inOneTransaction(work);
        } catch (ApiRefusal refusal) {
            answer = new ApiAnswer(refusal.getStatus(), ApiJson.error(refusal.getCode(), refusal.getMessage()));
        } catch (RuntimeException e) {
            LOG.error("The loyalty API failed", e);
            answer = new ApiAnswer(500, ApiJson.error("internal_error", "Something went wrong; nothing was changed. Try again."));
        }
        write(response, answer);
    }

    private static void write(HttpServletResponse response, ApiAnswer answer) throws IOException {
        response.setStatus(answer.getStatus());
        response.setContentType("application/json;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        byte[] bytes = answer.getBody().getBytes(StandardCharsets.UTF_8);
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }
}
