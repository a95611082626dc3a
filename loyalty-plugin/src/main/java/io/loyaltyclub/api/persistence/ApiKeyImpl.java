package io.loyaltyclub.api.persistence;

import io.loyaltyclub.api.domain.ApiKeyState;
import org.hibernate.annotations.GenericGenerator;
import org.hibernate.annotations.Index;
import org.hibernate.annotations.Parameter;

import java.time.Instant;
import java.util.Date;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Temporal;
import javax.persistence.TemporalType;

@Entity
@Table(name = "LOYALTY_API_KEY")
public class ApiKeyImpl implements ApiKey {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(generator = "LoyaltyApiKeyId")
    @GenericGenerator(
            name = "LoyaltyApiKeyId",
            strategy = "org.broadleafcommerce.common.persistence.IdOverrideTableGenerator",
            parameters = {
                    @Parameter(name = "segment_value", value = "ApiKeyImpl"),
                    @Parameter(name = "entity_name", value = "io.loyaltyclub.api.persistence.ApiKeyImpl")
            })
    @Column(name = "API_KEY_ID")
    protected Long id;

    @Column(name = "NAME", nullable = false, length = 100)
    protected String name;

    @Column(name = "KEY_PREFIX", nullable = false, length = 20, updatable = false)
    @Index(name = "LOYALTY_API_KEY_PREFIX_IX", columnNames = {"KEY_PREFIX"})
    protected String prefix;

    /** SHA-256 of the secret in hex; the secret itself is never stored. */
    @Column(name = "KEY_HASH", nullable = false, unique = true, length = 64, updatable = false)
    protected String keyHash;

    @Column(name = "CREATED_BY", length = 255, updatable = false)
    protected String createdBy;

    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "CREATED_AT", nullable = false, updatable = false)
    protected Date createdAt;

    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "EXPIRES_AT", updatable = false)
    protected Date expiresAt;

    /** The one-time token of the admin form that created the key: the same form posted twice creates one key. */
    @Column(name = "FORM_TOKEN", unique = true, length = 64, updatable = false)
    protected String formToken;

    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "REVOKED_AT")
    protected Date revokedAt;

    @Column(name = "REVOKED_BY", length = 255)
    protected String revokedBy;

    protected ApiKeyImpl() {
    }

    public ApiKeyImpl(String name, String prefix, String keyHash, String createdBy, Date createdAt, Date expiresAt) {
        this.name = name;
        this.prefix = prefix;
        this.keyHash = keyHash;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    /**
     * A copy no EntityManager knows, with what identifies and refuses the key (its id, prefix, hash, expiry and
     * revocation, never a secret: none is stored), to be kept in memory and shared between threads.
     */
    public ApiKeyImpl detachedCopy() {
        ApiKeyImpl copy = new ApiKeyImpl(name, prefix, keyHash, createdBy, copyOf(createdAt), copyOf(expiresAt));
        copy.id = id;
        copy.formToken = formToken;
        copy.revokedAt = copyOf(revokedAt);
        copy.revokedBy = revokedBy;
        return copy;
    }

    private static Date copyOf(Date date) {
        return date == null ? null : new Date(date.getTime());
    }

    public ApiKeyImpl fromForm(String token) {
        this.formToken = token;
        return this;
    }

    public void revoke(Date at, String by) {
        if (revokedAt == null) {
            revokedAt = at;
            revokedBy = by;
        }
    }

    @Override
    public ApiKeyState stateAt(Instant now) {
        return ApiKeyState.of(revokedAt == null ? null : revokedAt.toInstant(),
                expiresAt == null ? null : expiresAt.toInstant(), now);
    }

    @Override
    public Long getId() {
        return id;
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public String getPrefix() {
        return prefix;
    }

    @Override
    public String getKeyHash() {
        return keyHash;
    }

    @Override
    public String getCreatedBy() {
        return createdBy;
    }

    @Override
    public Date getCreatedAt() {
        return createdAt;
    }

    @Override
    public Date getExpiresAt() {
        return expiresAt;
    }

    @Override
    public Date getRevokedAt() {
        return revokedAt;
    }

    @Override
    public String getRevokedBy() {
        return revokedBy;
    }
}
