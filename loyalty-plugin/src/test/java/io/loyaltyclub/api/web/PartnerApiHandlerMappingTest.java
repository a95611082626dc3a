package io.loyaltyclub.api.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockServletContext;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.context.support.GenericWebApplicationContext;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerExecutionChain;
import org.springframework.web.servlet.handler.HandlerInterceptorAdapter;
import org.springframework.web.servlet.handler.MappedInterceptor;

import java.util.Arrays;

/**
 * The API's own handler mapping, in a dispatcher's context beside another controller: it finds the API's method for
 * an API address (what the shop's mapping would have found), nothing for any other address, and hands on the
 * interceptors of {@code <mvc:interceptors>}.
 */
class PartnerApiHandlerMappingTest {

    /** A shop controller whose pattern would match the API's addresses too, were it asked. */
    @Controller
    static class ShopController {
        @RequestMapping("/**")
        public void page() {
        }
    }

    static class ShopInterceptor extends HandlerInterceptorAdapter {
    }

    private PartnerApiHandlerMapping mapping;

    @BeforeEach
    void aDispatcherContext() {
        GenericWebApplicationContext context = new GenericWebApplicationContext(new MockServletContext());
        context.registerBeanDefinition("api", new RootBeanDefinition(PartnerApiController.class));
        context.registerBeanDefinition("shop", new RootBeanDefinition(ShopController.class));
        // What <mvc:interceptors> registers: an interceptor for every path.
        context.getBeanFactory().registerSingleton("interceptor", new MappedInterceptor((String[]) null, new ShopInterceptor()));
        context.registerBeanDefinition("mapping", new RootBeanDefinition(PartnerApiHandlerMapping.class));
        context.refresh();
        mapping = context.getBean(PartnerApiHandlerMapping.class);
    }

    @Test
    void an_api_address_finds_the_api_method_and_the_shops_interceptors() throws Exception {
        HandlerExecutionChain chain = mapping.getHandler(request("GET", "/api/loyalty/v1/members/42"));
        assertThat(((HandlerMethod) chain.getHandler()).getMethod().getName()).isEqualTo("member");
        assertThat(Arrays.stream(chain.getInterceptors()).map(Object::getClass)).contains(ShopInterceptor.class);

        assertThat(method(request("POST", "/api/loyalty/v1/members/42/earn"))).isEqualTo("earn");
        assertThat(method(request("GET", "/api/loyalty/v1/members"))).isEqualTo("findMember");
    }

    @Test
    void an_unknown_address_or_method_under_the_api_reaches_the_apis_own_json_404_and_405() throws Exception {
        assertThat(method(request("GET", "/api/loyalty/v1/nothing/here"))).isEqualTo("unknown");
        assertThat(method(request("DELETE", "/api/loyalty/v1/members/42"))).isEqualTo("unknown");
        assertThat(method(request("GET", "/api/loyalty/v1"))).isEqualTo("unknown");
    }

    @Test
    void any_other_address_is_left_to_the_shops_handler_mappings() throws Exception {
        assertThat(mapping.getHandler(request("GET", "/"))).isNull();
        assertThat(mapping.getHandler(request("GET", "/product/members/42"))).isNull();
        assertThat(mapping.getHandler(request("GET", "/api/loyalty/v10/members/42"))).isNull();
        assertThat(mapping.getHandler(request("GET", "/api/other"))).isNull();
    }

    private String method(MockHttpServletRequest request) throws Exception {
        return ((HandlerMethod) mapping.getHandler(request).getHandler()).getMethod().getName();
    }

    /** A request as Tomcat gives it to a dispatcher servlet mapped to {@code /}: the whole path is the servlet path. */
    private static MockHttpServletRequest request(String method, String path) {
        MockHttpServletRequest request = new MockHttpServletRequest(method, path);
        request.setServletPath(path);
        return request;
    }
}
