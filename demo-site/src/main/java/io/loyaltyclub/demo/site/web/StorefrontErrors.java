package io.loyaltyclub.demo.site.web;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

import javax.servlet.http.HttpServletResponse;

/**
 * Errors every storefront controller shares.
 */
@ControllerAdvice
public class StorefrontErrors {

    @ExceptionHandler(PageNotFound.class)
    public String notFound(HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        return NotFoundController.VIEW;
    }
}
