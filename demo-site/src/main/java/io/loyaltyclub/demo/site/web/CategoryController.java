package io.loyaltyclub.demo.site.web;

import org.broadleafcommerce.core.web.controller.catalog.BroadleafCategoryController;
import org.springframework.stereotype.Controller;

/**
 * Category pages. Broadleaf's CategoryHandlerMapping finds the category by its URL and hands the request to
 * the bean named blCategoryController.
 */
@Controller("blCategoryController")
public class CategoryController extends BroadleafCategoryController {
}
