package io.loyaltyclub.demo.security;

import org.springframework.security.authentication.encoding.PasswordEncoder;

/**
 * BCrypt for Broadleaf 3.1, which speaks Spring Security's older salted {@link PasswordEncoder}
 * interface. BCrypt keeps its own random salt inside each hash, so the salt Broadleaf passes is ignored.
 * Configured by {@code password.site.encoder} and {@code password.admin.encoder}.
 */
public class BCryptPasswordEncoder implements PasswordEncoder {

    private final org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder bcrypt =
            new org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder(10);

    @Override
    public String encodePassword(String rawPass, Object salt) {
        return bcrypt.encode(rawPass);
    }

    @Override
    public boolean isPasswordValid(String encPass, String rawPass, Object salt) {
        return encPass != null && rawPass != null && encPass.startsWith("$2") && bcrypt.matches(rawPass, encPass);
    }
}
