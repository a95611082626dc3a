package io.loyaltyclub.platform.web;

import org.broadleafcommerce.common.security.BroadleafAuthenticationFailureHandler;

/**
 * Broadleaf's sign-in failure handler, keeping the form's {@code failureUrl} and {@code successUrl} only when they
 * are a {@link LocalPath}. Broadleaf's own check refuses addresses with a dot, {@code http} or {@code www}, which
 * lets {@code //2130706433/} (a host written as a number) through.
 */
public class LocalPathSignInFailureHandler extends BroadleafAuthenticationFailureHandler {

    public LocalPathSignInFailureHandler(String defaultFailureUrl) {
        super(defaultFailureUrl);
    }

    @Override
    public String validateUrlParam(String url) {
        return LocalPath.orNull(url);
    }
}
