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
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.handler.HandlerInterceptorAdapter;
import org.springframework.web.servlet.handler.MappedInterceptor;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import java.util.Arrays;
import javax.servlet.http.HttpServletRequest;

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

    /** Spring's own matching among the API's mappings, what the fast route must agree with. */
    static class SpringsMatching extends RequestMappingHandlerMapping {
        @Override
        protected boolean isHandler(Class<?> beanType) {
            return beanType == PartnerApiController.class;
        }
    }

    /** Counts the requests left to Spring's matching among all of the API's mappings. */
    static class CountingMapping extends PartnerApiHandlerMapping.Routes {
        int fullLookups;

        @Override
        protected HandlerMethod lookupHandlerMethod(String lookupPath, HttpServletRequest request) throws Exception {
            fullLookups++;
            return super.lookupHandlerMethod(lookupPath, request);
        }
    }

    private CountingMapping mapping;
    private SpringsMatching springs;
    private PartnerApiHandlerMapping outer;

    @BeforeEach
    void aDispatcherContext() {
        GenericWebApplicationContext context = new GenericWebApplicationContext(new MockServletContext());
        context.registerBeanDefinition("api", new RootBeanDefinition(PartnerApiController.class));
        context.registerBeanDefinition("shop", new RootBeanDefinition(ShopController.class));
        // What <mvc:interceptors> registers: an interceptor for every path.
        context.getBeanFactory().registerSingleton("interceptor", new MappedInterceptor((String[]) null, new ShopInterceptor()));
        context.registerBeanDefinition("mapping", new RootBeanDefinition(CountingMapping.class));
        context.registerBeanDefinition("springs", new RootBeanDefinition(SpringsMatching.class));
        context.registerBeanDefinition("bean", new RootBeanDefinition(PartnerApiHandlerMapping.class));
        context.refresh();
        outer = context.getBean(PartnerApiHandlerMapping.class);
        mapping = context.getBean(CountingMapping.class);
        springs = context.getBean(SpringsMatching.class);
    }

    @Test
    void the_bean_is_no_request_mapping_handler_mapping_and_answers_as_its_routes_first_of_all() throws Exception {
        assertThat(outer).isNotInstanceOf(RequestMappingHandlerMapping.class);
        assertThat(outer.getOrder()).isLessThan(0);
        HandlerExecutionChain chain = outer.getHandler(request("GET", "/api/loyalty/v1/members/42"));
        assertThat(((HandlerMethod) chain.getHandler()).getMethod().getName()).isEqualTo("member");
        assertThat(chain.getInterceptors()).hasAtLeastOneElementOfType(ShopInterceptor.class);
        assertThat(outer.getHandler(request("GET", "/product/members/42"))).isNull();
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

    @Test
    void every_address_reaches_the_method_springs_own_matching_finds_with_the_same_pattern_and_variables()
            throws Exception {
        String[] paths = {"/api/loyalty/v1/members/42", "/api/loyalty/v1/members/42/earn",
                "/api/loyalty/v1/members/42/redeem", "/api/loyalty/v1/members/42/enrolment",
                "/api/loyalty/v1/members/42/ledger", "/api/loyalty/v1/members", "/api/loyalty/v1/members/",
                "/api/loyalty/v1/members.json", "/api/loyalty/v1/members/1.5", "/api/loyalty/v1/members/42/",
                "/api/loyalty/v1/members/42/earn.json", "/api/loyalty/v1/members/abc", "/api/loyalty/v1/members/-1",
                "/api/loyalty/v1/members//42", "/api/loyalty/v1/members/42/earn/more", "/api/loyalty/v1/earn",
                "/api/loyalty/v1", "/api/loyalty/v1/", "/api/loyalty/v1/members/%2042", "/api/loyalty/v1/Members/42",
                "/api/loyalty/v1/members;x=1/42", "/api/loyalty/v1/members/{customerId}"};
        String[] methods = {"GET", "POST", "PUT", "DELETE", "HEAD", "PATCH", "OPTIONS", "TRACE", "BREW"};
        for (String path : paths) {
            for (String method : methods) {
                MockHttpServletRequest ours = request(method, path);
                MockHttpServletRequest theirs = request(method, path);
                HandlerMethod found = (HandlerMethod) mapping.getHandler(ours).getHandler();
                HandlerMethod expected = (HandlerMethod) springs.getHandler(theirs).getHandler();
                String request = method + " " + path;
                assertThat(found.getMethod()).as(request).isEqualTo(expected.getMethod());
                assertThat(found.getBean()).as(request).isSameAs(expected.getBean());
                for (String attribute : new String[] {HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE,
                        HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE,
                        HandlerMapping.PATH_WITHIN_HANDLER_MAPPING_ATTRIBUTE}) {
                    assertThat(ours.getAttribute(attribute)).as(request + " " + attribute)
                            .isEqualTo(theirs.getAttribute(attribute));
                }
            }
        }
    }

    @Test
    void a_plain_address_is_routed_by_its_segments_and_any_other_by_springs_matching() throws Exception {
        for (String plain : new String[] {"GET /api/loyalty/v1/members/42", "POST /api/loyalty/v1/members/42/earn",
                "GET /api/loyalty/v1/members", "GET /api/loyalty/v1/nothing", "DELETE /api/loyalty/v1/members/42"}) {
            mapping.getHandler(request(plain.split(" ")[0], plain.split(" ")[1]));
        }
        assertThat(mapping.fullLookups).isZero();

        mapping.getHandler(request("GET", "/api/loyalty/v1/members/1.5"));
        mapping.getHandler(request("GET", "/api/loyalty/v1/members/"));
        mapping.getHandler(request("BREW", "/api/loyalty/v1/members/42"));
        assertThat(mapping.fullLookups).isEqualTo(3);
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
