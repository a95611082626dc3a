package io.loyaltyclub.demo.site.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

import javax.servlet.http.HttpServletResponse;

/**
 * The page shown for unknown addresses (the web.xml error page), keeping the 404 status.
 */
@Controller
public class ErrorController {

    @RequestMapping("/error/not-found")
    public String notFound(HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        return "error/notFound";
    }
}
