package io.loyaltyclub.api.web;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationContextAware;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.HandlerExecutionChain;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import javax.servlet.http.HttpServletRequest;

/**
 * Finds the partner API's handler for a request under {@code /api/loyalty/v1} among the API's own few mappings,
 * before every other handler mapping of the storefront's dispatcher servlet; any other request passes on at once.
 *
 * <p>Spring's {@code RequestMappingHandlerMapping} of {@code <mvc:annotation-driven/>} holds every controller of the
 * shop, Broadleaf's included; an address with a path variable ({@code /members/{customerId}}) matches none of them
 * directly, so it tries each of its patterns in turn (each as it is, with a suffix and with a trailing slash, by
 * regular expressions): a sixth of a {@code GET /members/{id}}'s time went there under load, and still a tenth with
 * the API's seven mappings alone (README, "The partner API under load"). So an address made of plain segments
 * (letters, digits, {@code -}; no dot, no empty segment, no trailing slash: nothing Spring's suffix or trailing-slash
 * matching could read otherwise) is routed by its segments: the one mapping whose literal segments are the same and
 * whose {@code {variables}} stand where the address has a segment, for the request's method; none, the API's
 * catch-all. Spring's own matching of that one mapping then confirms it and sets the request's attributes as it
 * always does. Any other address, or more than one candidate, is matched by Spring among all of the API's mappings,
 * as before. The storefront's interceptors ({@code <mvc:interceptors>}) run either way. The API's controller stays in
 * the shop's mapping too; it is simply never asked for an API address.
 *
 * <p>Registered by {@code bl-loyalty-site-servlet.xml}.
 */
public class PartnerApiHandlerMapping implements HandlerMapping, Ordered, ApplicationContextAware, InitializingBean {

    /**
     * The mapping itself, a {@code RequestMappingHandlerMapping} held here and not a bean of its own: a second bean of
     * that type beside {@code <mvc:annotation-driven/>}'s would break a site that injects it by type (README, "The
     * host's wiring"; {@code HostWiringTest}).
     */
    private final Routes routes;

    public PartnerApiHandlerMapping() {
        this(new Routes());
    }

    PartnerApiHandlerMapping(Routes routes) {
        this.routes = routes;
    }

    @Override
    public void setApplicationContext(ApplicationContext context) {
        routes.setApplicationContext(context);
    }

    @Override
    public void afterPropertiesSet() {
        routes.afterPropertiesSet();
    }

    @Override
    public int getOrder() {
        return routes.getOrder();
    }

    @Override
    public HandlerExecutionChain getHandler(HttpServletRequest request) throws Exception {
        return routes.getHandler(request);
    }

    /** The API's own mappings and the route of a plain address by its segments. */
    static class Routes extends RequestMappingHandlerMapping {


        private static final Pattern PLAIN_PATH = Pattern.compile("(/[A-Za-z0-9-]+)+");

        /** A mapping's pattern and methods as segments, to route a plain address without regular expressions. */
        private static final class Route {
            final String[] segments;
            final Set<RequestMethod> methods;
            final RequestMappingInfo mapping;
            final HandlerMethod handler;

            Route(String[] segments, Set<RequestMethod> methods, RequestMappingInfo mapping, HandlerMethod handler) {
                this.segments = segments;
                this.methods = methods;
                this.mapping = mapping;
                this.handler = handler;
            }

            boolean matches(String[] path, RequestMethod method) {
                if (path.length != segments.length || !(methods.isEmpty() || methods.contains(method))) {
                    return false;
                }
                for (int i = 0; i < path.length; i++) {
                    String segment = segments[i];
                    boolean variable = segment.startsWith("{") && segment.endsWith("}");
                    if (!variable && !segment.equals(path[i])) {
                        return false;
                    }
                }
                return true;
            }
        }

        private final List<Route> routes = new ArrayList<Route>();
        private Route catchAll;

        Routes() {
            // First of all handler mappings (Broadleaf's and the resources' included): it answers nothing but the API.
            setOrder(Ordered.HIGHEST_PRECEDENCE + 100);
        }

        @Override
        protected boolean isHandler(Class<?> beanType) {
            return PartnerApiController.class.isAssignableFrom(beanType);
        }

        @Override
        protected void handlerMethodsInitialized(Map<RequestMappingInfo, HandlerMethod> handlerMethods) {
            super.handlerMethodsInitialized(handlerMethods);
            for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : handlerMethods.entrySet()) {
                RequestMappingInfo mapping = entry.getKey();
                Set<String> patterns = mapping.getPatternsCondition().getPatterns();
                if (patterns.size() != 1) {
                    continue; // left to Spring's matching
                }
                String pattern = patterns.iterator().next();
                Set<RequestMethod> methods = mapping.getMethodsCondition().getMethods();
                // The controller is a singleton: its bean is looked up once here, not once per request.
                HandlerMethod handler = entry.getValue().createWithResolvedBean();
                if (pattern.equals(PartnerApiController.BASE + "/**") && methods.isEmpty()) {
                    catchAll = new Route(new String[0], methods, mapping, handler);
                } else if (PLAIN_PATH.matcher(pattern.replaceAll("\\{[A-Za-z]+\\}", "v")).matches()) {
                    routes.add(new Route(pattern.substring(1).split("/"), methods, mapping, handler));
                }
            }
        }

        @Override
        protected HandlerMethod getHandlerInternal(HttpServletRequest request) throws Exception {
            if (!ApiErrors.isApiRequest(request)) {
                return null;
            }
            String lookupPath = getUrlPathHelper().getLookupPathForRequest(request);
            Route route = routeOfPlainPath(lookupPath, request.getMethod());
            RequestMappingInfo confirmed = route == null ? null : route.mapping.getMatchingCondition(request);
            if (confirmed == null) {
                return super.getHandlerInternal(request);
            }
            handleMatch(confirmed, lookupPath, request);
            return route.handler;
        }

        /** The route of a plain address, by its segments; null for any other address, or when it is not one route. */
        private Route routeOfPlainPath(String lookupPath, String httpMethod) {
            if (catchAll == null || !PLAIN_PATH.matcher(lookupPath).matches()) {
                return null;
            }
            RequestMethod method;
            try {
                method = RequestMethod.valueOf(httpMethod);
            } catch (IllegalArgumentException e) {
                return null;
            }
            String[] path = lookupPath.substring(1).split("/");
            Route found = null;
            for (Route route : routes) {
                if (route.matches(path, method)) {
                    if (found != null) {
                        return null;
                    }
                    found = route;
                }
            }
            return found != null ? found : catchAll;
        }

    }
}
