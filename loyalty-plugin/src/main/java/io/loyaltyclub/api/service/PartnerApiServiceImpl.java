package io.loyaltyclub.api.service;

import io.loyaltyclub.api.domain.PartnerPoints;
import io.loyaltyclub.api.persistence.ApiDao;
import io.loyaltyclub.api.persistence.ApiKey;
import io.loyaltyclub.api.persistence.ApiRequestImpl;
import io.loyaltyclub.ledger.domain.InsufficientPointsException;
import io.loyaltyclub.ledger.persistence.LedgerEntry;
import io.loyaltyclub.ledger.service.AccountNotActiveException;
import io.loyaltyclub.ledger.service.EntrySource;
import io.loyaltyclub.ledger.service.IdempotencyConflictException;
import io.loyaltyclub.ledger.service.LoyaltyLedgerService;
import io.loyaltyclub.ledger.service.UnknownAccountException;
import io.loyaltyclub.member.persistence.LoyaltyAccount;
import io.loyaltyclub.member.service.ClubClosedException;
import io.loyaltyclub.member.service.MembershipService;
import io.loyaltyclub.member.service.StaleTermsException;
import io.loyaltyclub.platform.Transactions;
import io.loyaltyclub.programme.domain.ProgrammeRules;
import io.loyaltyclub.programme.service.LoyaltyProgramService;
import io.loyaltyclub.tier.persistence.LoyaltyTier;
import io.loyaltyclub.tier.service.TierService;

import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.core.service.CustomerService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.function.Supplier;
import javax.annotation.PostConstruct;
import javax.annotation.Resource;

@Service("loyaltyPartnerApiService")
public class PartnerApiServiceImpl implements PartnerApiService {

    @Resource(name = "loyaltyApiDao")
    protected ApiDao dao;

    @Resource(name = "blCustomerService")
    protected CustomerService customers;

    @Resource(name = "loyaltyTierService")
    protected TierService tiers;

    @Resource(name = "loyaltyMembershipService")
    protected MembershipService memberships;

    @Resource(name = "loyaltyLedgerService")
    protected LoyaltyLedgerService ledger;

    @Resource(name = "loyaltyProgramService")
    protected LoyaltyProgramService programmes;

    @Resource(name = "loyaltyClock")
    protected Clock clock;

    @Resource(name = "blTransactionManager")
    protected PlatformTransactionManager transactionManager;

    protected Transactions transactions;

    @PostConstruct
    public void init() {
        transactions = new Transactions(transactionManager);
    }

    @Override
    public ApiAnswer inOneTransaction(Supplier<ApiAnswer> request) {
        return transactions.run(status -> request.get());
    }

    @Override
    public ApiAnswer once(final ApiKey key, final String idempotencyKey, final String fingerprint,
                          final Supplier<ApiAnswer> work) {
        // In the request's transaction (inOneTransaction): the recorded answer and the change it reports commit
        // together or not at all. A twin running at the same moment waits on the member's row, finds the ledger
        // entry under the same ledger key, and then fails on the unique (API key, idempotency key); its whole request
        // runs again, and this time it finds the recorded answer.
        return transactions.run(status -> {
            ApiRequestImpl earlier = dao.findRequest(key.getId(), idempotencyKey);
            if (earlier != null) {
                if (!earlier.getFingerprint().equals(fingerprint)) {
                    throw ApiRefusal.idempotencyConflict();
                }
                return new ApiAnswer(200, earlier.getResponseBody());
            }
            ApiAnswer answer = work.get();
            dao.record(new ApiRequestImpl(key.getId(), idempotencyKey, fingerprint, answer.getStatus(), answer.getBody(),
                    Date.from(clock.instant())));
            return answer;
        });
    }

    @Override
    public MemberStatement member(final long customerId) {
        return transactions.run(status -> statement(customers.readCustomerById(customerId), false));
    }

    @Override
    public MemberStatement memberByEmail(final String email) {
        return transactions.run(status -> statement(customers.readCustomerByEmail(email), false));
    }

    @Override
    public MemberStatement readOnlyMember(final long customerId) {
        return transactions.run(status -> statement(customers.readCustomerById(customerId), true));
    }

    @Override
    public MemberStatement readOnlyMemberByEmail(final String email) {
        return transactions.run(status -> statement(customers.readCustomerByEmail(email), true));
    }

