package io.loyaltyclub.member.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.io.UnsupportedEncodingException;
import java.net.URLEncoder;

/**
 * Where the shop signs shoppers in and registers them, and how it sends them back afterwards. Sites whose pages
 * live elsewhere set {@code loyalty.storefront.loginPath}, {@code loyalty.storefront.registerPath} and
 * {@code loyalty.storefront.returnParameter} in their runtime properties.
 */
@Component("loyaltySignInLinks")
public class SignInLinks {

    @Value("${loyalty.storefront.loginPath:/login}")
    protected String loginPath;

    @Value("${loyalty.storefront.registerPath:/register}")
    protected String registerPath;

    @Value("${loyalty.storefront.returnParameter:successUrl}")
    protected String returnParameter;

    /** The sign-in page, coming back to {@code returnTo} (a path of this site) afterwards. */
    public String login(String returnTo) {
        return withReturn(loginPath, returnTo);
    }

    public String register(String returnTo) {
        return withReturn(registerPath, returnTo);
    }

    private String withReturn(String path, String returnTo) {
        try {
            return path + (path.contains("?") ? "&" : "?") + returnParameter + "=" + URLEncoder.encode(returnTo, "UTF-8");
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }
}
