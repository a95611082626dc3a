package io.loyaltyclub.demo.site.web;

import io.loyaltyclub.demo.payment.TestCard;
import org.broadleafcommerce.core.order.service.FulfillmentOptionService;
import org.broadleafcommerce.profile.core.service.CountryService;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import javax.annotation.Resource;

/**
 * What the checkout page needs besides the cart: countries, shipping options and the test cards. One place for
 * both controllers that render the page.
 */
@Component("demoCheckoutReferenceData")
public class CheckoutReferenceData {

    @Resource(name = "blCountryService")
    protected CountryService countryService;

    @Resource(name = "blFulfillmentOptionService")
    protected FulfillmentOptionService fulfillmentOptionService;

    public void addTo(Model model) {
        model.addAttribute("countries", countryService.findCountries());
        model.addAttribute("fulfillmentOptions", fulfillmentOptionService.readAllFulfillmentOptions());
        model.addAttribute("testCard", TestCard.APPROVED);
        model.addAttribute("declinedTestCard", TestCard.DECLINED);
    }
}
