package io.loyaltyclub.platform.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.io.UnsupportedEncodingException;
import java.net.URLEncoder;

/**
 * The shop's own pages the club sends shoppers to: sign-in and registration (and how the shop sends them back
 * afterwards), and checkout. Sites whose pages live elsewhere set {@code loyalty.storefront.loginPath},
 * {@code loyalty.storefront.registerPath}, {@code loyalty.storefront.returnParameter} and
 * {@code loyalty.storefront.checkoutPath} in their runtime properties.
 */
@Component("loyaltyStorefrontPaths")
public class StorefrontPaths {

    @Value("${loyalty.storefront.loginPath:/login}")
    protected String loginPath;

    @Value("${loyalty.storefront.registerPath:/register}")
    protected String registerPath;

    @Value("${loyalty.storefront.returnParameter:successUrl}")
    protected String returnParameter;

    @Value("${loyalty.storefront.checkoutPath:/checkout}")
    protected String checkoutPath;

    public String checkout() {
        return checkoutPath;
    }

    /**
     * The sign-in page, coming back to {@code returnTo} afterwards when it is a {@link LocalPath} (else without a
     * return address: the site's own default after sign-in).
     */
    public String login(String returnTo) {
        return withReturn(loginPath, returnTo);
    }

    public String register(String returnTo) {
        return withReturn(registerPath, returnTo);
    }

    private String withReturn(String path, String returnTo) {
        String local = LocalPath.orNull(returnTo);
        if (local == null) {
            return path;
        }
        try {
            return path + (path.contains("?") ? "&" : "?") + returnParameter + "=" + URLEncoder.encode(local, "UTF-8");
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }
}
