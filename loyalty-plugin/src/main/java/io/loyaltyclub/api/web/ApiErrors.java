package io.loyaltyclub.api.web;

import javax.servlet.http.HttpServletRequest;

/**
 * The API's JSON error for an HTTP status the API did not choose itself: the servlet container's or Spring's
 * refusals (an unknown HTTP method, a malformed request, headers over the container's limit) and failures nobody
 * caught. Used by {@link PartnerApiErrorFilter} inside the application and by a container's error report (the
 * demo's Tomcat) for what is refused before the application sees it.
 */
public final class ApiErrors {

    private ApiErrors() {
    }

    /** Whether a request's path (within the application, decoded) is under {@code /api/loyalty/v1}. */
    public static boolean isApiPath(String path) {
        String base = PartnerApiController.BASE;
        return path != null && path.startsWith(base)
                && (path.length() == base.length() || path.charAt(base.length()) == '/' || path.charAt(base.length()) == ';');
    }

    static boolean isApiRequest(HttpServletRequest request) {
        String pathInfo = request.getPathInfo();
        return isApiPath(request.getServletPath() + (pathInfo == null ? "" : pathInfo));
    }

    /** The contract's {@code {"error", "message"}} for the status. */
    public static String json(int status) {
        return ApiJson.error(code(status), message(status));
    }

    static String code(int status) {
        switch (status) {
            case 400: return "invalid_request";
            case 401: return "unauthorized";
            case 403: return "forbidden";
            case 404: return "not_found";
            case 405: return "method_not_allowed";
            case 406: return "not_acceptable";
            case 408: return "request_timeout";
            case 411: return "length_required";
            case 413: return "payload_too_large";
            case 414: return "uri_too_long";
            case 415: return "unsupported_media_type";
            case 431: return "headers_too_large";
            case 501: return "not_implemented";
            case 503: return "unavailable";
            default: return status < 500 ? "invalid_request" : "internal_error";
        }
    }

    static String message(int status) {
        switch (status) {
            case 400: return "The request is not valid HTTP: its address, a header or the framing of its body is"
                    + " malformed, or its headers are too large.";
            case 401: return "Send a valid, unrevoked and unexpired API key in the X-Api-Key header.";
            case 403: return "This request is not allowed.";
            case 404: return "There is no such endpoint in this API.";
            case 405: return "This endpoint does not answer this HTTP method.";
            case 406: return "This API answers JSON only.";
            case 408: return "The request took too long to arrive.";
            case 411: return "Send the body with a Content-Length or chunked.";
            case 413: return "The request is larger than this API takes: a body is at most " + JsonBody.MAX_BYTES
                    + " bytes.";
            case 414: return "The address is too long.";
            case 415: return "Send the body as JSON, with the header Content-Type: application/json.";
            case 431: return "The request's headers are too large.";
            case 501: return "This API does not know this HTTP method.";
            case 503: return "The API is not available at the moment; try again later.";
            default: return status < 500 ? "The request was refused (HTTP " + status + ")."
                    : "Something went wrong. A retry with the same Idempotency-Key never posts twice.";
        }
    }
}
