package io.loyaltyclub.share.web;

import io.loyaltyclub.member.persistence.LoyaltyAccount;
import io.loyaltyclub.member.service.MembershipService;
import io.loyaltyclub.platform.web.ProductPages;
import io.loyaltyclub.platform.web.SignedInCustomer;
import io.loyaltyclub.platform.web.StorefrontPaths;
import io.loyaltyclub.share.service.ShareService;
import org.broadleafcommerce.core.catalog.domain.Product;
import org.broadleafcommerce.core.catalog.service.CatalogService;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import javax.annotation.Resource;

/**
 * The product page's Share button: a member gets their link to the product (the same each time), shown on the
 * product page. Sharing itself earns nothing: the reward comes when the link brings a visitor who registers or orders.
 */
@Controller("loyaltyShareController")
public class ShareController {

    static final String PATH = "/loyalty/share";

    @Resource(name = "loyaltyShareService")
    protected ShareService shares;

    @Resource(name = "loyaltyMembershipService")
    protected MembershipService memberships;

    @Resource(name = "blCatalogService")
    protected CatalogService catalog;

    @Resource(name = "loyaltyStorefrontPaths")
    protected StorefrontPaths paths;

    @RequestMapping(value = PATH, method = RequestMethod.POST)
    public String share(@RequestParam(value = "productId", required = false) String productId,
                        RedirectAttributes redirect) {
        Product product = ProductPages.product(catalog, productId);
        if (product == null) {
            return "redirect:/";
        }
        String page = ProductPages.url(product);
        Customer customer = SignedInCustomer.current();
        if (customer == null) {
            return "redirect:" + paths.login(page);
        }
        LoyaltyAccount account = memberships.findByCustomer(customer.getId());
        if (account == null || !account.isActive()) {
            redirect.addFlashAttribute("loyaltyShareNotice", "loyalty.share.membersOnly");
            return "redirect:" + page + "#loyalty-share";
        }
        shares.linkFor(account.getId(), product.getId());
        redirect.addFlashAttribute("loyaltyShareNotice", "loyalty.share.ready");
        return "redirect:" + page + "#loyalty-share";
    }
}
