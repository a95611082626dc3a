package io.loyaltyclub.messaging.service;

/** Writes and sends a member message (Broadleaf's e-mail service in a shop: see the broadleaf package). */
public interface MessageDelivery {

    /**
     * Sends the message now.
     *
     * @return who got it, in which language, with which subject
     * @throws UndeliverableException when it cannot be sent to this member at all (no e-mail address)
     * @throws RuntimeException when writing or sending failed (nothing left the shop)
     */
    Delivered deliver(OutgoingMessage message);

    /** What was sent. */
    final class Delivered {
        private final String recipient;
        private final String localeCode;
        private final String subject;

        public Delivered(String recipient, String localeCode, String subject) {
            this.recipient = recipient;
            this.localeCode = localeCode;
            this.subject = subject;
        }

        public String getRecipient() {
            return recipient;
        }

        public String getLocaleCode() {
            return localeCode;
        }

        public String getSubject() {
            return subject;
        }
    }

    /** The member cannot be written to (for instance: no e-mail address); the message is skipped. */
    class UndeliverableException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public UndeliverableException(String message) {
            super(message);
        }
    }
}
