package io.loyaltyclub.member.service;

import io.loyaltyclub.coupon.service.MemberCoupons;
import io.loyaltyclub.ledger.domain.EntryReason;
import io.loyaltyclub.ledger.service.EntrySource;
import io.loyaltyclub.ledger.service.LoyaltyLedgerService;
import io.loyaltyclub.member.persistence.LoyaltyAccount;
import io.loyaltyclub.member.persistence.LoyaltyAccountDao;
import io.loyaltyclub.member.persistence.MemberStatus;
import io.loyaltyclub.platform.Transactions;
import io.loyaltyclub.programme.domain.ProgrammeRules;
import io.loyaltyclub.programme.persistence.LoyaltyProgram;
import io.loyaltyclub.programme.service.LoyaltyProgramService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionCallback;

import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import javax.annotation.PostConstruct;
import javax.annotation.Resource;

@Service("loyaltyMembershipService")
public class MembershipServiceImpl implements MembershipService {

    @Resource(name = "loyaltyAccountDao")
    protected LoyaltyAccountDao accounts;

    @Resource(name = "loyaltyLedgerService")
    protected LoyaltyLedgerService ledger;

    @Resource(name = "loyaltyProgramService")
    protected LoyaltyProgramService programmes;

    @Resource(name = "loyaltyMemberCoupons")
    protected MemberCoupons coupons;

    @Resource(name = "loyaltyClock")
    protected Clock clock;

    @Resource(name = "loyaltyNewsletterSignUp")
    protected NewsletterSignUp newsletter;

    @Resource(name = "blTransactionManager")
    protected PlatformTransactionManager transactionManager;

    protected Transactions transactions;

    @PostConstruct
    public void init() {
        transactions = new Transactions(transactionManager);
    }

    /** The key of a member's welcome bonus: one per membership. */
    public static String welcomeKey(long accountId) {
        return "welcome:" + accountId;
    }

    @Override
    public LoyaltyAccount findByCustomer(final long customerId) {
        return transactions.run(new TransactionCallback<LoyaltyAccount>() {
            @Override
            public LoyaltyAccount doInTransaction(TransactionStatus status) {
                return accounts.findByCustomer(customerId);
            }
        });
    }

    @Override
    public LoyaltyAccount findAccount(final long accountId) {
        return transactions.run(new TransactionCallback<LoyaltyAccount>() {
            @Override
            public LoyaltyAccount doInTransaction(TransactionStatus status) {
                return accounts.find(accountId);
            }
        });
    }

    @Override
    public JoinResult join(final long customerId, final String acceptedTermsVersion, final boolean marketingConsent) {
        final LoyaltyProgram programme = programmes.findProgramme();
        if (!programme.isActive()) {
            throw new ClubClosedException();
        }
        final String current = programme.getTermsVersion();
        JoinResult result = transactions.run(new TransactionCallback<JoinResult>() {
            @Override
            public JoinResult doInTransaction(TransactionStatus status) {
                LoyaltyAccount existing = accounts.findByCustomer(customerId);
                if (existing != null) {
                    return new JoinResult(existing, false, 0);
                }
                if (acceptedTermsVersion == null || !acceptedTermsVersion.equals(current)) {
                    throw new StaleTermsException(acceptedTermsVersion, current);
                }
                Instant now = clock.instant();
                LoyaltyAccount account = accounts.create();
                account.setCustomerId(customerId);
                account.setStatus(MemberStatus.ACTIVE);
                account.setJoinedAt(Date.from(now));
                account.setTermsVersion(current);
                account.setMarketingConsent(marketingConsent);
                account.setConsentChangedAt(marketingConsent ? Date.from(now) : null);
                account = accounts.save(account);
                // A second request for the same customer fails here on the unique customer; it is run again
                // and then finds this membership.
                accounts.flush();
                ProgrammeRules rules = programme.toRules();
                long welcome = rules.getWelcomeBonusPoints();
                if (welcome > 0) {
                    ledger.earn(account.getId(), welcome, now, rules.expiresAt(now), EntrySource.of(EntryReason.WELCOME),
                            welcomeKey(account.getId()));
                }
                coupons.joined(account, now);
                return new JoinResult(account, true, welcome);
            }
        });
        if (result.isJoinedNow() && result.getAccount().isMarketingConsent()) {
            newsletter.signedUp(result.getAccount().getId());
        }
        return result;
    }

    @Override
    public LoyaltyAccount changeMarketingConsent(final long customerId, final boolean consent) {
        LoyaltyAccount changed = transactions.run(new TransactionCallback<LoyaltyAccount>() {
            @Override
            public LoyaltyAccount doInTransaction(TransactionStatus status) {
                LoyaltyAccount account = accounts.findByCustomer(customerId);
                if (account == null) {
                    return null;
                }
                if (account.isMarketingConsent() != consent) {
                    account.setMarketingConsent(consent);
                    account.setConsentChangedAt(Date.from(clock.instant()));
                }
                return accounts.save(account);
            }
        });
        if (changed != null && changed.isMarketingConsent()) {
            newsletter.signedUp(changed.getId());
        }
        return changed;
    }
}
