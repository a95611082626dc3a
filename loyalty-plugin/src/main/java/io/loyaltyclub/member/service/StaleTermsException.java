package io.loyaltyclub.member.service;

/** The shopper accepted terms that are no longer the current ones; nothing changed. */
public class StaleTermsException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String currentVersion;

    public StaleTermsException(String accepted, String currentVersion) {
        super("The club terms changed (version " + accepted + " was accepted, " + currentVersion + " is current)");
        this.currentVersion = currentVersion;
    }

    public String getCurrentVersion() {
        return currentVersion;
    }
}
