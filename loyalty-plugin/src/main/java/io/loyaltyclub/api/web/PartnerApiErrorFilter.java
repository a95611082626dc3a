package io.loyaltyclub.api.web;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import javax.servlet.Filter;
import javax.servlet.FilterChain;
import javax.servlet.FilterConfig;
import javax.servlet.ServletException;
import javax.servlet.ServletRequest;
import javax.servlet.ServletResponse;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.servlet.http.HttpServletResponseWrapper;

/**
 * Every error under {@code /api/loyalty/v1} is the API's JSON, whoever raised it: an error the servlet container or
 * Spring's dispatcher answers with {@code sendError} (an HTTP method the servlet does not know, a request the
 * dispatcher refuses) and a failure that escapes the application (an {@link Error} such as a
 * {@link StackOverflowError}) would otherwise get the container's or the shop's HTML page.
 *
 * <p>Install it in the storefront's {@code web.xml} as the first filter, mapped to {@code /api/loyalty/v1/*} (the
 * README's install steps). It only shapes errors: the controller refuses bad input itself, with or without it.
 */
public class PartnerApiErrorFilter implements Filter {

    private static final Log LOG = LogFactory.getLog(PartnerApiErrorFilter.class);

    @Override
    public void init(FilterConfig filterConfig) {
        // Nothing to configure.
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!(request instanceof HttpServletRequest) || !(response instanceof HttpServletResponse)
                || !ApiErrors.isApiRequest((HttpServletRequest) request)) {
            chain.doFilter(request, response);
            return;
        }
        ErrorsAsJson answer = new ErrorsAsJson((HttpServletResponse) response);
        try {
            chain.doFilter(request, answer);
        } catch (IOException | ServletException | RuntimeException | StackOverflowError e) {
            LOG.error("The loyalty API failed", e);
            if (response.isCommitted()) {
                throw e;
            }
            answer.writeError(500);
        }
    }

    @Override
    public void destroy() {
        // Nothing to release.
    }

    /** The response, with {@code sendError} writing the API's JSON error instead of the container's page. */
    private static final class ErrorsAsJson extends HttpServletResponseWrapper {

        ErrorsAsJson(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void sendError(int status) throws IOException {
            sendError(status, null);
        }

        @Override
        public void sendError(int status, String message) throws IOException {
            if (isCommitted()) {
                throw new IllegalStateException("The response is already committed");
            }
            writeError(status);
        }

        /** The status and its JSON error; headers already set (such as {@code Allow}) are kept. */
        void writeError(int status) throws IOException {
            resetBuffer();
            setStatus(status);
            setContentType("application/json;charset=UTF-8");
            setHeader("Cache-Control", "no-store");
            byte[] body = ApiErrors.json(status).getBytes(StandardCharsets.UTF_8);
            setContentLength(body.length);
            try {
                getOutputStream().write(body);
            } catch (IllegalStateException writerInUse) {
                getWriter().write(new String(body, StandardCharsets.UTF_8));
            }
            flushBuffer();
        }
    }
}