    private MemberStatement statement(Customer customer, boolean readOnly) {
        if (customer == null) {
            throw ApiRefusal.unknownCustomer();
        }
        if (readOnly) {
            dao.detach(customer);
        }
        LoyaltyAccount account = memberships.findByCustomer(customer.getId());
        LoyaltyTier tier = tiers.tierOf(account);
        return new MemberStatement(customer.getId(), customer.getEmailAddress(), account != null,
                account == null ? null : ledger.balance(account.getId()), tier == null ? null : tier.getCode());
    }

    @Override
    public List<LedgerEntry> ledger(final long customerId, final Long beforeId, final int limit) {
        if (limit < 1 || limit > MAX_LEDGER_LIMIT) {
            throw ApiRefusal.invalid("limit must be a whole number from 1 to " + MAX_LEDGER_LIMIT + ".");
        }
        return transactions.run(status -> ledger.history(account(customerId).getId(), beforeId, limit));
    }

    @Override
    public boolean enrol(final long customerId, boolean acceptTerms, String termsVersion) {
        requireCustomer(customerId);
        if (!acceptTerms) {
            throw new ApiRefusal(422, "terms_not_accepted", "Joining the club means accepting its terms: send \"acceptTerms\": true.");
        }
        try {
            return memberships.join(customerId, termsVersion, false).isJoinedNow();
        } catch (StaleTermsException e) {
            throw new ApiRefusal(422, "stale_terms", "The club's terms are now version " + e.getCurrentVersion()
                    + "; show the customer those and send that version.");
        } catch (ClubClosedException e) {
            throw new ApiRefusal(422, "club_closed", "The loyalty club is not open yet.");
        }
    }

    @Override
    public LedgerEntry earn(ApiKey key, String idempotencyKey, long customerId, long points, String reason,
                            String reference) {
        LoyaltyAccount account = account(customerId);
        if (PartnerPoints.checkEarn(points) != null) {
            throw limitExceeded();
        }
        ProgrammeRules rules = programmes.findProgramme().toRules();
        Instant now = clock.instant();
        try {
            return ledger.earn(account.getId(), points, rules.availableAt(now), rules.expiresAt(now),
                    EntrySource.partner(reason, reference), PartnerApiService.ledgerKey(key, idempotencyKey)).getEntry();
        } catch (RuntimeException e) {
            throw refusalFor(e);
        }
    }

    @Override
    public LedgerEntry redeem(ApiKey key, String idempotencyKey, long customerId, long points, String reason,
                              String reference) {
        LoyaltyAccount account = account(customerId);
        long minimum = Math.max(1, programmes.findProgramme().toRules().getMinimumRedemptionPoints());
        PartnerPoints.Refusal refusal = PartnerPoints.checkRedeem(points, minimum);
        if (refusal == PartnerPoints.Refusal.LIMIT_EXCEEDED) {
            throw limitExceeded();
        }
        if (refusal == PartnerPoints.Refusal.BELOW_MINIMUM) {
            throw new ApiRefusal(422, "below_minimum", "A redemption is at least " + minimum + " points.");
        }
        try {
            return ledger.redeem(account.getId(), points, EntrySource.partner(reason, reference),
                    PartnerApiService.ledgerKey(key, idempotencyKey)).getEntry();
        } catch (RuntimeException e) {
            throw refusalFor(e);
        }
    }

    @Override
    public ZoneId zone() {
        return programmes.findProgramme().toRules().zone();
    }

    private static ApiRefusal limitExceeded() {
        return new ApiRefusal(422, "limit_exceeded", "One request earns or redeems at most "
                + PartnerPoints.MAX_PER_REQUEST + " points.");
    }

    private static RuntimeException refusalFor(RuntimeException e) {
        if (e instanceof InsufficientPointsException) {
            InsufficientPointsException short_ = (InsufficientPointsException) e;
            return ApiRefusal.insufficientPoints(short_.getRequested(), short_.getAvailable());
        }
        if (e instanceof AccountNotActiveException) {
            return ApiRefusal.membershipNotActive(((AccountNotActiveException) e).getStatus().name().toLowerCase());
        }
        if (e instanceof UnknownAccountException) {
            return ApiRefusal.notAMember();
        }
        if (e instanceof IdempotencyConflictException) {
            return ApiRefusal.idempotencyConflict();
        }
        return e;
    }

    private void requireCustomer(long customerId) {
        if (customers.readCustomerById(customerId) == null) {
            throw ApiRefusal.unknownCustomer();
        }
    }

    private LoyaltyAccount account(long customerId) {
        requireCustomer(customerId);
        LoyaltyAccount account = memberships.findByCustomer(customerId);
        if (account == null) {
            throw ApiRefusal.notAMember();
        }
        return account;
    }
}
