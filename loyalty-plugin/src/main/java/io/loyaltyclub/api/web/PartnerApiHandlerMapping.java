package io.loyaltyclub.api.web;

import org.springframework.core.Ordered;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import javax.servlet.http.HttpServletRequest;

/**
 * Finds the partner API's handler for a request under {@code /api/loyalty/v1} among the API's own few mappings,
 * before every other handler mapping of the storefront's dispatcher servlet; any other request passes on at once.
 *
 * <p>Spring's {@code RequestMappingHandlerMapping} of {@code <mvc:annotation-driven/>} holds every controller of the
 * shop, Broadleaf's included; an address with a path variable ({@code /members/{customerId}}) matches none of them
 * directly, so it tries each of its patterns in turn: a sixth of a {@code GET /members/{id}}'s time went there under
 * load (README, "The partner API under load"). Here the API's mappings are the only ones, matched by the same
 * Spring class with the same rules, so a request reaches the same method with the same path variables, and the
 * storefront's interceptors ({@code <mvc:interceptors>}) still run. The API's controller stays in the other mapping
 * too; it is simply never asked for an API address.
 *
 * <p>Registered by {@code bl-loyalty-site-servlet.xml}.
 */
public class PartnerApiHandlerMapping extends RequestMappingHandlerMapping {

    public PartnerApiHandlerMapping() {
        // First of all handler mappings (Broadleaf's and the resources' included): it answers nothing but the API.
        setOrder(Ordered.HIGHEST_PRECEDENCE + 100);
    }

    @Override
    protected boolean isHandler(Class<?> beanType) {
        return PartnerApiController.class.isAssignableFrom(beanType);
    }

    @Override
    protected HandlerMethod getHandlerInternal(HttpServletRequest request) throws Exception {
        return ApiErrors.isApiRequest(request) ? super.getHandlerInternal(request) : null;
    }
}
