package io.loyaltyclub.demo.site.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.AbstractController;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * The shop's "not found" page, for addresses no other handler knows (mapped last, see
 * applicationContext-servlet.xml). Rendered inside the normal request, with the shopper's language.
 */
@Controller("notFoundController")
public class NotFoundController extends AbstractController {

    static final String VIEW = "error/notFound";

    @Override
    protected ModelAndView handleRequestInternal(HttpServletRequest request, HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        return new ModelAndView(VIEW);
    }
}
