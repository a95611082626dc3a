package io.loyaltyclub.messaging.domain;

/** Where a member message stands. Only QUEUED messages are ever picked up to be sent. */
public enum MessageState {
    /** Waiting to be sent (possibly not before a moment, when the weekly cap was reached). */
    QUEUED,
    /** Claimed by a sender; a message left here by a crash is never sent again (see FAILED). */
    SENDING,
    SENT,
    /** Not sent, for good, with the reason: no consent, switched off, out of date, nothing to say any more. */
    SKIPPED,
    /** The mail server refused it too often, or the sender stopped while sending (it may or may not have left). */
    FAILED;

    public boolean isFinal() {
        return this == SENT || this == SKIPPED || this == FAILED;
    }
}
