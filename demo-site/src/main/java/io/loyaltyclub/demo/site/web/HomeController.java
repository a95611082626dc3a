package io.loyaltyclub.demo.site.web;

import org.broadleafcommerce.core.catalog.domain.Product;
import org.broadleafcommerce.core.catalog.service.CatalogService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;

import java.util.ArrayList;
import java.util.List;
import javax.annotation.Resource;

/**
 * The storefront's home page: featured products and the current sale.
 */
@Controller
public class HomeController {

    static final int MAX_TILES = 8;

    @Resource(name = "blCatalogService")
    protected CatalogService catalogService;

    @RequestMapping(value = "/", method = RequestMethod.GET)
    public String home(Model model) {
        List<Product> featured = new ArrayList<Product>();
        List<Product> onSale = new ArrayList<Product>();
        for (Product product : catalogService.findAllProducts()) {
            if (!product.isActive()) {
                continue;
            }
            if (product.isFeaturedProduct() && featured.size() < MAX_TILES) {
                featured.add(product);
            }
            if (product.getDefaultSku().isOnSale() && onSale.size() < MAX_TILES) {
                onSale.add(product);
            }
        }
        model.addAttribute("featuredProducts", featured);
        model.addAttribute("saleProducts", onSale);
        return "catalog/home";
    }
}
