package io.loyaltyclub.messaging.persistence;

import io.loyaltyclub.messaging.domain.MessageState;
import io.loyaltyclub.messaging.domain.MessageType;
import org.hibernate.annotations.GenericGenerator;
import org.hibernate.annotations.Index;
import org.hibernate.annotations.Parameter;

import java.io.Serializable;
import java.util.Date;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Temporal;
import javax.persistence.TemporalType;

/**
 * One e-mail to one member for one occasion. The occasion's key is unique, so a member gets a message for an
 * occasion at most once however often a trigger fires; the state is claimed (QUEUED to SENDING, in its own
 * transaction) before the mail leaves, so no retry or second node sends it again.
 */
@Entity
@Table(name = "LOYALTY_MESSAGE")
@org.hibernate.annotations.Table(appliesTo = "LOYALTY_MESSAGE", indexes = {
        @Index(name = "LOYALTY_MESSAGE_DUE_IX", columnNames = {"STATE", "NOT_BEFORE"}),
        @Index(name = "LOYALTY_MESSAGE_ACCOUNT_IX", columnNames = {"ACCOUNT_ID", "STATE", "SENT_AT"})
})
public class MemberMessageImpl implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(generator = "LoyaltyMessageId")
    @GenericGenerator(
            name = "LoyaltyMessageId",
            strategy = "org.broadleafcommerce.common.persistence.IdOverrideTableGenerator",
            parameters = {
                    @Parameter(name = "segment_value", value = "MemberMessageImpl"),
                    @Parameter(name = "entity_name", value = "io.loyaltyclub.messaging.persistence.MemberMessageImpl")
            })
    @Column(name = "MESSAGE_ID")
    protected Long id;

    /** The occasion: type, member and what happened ("tier-reached:12:345"). */
    @Column(name = "MESSAGE_KEY", nullable = false, unique = true, length = 200, updatable = false)
    protected String key;

    @Column(name = "ACCOUNT_ID", nullable = false, updatable = false)
    protected Long accountId;

    @Column(name = "MESSAGE_TYPE", nullable = false, length = 30, updatable = false)
    protected String type;

    @Column(name = "STATE", nullable = false, length = 20)
    protected String state;

    /** Points the message is about (earned, available, expiring, rewarded). */
    @Column(name = "POINTS", updatable = false)
    protected Long points;

    @Column(name = "TIER_CODE", length = 40, updatable = false)
    protected String tierCode;

    /** The day the message is about (points expire, the tier's period ends), as the store's midnight. */
    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "OCCASION_AT", updatable = false)
    protected Date occasionAt;

    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "QUEUED_AT", nullable = false, updatable = false)
    protected Date queuedAt;

    /** Not sent before this moment (the weekly cap). */
    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "NOT_BEFORE", nullable = false)
    protected Date notBefore;

    /** After this moment the message is out of date and is skipped instead of sent. */
    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "VALID_UNTIL", nullable = false, updatable = false)
    protected Date validUntil;

    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "CLAIMED_AT")
    protected Date claimedAt;

    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "SENT_AT")
    protected Date sentAt;

    @Column(name = "ATTEMPTS", nullable = false)
    protected int attempts;

    @Column(name = "RECIPIENT", length = 255)
    protected String recipient;

    @Column(name = "LOCALE_CODE", length = 20)
    protected String localeCode;

    @Column(name = "SUBJECT", length = 300)
    protected String subject;

    /** Why it was skipped or failed, or what the last attempt met. */
    @Column(name = "OUTCOME", length = 500)
    protected String outcome;

    protected MemberMessageImpl() {
    }

    public MemberMessageImpl(String key, long accountId, MessageType type, Long points, String tierCode,
                             Date occasionAt, Date queuedAt, Date validUntil) {
        this.key = key;
        this.accountId = accountId;
        this.type = type.name();
        this.state = MessageState.QUEUED.name();
        this.points = points;
        this.tierCode = tierCode;
        this.occasionAt = occasionAt;
        this.queuedAt = queuedAt;
        this.notBefore = queuedAt;
        this.validUntil = validUntil;
    }

    public Long getId() {
        return id;
    }

    public String getKey() {
        return key;
    }

    public Long getAccountId() {
        return accountId;
    }

    public MessageType getType() {
        return MessageType.valueOf(type);
    }

    public MessageState getState() {
        return MessageState.valueOf(state);
    }

    public Long getPoints() {
        return points;
    }

    public String getTierCode() {
        return tierCode;
    }

    public Date getOccasionAt() {
        return occasionAt;
    }

    public Date getQueuedAt() {
        return queuedAt;
    }

    public Date getNotBefore() {
        return notBefore;
    }

    public Date getValidUntil() {
        return validUntil;
    }

    public Date getClaimedAt() {
        return claimedAt;
    }

    public Date getSentAt() {
        return sentAt;
    }

    public int getAttempts() {
        return attempts;
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

    public String getOutcome() {
        return outcome;
    }

    /** Waits for the weekly cap until {@code at}. */
    public void delay(Date at, String why) {
        this.notBefore = at;
        this.outcome = clip(why);
    }

    public void skip(String why) {
        this.state = MessageState.SKIPPED.name();
        this.outcome = clip(why);
    }

    public void fail(String why) {
        this.state = MessageState.FAILED.name();
        this.outcome = clip(why);
    }

    /** Back in the queue after the mail server refused it, to be tried again from {@code at}. */
    public void retryAt(Date at, String why) {
        this.state = MessageState.QUEUED.name();
        this.notBefore = at;
        this.outcome = clip(why);
    }

    public void sent(Date at, String recipient, String localeCode, String subject) {
        this.state = MessageState.SENT.name();
        this.sentAt = at;
        this.recipient = recipient;
        this.localeCode = localeCode;
        this.subject = subject == null || subject.length() <= 300 ? subject : subject.substring(0, 300);
        this.outcome = null;
    }

    private static String clip(String text) {
        return text == null || text.length() <= 500 ? text : text.substring(0, 500);
    }

    @Override
    public String toString() {
        return "MemberMessage{" + key + " " + state + "}";
    }
}
