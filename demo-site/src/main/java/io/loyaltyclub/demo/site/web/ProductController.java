package io.loyaltyclub.demo.site.web;

import org.broadleafcommerce.core.web.controller.catalog.BroadleafProductController;
import org.springframework.stereotype.Controller;

/**
 * Product pages, found by Broadleaf's ProductHandlerMapping by URL.
 */
@Controller("blProductController")
public class ProductController extends BroadleafProductController {
}
