package io.loyaltyclub.api.persistence;

import org.hibernate.annotations.GenericGenerator;
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
import javax.persistence.UniqueConstraint;

/**
 * The first successful answer to a POST under one API key and one {@code Idempotency-Key}: what the request was
 * (its fingerprint) and what it got (status and body), so that a retry gets the same answer and a different request
 * under the same key is refused. Unique per API key and idempotency key: of two requests at once, one records.
 */
@Entity
@Table(name = "LOYALTY_API_REQUEST",
        uniqueConstraints = @UniqueConstraint(name = "LOYALTY_API_REQUEST_UQ", columnNames = {"API_KEY_ID", "IDEMPOTENCY_KEY"}))
public class ApiRequestImpl implements Serializable {

    private static final long serialVersionUID = 1L;

    /**
     * The longest answer that can be kept, in characters. The API refuses control characters and bounds every text
     * it takes (reason 1,000, reference 255), so its longest answer stays well below this (ApiJsonTest proves it);
     * a larger column would need a migration of existing databases, which Hibernate's schema update does not do.
     */
    public static final int MAX_RESPONSE_BODY = 4000;

    @Id
    @GeneratedValue(generator = "LoyaltyApiRequestId")
    @GenericGenerator(
            name = "LoyaltyApiRequestId",
            strategy = "org.broadleafcommerce.common.persistence.IdOverrideTableGenerator",
            parameters = {
                    @Parameter(name = "segment_value", value = "ApiRequestImpl"),
                    @Parameter(name = "entity_name", value = "io.loyaltyclub.api.persistence.ApiRequestImpl")
            })
    @Column(name = "API_REQUEST_ID")
    protected Long id;

    @Column(name = "API_KEY_ID", nullable = false, updatable = false)
    protected Long apiKeyId;

    @Column(name = "IDEMPOTENCY_KEY", nullable = false, length = 100, updatable = false)
    protected String idempotencyKey;

    @Column(name = "FINGERPRINT", nullable = false, length = 64, updatable = false)
    protected String fingerprint;

    @Column(name = "STATUS", nullable = false, updatable = false)
    protected int status;

    @Column(name = "RESPONSE_BODY", nullable = false, length = MAX_RESPONSE_BODY, updatable = false)
    protected String responseBody;

    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "CREATED_AT", nullable = false, updatable = false)
    protected Date createdAt;

    protected ApiRequestImpl() {
    }

    public ApiRequestImpl(Long apiKeyId, String idempotencyKey, String fingerprint, int status, String responseBody,
                          Date createdAt) {
        this.apiKeyId = apiKeyId;
        this.idempotencyKey = idempotencyKey;
        this.fingerprint = fingerprint;
        this.status = status;
        this.responseBody = responseBody;
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public Long getApiKeyId() {
        return apiKeyId;
    }

    public String getIdempotencyKey() {
        return idempotencyKey;
    }

    public String getFingerprint() {
        return fingerprint;
    }

    public int getStatus() {
        return status;
    }

    public String getResponseBody() {
        return responseBody;
    }

    public Date getCreatedAt() {
        return createdAt;
    }
}
