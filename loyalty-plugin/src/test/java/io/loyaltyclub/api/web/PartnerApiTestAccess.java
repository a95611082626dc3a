package io.loyaltyclub.api.web;

import io.loyaltyclub.api.service.ApiKeyService;
import io.loyaltyclub.api.service.PartnerApiService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

/** The partner API's controller behind Spring MVC's dispatcher, for tests outside this package. */
public final class PartnerApiTestAccess {

    private PartnerApiTestAccess() {
    }

    public static MockMvc mockMvc(ApiKeyService keys, PartnerApiService api) {
        PartnerApiController controller = new PartnerApiController();
        controller.keys = keys;
        controller.api = api;
        return MockMvcBuilders.standaloneSetup(controller).build();
    }
}
