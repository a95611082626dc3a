package io.loyaltyclub.review.web;

import io.loyaltyclub.platform.web.ProductPages;
import io.loyaltyclub.platform.web.SignedInCustomer;
import io.loyaltyclub.platform.web.StorefrontPaths;
import io.loyaltyclub.review.service.ReviewService;
import io.loyaltyclub.review.service.ReviewSubmission;
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
 * A member's review from the product page: saved for the shop to approve, or sent back to the form with the reason
 * (and what they wrote, so nothing is lost).
 */
@Controller("loyaltyReviewController")
public class ReviewController {

    static final String PATH = "/loyalty/reviews";
    static final String ANCHOR = "#loyalty-reviews";

    @Resource(name = "loyaltyReviewService")
    protected ReviewService reviews;

    @Resource(name = "blCatalogService")
    protected CatalogService catalog;

    @Resource(name = "loyaltyStorefrontPaths")
    protected StorefrontPaths paths;

    @RequestMapping(value = PATH, method = RequestMethod.POST)
    public String write(@RequestParam(value = "productId", required = false) String productId,
                        @RequestParam(value = "rating", required = false) String rating,
                        @RequestParam(value = "text", required = false) String text,
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
        ReviewSubmission result = reviews.submit(customer.getId(), product.getId(), rating, text);
        if (result.isSaved()) {
            redirect.addFlashAttribute("loyaltyReviewNotice", "loyalty.review.saved");
        } else if (result.getRefusal() != null) {
            redirect.addFlashAttribute("loyaltyReviewAlert", "loyalty.review.refused." + result.getRefusal());
        } else {
            redirect.addFlashAttribute("loyaltyReviewProblems", result.getProblems());
            redirect.addFlashAttribute("loyaltyReviewRating", rating);
            redirect.addFlashAttribute("loyaltyReviewText", text);
        }
        return "redirect:" + page + ANCHOR;
    }
}
