package io.loyaltyclub.demo;

import io.loyaltyclub.api.web.ApiErrors;
import org.apache.catalina.Host;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;

import java.io.IOException;
import java.io.Writer;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Tomcat's error report with the partner API's JSON under {@code /api/loyalty/v1}: what Tomcat refuses before any
 * application sees the request (headers over its 8 KB limit, a control character in a header, an encoded slash in
 * the address, a TRACE) never reaches the plugin's filter or a web.xml error page, only the host's error report.
 * Everything else keeps Tomcat's own page. In a merchant's Tomcat the same is the host's
 * {@code errorReportValveClass} (a class in Tomcat's own lib folder).
 *
 * <p>Public with a public constructor: the host makes it from its class name.
 */
public final class ApiErrorReportValve extends ErrorReportValve {

    /** Makes this the error report of the host's applications (before the host starts). */
    static void installOn(Host host) {
        ((StandardHost) host).setErrorReportValveClass(ApiErrorReportValve.class.getName());
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        if (!ApiErrors.isApiPath(path(request))) {
            super.report(request, response, throwable);
            return;
        }
        int status = response.getStatus();
        // As Tomcat's own report: only an error nothing has answered yet, on a connection that can still be written.
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        AtomicBoolean writable = new AtomicBoolean(false);
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, writable);
        if (!writable.get()) {
            return;
        }
        try {
            response.setContentType("application/json");
            response.setCharacterEncoding("UTF-8");
            response.setHeader("Cache-Control", "no-store");
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(ApiErrors.json(status));
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // The client went away: nobody reads the report.
        }
    }

    /** The address within the application; a request Tomcat refused before choosing the application has none. */
    private static String path(Request request) {
        String uri = request.getRequestURI();
        String context = request.getContextPath();
        return uri != null && context != null && !context.isEmpty() && uri.startsWith(context)
                ? uri.substring(context.length()) : uri;
    }
}
