package io.loyaltyclub.api.service;

import io.loyaltyclub.api.persistence.ApiKey;
import io.loyaltyclub.ledger.persistence.LedgerEntry;

import java.time.ZoneId;
import java.util.List;
import java.util.function.Supplier;

/**
 * What the loyalty API does (loyalty spec, section 12; docs/api-contract.md), without HTTP: read a customer's
 * membership and ledger, enrol them, earn and redeem points for a partner. Refusals are {@link ApiRefusal}s.
 */
public interface PartnerApiService {

    /** Ledger entries one request returns at most. */
    int MAX_LEDGER_LIMIT = 100;

    /**
     * Runs one API request in one database transaction, on one connection: the key's authentication, the idempotency
     * record, the posting and the stored answer of a POST commit together; a GET reads in one transaction. When the
     * database refuses the transaction for a conflict with another (a twin sent at the same moment), the whole
     * request runs again, so {@code request} must be safe to repeat; a refusal ({@link ApiRefusal}) changes nothing.
     */
    ApiAnswer inOneTransaction(Supplier<ApiAnswer> request);

    /**
     * Runs a POST once per API key and idempotency key, in one transaction with what it changes: the first time,
     * {@code work} runs and its answer is recorded with the request's fingerprint; later, the recorded answer is
     * given again with status 200, or, for a request with another fingerprint, {@code 409 idempotency_conflict}.
     * A refused request records nothing and changes nothing, so it can be sent again.
     */
    ApiAnswer once(ApiKey key, String idempotencyKey, String fingerprint, Supplier<ApiAnswer> work);

    MemberStatement member(long customerId);

    MemberStatement memberByEmail(String email);

    /**
     * {@link #member}, for a request that changes nothing (the GETs): Broadleaf's customer, once read, is left out of
     * the transaction's persistence context, so that Hibernate's flushes (before the membership's and the balance's
     * queries, and at commit) do not walk it and its associations. Not for a transaction that changed the customer.
     */
    MemberStatement readOnlyMember(long customerId);

    /** {@link #memberByEmail}, for a request that changes nothing, as {@link #readOnlyMember}. */
    MemberStatement readOnlyMemberByEmail(String email);

    /** The member's entries, newest first, older than {@code beforeId} when given. */
    List<LedgerEntry> ledger(long customerId, Long beforeId, int limit);

    /**
     * Makes the customer a member, accepting the current terms.
     *
     * @return true when the customer joined now, false when they were a member already
     */
    boolean enrol(long customerId, boolean acceptTerms, String termsVersion);

    /** Credits points earned at the partner, pending for the programme's pending days like points on orders. */
    LedgerEntry earn(ApiKey key, String idempotencyKey, long customerId, long points, String reason, String reference);

    /** Spends the member's available points at the partner. */
    LedgerEntry redeem(ApiKey key, String idempotencyKey, long customerId, long points, String reason, String reference);

    /** The store's time zone, which dates are given in. */
    ZoneId zone();

    /** The ledger's idempotency key for a partner's posting: one per API key and idempotency key. */
    static String ledgerKey(ApiKey key, String idempotencyKey) {
        return "api:" + key.getId() + ":" + idempotencyKey;
    }
}
