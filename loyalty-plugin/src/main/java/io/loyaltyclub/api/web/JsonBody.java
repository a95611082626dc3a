package io.loyaltyclub.api.web;

import io.loyaltyclub.api.service.ApiRefusal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import javax.servlet.http.HttpServletRequest;

/**
 * The body of a POST to the API, read within its limit: {@code application/json} in UTF-8, at most
 * {@value #MAX_BYTES} bytes. A longer body is refused as soon as its {@code Content-Length} says so, and a chunked
 * one as soon as one byte more than the limit has arrived: the rest is never read into memory.
 */
final class JsonBody {

    /** Bodies larger than this are not the small JSON objects of this API. */
    static final int MAX_BYTES = 16 * 1024;

    private JsonBody() {
    }

    /**
     * @throws ApiRefusal 415 unsupported_media_type unless the Content-Type is application/json (charset, if given,
     *                    UTF-8); 413 payload_too_large over the limit; 400 when the body cannot be read
     */
    static byte[] read(HttpServletRequest request) {
        if (!isJson(request.getContentType())) {
            throw new ApiRefusal(415, ApiErrors.code(415), ApiErrors.message(415));
        }
        if (declaredLength(request.getHeader("Content-Length")) > MAX_BYTES) {
            throw tooLarge();
        }
        try {
            return readAtMost(request.getInputStream(), MAX_BYTES);
        } catch (IOException e) {
            throw ApiRefusal.invalid("The body could not be read.");
        }
    }

    /** {@code application/json}, in any case, with or without parameters; a charset parameter must be UTF-8. */
    static boolean isJson(String contentType) {
        if (contentType == null) {
            return false;
        }
        String[] parts = contentType.split(";");
        if (!"application/json".equals(parts[0].trim().toLowerCase(Locale.ROOT))) {
            return false;
        }
        for (int i = 1; i < parts.length; i++) {
            String[] parameter = parts[i].split("=", 2);
            if ("charset".equals(parameter[0].trim().toLowerCase(Locale.ROOT))) {
                String charset = parameter.length < 2 ? "" : parameter[1].trim().replace("\"", "");
                if (!"utf-8".equalsIgnoreCase(charset)) {
                    return false;
                }
            }
        }
        return true;
    }

    /** The Content-Length header as a number; -1 when there is none (a chunked body) or it is not a number. */
    private static long declaredLength(String header) {
        if (header == null) {
            return -1;
        }
        try {
            return Long.parseLong(header.trim());
        } catch (NumberFormatException e) {
            // The container checked the header already; a number too large for a long is too large for us.
            return header.trim().matches("[0-9]+") ? Long.MAX_VALUE : -1;
        }
    }

    /** The stream's bytes, never holding more than {@code limit + 1} of them. */
    static byte[] readAtMost(InputStream in, int limit) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(Math.min(limit, 4096));
        byte[] buffer = new byte[4096];
        int read;
        while ((read = in.read(buffer, 0, Math.min(buffer.length, limit + 1 - out.size()))) > 0) {
            out.write(buffer, 0, read);
            if (out.size() > limit) {
                throw tooLarge();
            }
        }
        return out.toByteArray();
    }

    private static ApiRefusal tooLarge() {
        return new ApiRefusal(413, ApiErrors.code(413), "The body is larger than " + MAX_BYTES + " bytes.");
    }
}
