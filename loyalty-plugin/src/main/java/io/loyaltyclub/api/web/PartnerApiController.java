package io.loyaltyclub.api.web;

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
import org.springframework.util.StreamUtils;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.function.Supplier;
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
    /** Bodies larger than this are not the small JSON objects of this API. */
    static final int MAX_BODY_BYTES = 16 * 1024;

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
            return new ApiAnswer(200, ApiJson.write(ApiJson.summary(api.memberByEmail(email.trim()), api.zone())));
        });
    }

    @RequestMapping(value = "/members/{customerId}", method = RequestMethod.GET)
    public void member(final HttpServletRequest request, HttpServletResponse response,
                       @PathVariable("customerId") final String customerId) throws IOException {
        answer(response, () -> {
            authenticate(request);
            return new ApiAnswer(200, ApiJson.write(ApiJson.summary(api.member(id(customerId)), api.zone())));
        });
    }

    @RequestMapping(value = "/members/{customerId}/ledger", method = RequestMethod.GET)
    public void ledger(final HttpServletRequest request, HttpServletResponse response,
                       @PathVariable("customerId") final String customerId) throws IOException {
        answer(response, () -> {
            authenticate(request);
            long customer = id(customerId);
            int limit = (int) number(request.getParameter("limit"), "limit", DEFAULT_LEDGER_LIMIT,
                    PartnerApiService.MAX_LEDGER_LIMIT);
            String beforeText = request.getParameter("before");
            Long before = beforeText == null ? null : number(beforeText, "before", 0, Long.MAX_VALUE);
            return new ApiAnswer(200, ApiJson.write(ApiJson.entries(api.ledger(customer, before, limit), api.zone())));
        });
    }

    @RequestMapping(value = "/members/{customerId}/enrolment", method = RequestMethod.POST)
    public void enrol(final HttpServletRequest request, HttpServletResponse response,
                      @PathVariable("customerId") final String customerId) throws IOException {
        answer(response, () -> {
            final ApiKey key = authenticate(request);
            final long customer = id(customerId);
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
    public void earn(final HttpServletRequest request, HttpServletResponse response,
                     @PathVariable("customerId") final String customerId) throws IOException {
        answer(response, () -> {
            final ApiKey key = authenticate(request);
            final long customer = id(customerId);
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
    public void redeem(final HttpServletRequest request, HttpServletResponse response,
                       @PathVariable("customerId") final String customerId) throws IOException {
        answer(response, () -> {
            final ApiKey key = authenticate(request);
            final long customer = id(customerId);
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

    /** Any other address under the API: a JSON 404, not the shop's "page not found". */
    @RequestMapping("/**")
    public void unknown(HttpServletResponse response) throws IOException {
        write(response, new ApiAnswer(404, ApiJson.error("not_found", "There is no such endpoint in this API.")));
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
        if (key == null || key.isEmpty() || key.length() > MAX_IDEMPOTENCY_KEY) {
            throw ApiRefusal.invalid("A POST needs an Idempotency-Key header of 1 to " + MAX_IDEMPOTENCY_KEY + " characters.");
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
        byte[] bytes = readBody(request);
        request.setAttribute(BODY_ATTRIBUTE, bytes);
        return bytes;
    }

    private static byte[] readBody(HttpServletRequest request) {
        try {
            if (request.getContentLength() > MAX_BODY_BYTES) {
                throw ApiRefusal.invalid("The body is larger than " + MAX_BODY_BYTES + " bytes.");
            }
            byte[] bytes = StreamUtils.copyToByteArray(request.getInputStream());
            if (bytes.length > MAX_BODY_BYTES) {
                throw ApiRefusal.invalid("The body is larger than " + MAX_BODY_BYTES + " bytes.");
            }
            return bytes;
        } catch (IOException e) {
            throw ApiRefusal.invalid("The body could not be read.");
        }
    }

    static long id(String text) {
        return number(text, "customerId", 0, Long.MAX_VALUE);
    }

    /** A whole number from 1 to {@code max}; {@code whenMissing} (when above 0) for a parameter not given. */
    static long number(String text, String name, long whenMissing, long max) {
        if (text == null && whenMissing > 0) {
            return whenMissing;
        }
        try {
            long value = Long.parseLong(text == null ? "" : text.trim());
            if (value >= 1 && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw ApiRefusal.invalid("\"" + name + "\" must be a whole number from 1"
                + (max == Long.MAX_VALUE ? "" : " to " + max) + ".");
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
