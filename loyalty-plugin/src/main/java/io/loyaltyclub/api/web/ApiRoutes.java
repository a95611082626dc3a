package io.loyaltyclub.api.web;

import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.condition.PatternsRequestCondition;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javax.servlet.http.HttpServletRequest;

/**
 * The API's endpoints, read from the controller's own {@code @RequestMapping}s: which HTTP methods an address
 * answers, so that a known address asked with the wrong method is a {@code 405} with {@code Allow}, not a 404. The
 * addresses are matched by Spring's own {@link PatternsRequestCondition}, as the dispatcher matched them.
 */
final class ApiRoutes {

    private static final class Route {
        final PatternsRequestCondition patterns;
        final RequestMethod[] methods;

        Route(PatternsRequestCondition patterns, RequestMethod[] methods) {
            this.patterns = patterns;
            this.methods = methods;
        }
    }

    private final List<Route> routes;

    private ApiRoutes(List<Route> routes) {
        this.routes = routes;
    }

    /** The endpoints of a controller: its methods mapped with both a path and HTTP methods (not the catch-all). */
    static ApiRoutes of(Class<?> controller) {
        String base = controller.getAnnotation(RequestMapping.class).value()[0];
        List<Route> routes = new ArrayList<Route>();
        for (Method method : controller.getMethods()) {
            RequestMapping mapping = method.getAnnotation(RequestMapping.class);
            if (mapping != null && mapping.method().length > 0 && mapping.value().length > 0) {
                Set<String> paths = new LinkedHashSet<String>();
                for (String path : mapping.value()) {
                    paths.add(base + path);
                }
                routes.add(new Route(new PatternsRequestCondition(paths.toArray(new String[0])), mapping.method()));
            }
        }
        return new ApiRoutes(routes);
    }

    /** The HTTP methods the request's address answers, sorted; empty for an address the API does not have. */
    Set<String> methodsFor(HttpServletRequest request) {
        Set<String> methods = new TreeSet<String>();
        for (Route route : routes) {
            if (route.patterns.getMatchingCondition(request) != null) {
                for (RequestMethod method : route.methods) {
                    methods.add(method.name());
                }
            }
        }
        return Collections.unmodifiableSet(methods);
    }
}
