package io.loyaltyclub.referral.domain;

/** How a referred friend is named to the advocate: the first name, or the e-mail with most of the mailbox hidden. */
public final class FriendName {

    private FriendName() {
    }

    public static String of(String firstName, String email) {
        if (firstName != null && !firstName.trim().isEmpty()) {
            return firstName.trim();
        }
        if (email == null || email.indexOf('@') < 1) {
            return "?";
        }
        return email.charAt(0) + "***" + email.substring(email.indexOf('@'));
    }
}
