package io.loyaltyclub.demo.site.web;

import org.broadleafcommerce.common.exception.ServiceException;
import org.broadleafcommerce.core.web.controller.catalog.BroadleafSearchController;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;

import java.io.IOException;
import javax.servlet.ServletException;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * Product search ({@code /search?q=...}) with Broadleaf's search service.
 */
@Controller
@RequestMapping("/search")
public class SearchController extends BroadleafSearchController {

    @RequestMapping(method = RequestMethod.GET)
    public String search(Model model, HttpServletRequest request, HttpServletResponse response,
                         @RequestParam(value = "q", required = false, defaultValue = "") String query)
            throws ServletException, IOException, ServiceException {
        model.addAttribute("query", query.trim());
        return super.search(model, request, response, query);
    }
}
