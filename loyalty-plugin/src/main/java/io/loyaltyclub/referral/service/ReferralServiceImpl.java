package io.loyaltyclub.referral.service;

import io.loyaltyclub.platform.AfterCommit;
import io.loyaltyclub.ledger.domain.EntryReason;
import io.loyaltyclub.ledger.service.EntrySource;
import io.loyaltyclub.ledger.service.LoyaltyLedgerService;
import io.loyaltyclub.member.persistence.LoyaltyAccount;
import io.loyaltyclub.member.service.MembershipService;
import io.loyaltyclub.platform.Transactions;
import io.loyaltyclub.programme.domain.ProgrammeRules;
import io.loyaltyclub.programme.service.LoyaltyProgramService;
import io.loyaltyclub.referral.domain.EmailIdentity;
import io.loyaltyclub.referral.domain.FriendName;
import io.loyaltyclub.referral.domain.PostalAddress;
import io.loyaltyclub.referral.domain.ReferralCodes;
import io.loyaltyclub.referral.domain.ReferralScreening;
import io.loyaltyclub.referral.domain.ReferralState;
import io.loyaltyclub.referral.domain.RefusalReason;
import io.loyaltyclub.referral.persistence.ReferralCodeImpl;
import io.loyaltyclub.referral.persistence.ReferralDao;
import io.loyaltyclub.referral.persistence.ReferralImpl;
import io.loyaltyclub.referral.persistence.ReferralSettings;
import io.loyaltyclub.referral.persistence.ReferralSettingsImpl;
import io.loyaltyclub.returns.service.OrderReturnService;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.broadleafcommerce.core.order.service.type.OrderStatus;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.core.service.CustomerService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionCallback;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.Random;
import java.util.Set;
import javax.annotation.PostConstruct;
import javax.annotation.Resource;

@Service("loyaltyReferralService")
public class ReferralServiceImpl implements ReferralService {

    private static final Log LOG = LogFactory.getLog(ReferralServiceImpl.class);
    private static final int CODE_ATTEMPTS = 10;

    @Resource(name = "loyaltyReferralDao")
    protected ReferralDao dao;

    @Resource(name = "loyaltyLedgerService")
    protected LoyaltyLedgerService ledger;

    @Resource(name = "loyaltyMembershipService")
    protected MembershipService memberships;

    @Resource(name = "loyaltyProgramService")
    protected LoyaltyProgramService programmes;

    @Resource(name = "loyaltyOrderReturnService")
    protected OrderReturnService returns;

    @Resource(name = "blCustomerService")
    protected CustomerService customers;

    @Resource(name = "loyaltyClock")
    protected Clock clock;

    @Resource(name = "blTransactionManager")
    protected PlatformTransactionManager transactionManager;

    @Autowired(required = false)
    protected List<ReferralListener> listeners = Collections.emptyList();

    protected Transactions transactions;
    private final Random random = new SecureRandom();

    @PostConstruct
    public void init() {
        transactions = new Transactions(transactionManager);
    }

    /** The ledger key of the friend's welcome reward of a referral. */
    public static String friendKey(long referralId) {
        return "referral-friend:" + referralId;
    }

    /** The ledger key of the advocate's reward of a referral. */
    public static String advocateKey(long referralId) {
        return "referral-advocate:" + referralId;
    }

    @Override
    public ReferralSettings settings() {
        return transactions.run(new TransactionCallback<ReferralSettings>() {
            @Override
            public ReferralSettings doInTransaction(TransactionStatus status) {
                ReferralSettings settings = dao.findSettings();
                return settings != null ? settings : dao.saveSettings(new ReferralSettingsImpl());
            }
        });
    }

    @Override
    public ReferralSettings saveSettings(final ReferralSettings settings) {
        return transactions.run(new TransactionCallback<ReferralSettings>() {
            @Override
            public ReferralSettings doInTransaction(TransactionStatus status) {
                return dao.saveSettings(settings);
            }
        });
    }

    @Override
    public String codeOf(final long accountId) {
        for (int attempt = 1; ; attempt++) {
            try {
                return transactions.run(new TransactionCallback<String>() {
                    @Override
                    public String doInTransaction(TransactionStatus status) {
                        ReferralCodeImpl existing = dao.findCode(accountId);
                        if (existing != null) {
                            return existing.getCode();
                        }
                        ReferralCodeImpl made = dao.saveCode(new ReferralCodeImpl(accountId,
                                ReferralCodes.generate(random), Date.from(clock.instant())));
                        dao.flush();
                        return made.getCode();
                    }
                });
            } catch (RuntimeException e) {
                // Two requests made a code at once, or (rarely) a code already taken: look again with a new one.
                if (attempt >= CODE_ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    @Override
    public Advocate advocateOf(String text) {
        final String code = ReferralCodes.normalise(text);
        if (code == null) {
            return null;
        }
        return transactions.run(new TransactionCallback<Advocate>() {
            @Override
            public Advocate doInTransaction(TransactionStatus status) {
                ReferralCodeImpl found = dao.findByCode(code);
                if (found == null) {
                    return null;
                }
                LoyaltyAccount account = memberships.findAccount(found.getAccountId());
                if (account == null || !account.isActive()) {
                    return null;
                }
                Customer customer = customers.readCustomerById(account.getCustomerId());
                return new Advocate(account.getId(), account.getCustomerId(), code,
                        customer == null ? null : customer.getFirstName());
            }
        });
    }

    @Override
    public ReferralImpl friendRegistered(final long friendCustomerId, final String text) {
        final ReferralSettings settings = settings();
        if (!settings.isActive()) {
            return null;
        }
        final Advocate advocate = advocateOf(text);
        if (advocate == null) {
            return null;
        }
        return transactions.run(new TransactionCallback<ReferralImpl>() {
            @Override
            public ReferralImpl doInTransaction(TransactionStatus status) {
                ReferralImpl existing = dao.findByFriend(friendCustomerId);
                if (existing != null) {
                    return existing;
                }
                // The advocate's account row, locked: two friends registering at once are counted one after the other.
                ledger.lockAccount(advocate.getAccountId());
                existing = dao.findByFriend(friendCustomerId);
                if (existing != null) {
                    return existing;
                }
                Customer friend = customers.readCustomerById(friendCustomerId);
                Customer advocateCustomer = customers.readCustomerById(advocate.getCustomerId());
                if (friend == null) {
                    throw new IllegalArgumentException("There is no customer " + friendCustomerId);
                }
                Instant now = clock.instant();
                ZoneId zone = programmes.findProgramme().toRules().zone();
                LocalDate month = now.atZone(zone).toLocalDate().withDayOfMonth(1);
                long thisMonth = dao.countCounting(advocate.getAccountId(),
                        Date.from(month.atStartOfDay(zone).toInstant()),
                        Date.from(month.plusMonths(1).atStartOfDay(zone).toInstant()));
                String mailbox = EmailIdentity.of(friend.getEmailAddress());
                boolean knownBefore = dao.hasOrders(friendCustomerId) || (mailbox != null
                        && dao.mailboxKnown(mailbox, EmailIdentity.domainsOf(friend.getEmailAddress()), friendCustomerId));
                RefusalReason refusal = ReferralScreening.atRegistration(advocate.getCustomerId(),
                        advocateCustomer == null ? null : advocateCustomer.getEmailAddress(), friendCustomerId,
                        friend.getEmailAddress(), knownBefore, settings.getMonthlyCap(), thisMonth);
                ReferralImpl referral = new ReferralImpl(advocate.getAccountId(), advocate.getCustomerId(),
                        friendCustomerId, friend.getEmailAddress(), friend.getFirstName(), advocate.getCode(),
                        Date.from(now));
                if (refusal != null) {
                    referral.refuse(refusal);
                }
                referral = dao.save(referral);
                // A second registration event for the same friend fails here on the unique friend; it is run again
                // and then finds this referral.
                dao.flush();
                if (refusal == null) {
                    payFriend(referral, settings, advocateCustomer, now);
                }
                return referral;
            }
        });
    }

    @Override
    public ReferralImpl findByFriend(final long friendCustomerId) {
        return transactions.run(new TransactionCallback<ReferralImpl>() {
            @Override
            public ReferralImpl doInTransaction(TransactionStatus status) {
                return dao.findByFriend(friendCustomerId);
            }
        });
    }

    @Override
    public ReferralImpl find(final long referralId) {
        return transactions.run(new TransactionCallback<ReferralImpl>() {
            @Override
            public ReferralImpl doInTransaction(TransactionStatus status) {
                return dao.find(referralId);
            }
        });
    }

    @Override
    public ReferralImpl firstOrderPlaced(final long friendCustomerId) {
        return transactions.run(new TransactionCallback<ReferralImpl>() {
            @Override
            public ReferralImpl doInTransaction(TransactionStatus status) {
                ReferralImpl found = dao.findByFriend(friendCustomerId);
                if (found == null || found.getFirstOrderId() != null) {
                    return found;
                }
                ReferralImpl referral = dao.lock(found.getId());
                if (referral.getFirstOrderId() != null) {
                    return referral;
                }
                Object[] first = dao.firstOrder(friendCustomerId);
                if (first == null) {
                    return referral;
                }
                long orderId = ((Number) first[0]).longValue();
                Date submitted = first[2] != null ? (Date) first[2] : Date.from(clock.instant());
                ProgrammeRules rules = programmes.findProgramme().toRules();
                referral.ordered(orderId, (String) first[1], submitted, Date.from(
                        returns.pendingPeriodEnd(orderId, rules.availableAt(submitted.toInstant()))));
                if (referral.getState() == ReferralState.ORDERED && !referral.isApprovedByAdmin()) {
                    Set<PostalAddress> shippedTo = dao.addressesOfOrder(orderId);
                    shippedTo.retainAll(dao.addressesOf(referral.getAdvocateCustomerId()));
                    if (!shippedTo.isEmpty()) {
                        referral.refuse(RefusalReason.SAME_ADDRESS);
                    }
                }
                return dao.save(referral);
            }
        });
    }

    @Override
    public ReferralImpl rewardFriend(final long referralId) {
        final ReferralSettings settings = settings();
        return transactions.run(new TransactionCallback<ReferralImpl>() {
            @Override
            public ReferralImpl doInTransaction(TransactionStatus status) {
                ReferralImpl referral = dao.lock(referralId);
                if (referral == null || referral.getState() == ReferralState.REFUSED
                        || referral.getFriendRewardedAt() != null) {
                    return referral;
                }
                payFriend(referral, settings, customers.readCustomerById(referral.getAdvocateCustomerId()),
                        clock.instant());
                return dao.save(referral);
            }
        });
    }

    @Override
    public ReferralImpl settle(final long referralId) {
        final ReferralSettings settings = settings();
        final List<ReferralImpl> rewarded = new ArrayList<ReferralImpl>();
        ReferralImpl result = transactions.run(new TransactionCallback<ReferralImpl>() {
            @Override
            public ReferralImpl doInTransaction(TransactionStatus status) {
                rewarded.clear();
                ReferralImpl referral = dao.lock(referralId);
                Instant now = clock.instant();
                // Due when the first order is past its pending period: the day set when it was placed, or earlier when
                // an admin ended its return window since.
                if (referral == null || referral.getState() != ReferralState.ORDERED
                        || referral.getRewardDueAt() == null || returns.pendingPeriodEnd(referral.getFirstOrderId(),
                        referral.getRewardDueAt().toInstant()).isAfter(now)) {
                    return referral;
                }
                RefusalReason refusal = firstOrderRefusal(referral);
                if (refusal != null) {
                    referral.refuse(refusal);
                    return dao.save(referral);
                }
                if (payAdvocate(referral, settings, now)) {
                    rewarded.add(referral);
                }
                return dao.save(referral);
            }
        });
        tell(rewarded);
        return result;
    }

    @Override
    public List<Long> awaitingFirstOrder(final long afterId, final int limit) {
        return transactions.run(new TransactionCallback<List<Long>>() {
            @Override
            public List<Long> doInTransaction(TransactionStatus status) {
                return dao.awaitingFirstOrder(afterId, limit);
            }
        });
    }

    @Override
    public List<Long> awaitingFriendReward(final long afterId, final int limit) {
        return transactions.run(new TransactionCallback<List<Long>>() {
            @Override
            public List<Long> doInTransaction(TransactionStatus status) {
                return dao.awaitingFriendReward(afterId, limit);
            }
        });
    }

    @Override
    public List<Long> dueForAdvocateReward(final int limit) {
        return transactions.run(new TransactionCallback<List<Long>>() {
            @Override
            public List<Long> doInTransaction(TransactionStatus status) {
                return dao.dueForAdvocateReward(Date.from(clock.instant()), limit);
            }
        });
    }

    @Override
    public List<ReferralImpl> referralsOf(final long advocateAccountId, final int limit) {
        return transactions.run(new TransactionCallback<List<ReferralImpl>>() {
            @Override
            public List<ReferralImpl> doInTransaction(TransactionStatus status) {
                return dao.ofAdvocate(advocateAccountId, limit);
            }
        });
    }

    @Override
    public List<ReferralImpl> list(final Collection<ReferralState> states, final int page, final int pageSize) {
        return transactions.run(new TransactionCallback<List<ReferralImpl>>() {
            @Override
            public List<ReferralImpl> doInTransaction(TransactionStatus status) {
                return dao.list(states, Math.max(0, page) * pageSize, pageSize);
            }
        });
    }

    @Override
    public long count(final Collection<ReferralState> states) {
        return transactions.run(new TransactionCallback<Long>() {
            @Override
            public Long doInTransaction(TransactionStatus status) {
                return dao.count(states);
            }
        });
    }

    @Override
    public ReferralImpl approve(final long referralId, final int seenVersion, final String adminUser,
                                final String note) {
        requireDecision(adminUser, note);
        final ReferralSettings settings = settings();
        final List<ReferralImpl> rewarded = new ArrayList<ReferralImpl>();
        ReferralImpl result = transactions.run(new TransactionCallback<ReferralImpl>() {
            @Override
            public ReferralImpl doInTransaction(TransactionStatus status) {
                rewarded.clear();
                ReferralImpl referral = current(referralId, seenVersion);
                if (referral.getState() != ReferralState.REFUSED) {
                    throw new ReferralDecisionException("Only a refused referral can be approved; this one is "
                            + referral.getState().name().toLowerCase() + ". Nothing changed.", false);
                }
                RefusalReason lifted = referral.getRefusalReason();
                Instant now = clock.instant();
                referral.approve(adminUser, note.trim(), Date.from(now));
                if (referral.getFriendRewardedAt() == null) {
                    payFriend(referral, settings, customers.readCustomerById(referral.getAdvocateCustomerId()), now);
                }
                // A refusal about the first order itself is lifted with the reward; other refusals go back to the
                // usual way (the reward once the first order has passed its pending period, cancellations checked).
                boolean aboutTheOrder = lifted == RefusalReason.FIRST_ORDER_CANCELLED
                        || lifted == RefusalReason.FIRST_ORDER_RETURNED || lifted == RefusalReason.ADVOCATE_NOT_ACTIVE;
                if (aboutTheOrder && referral.getFirstOrderId() != null) {
                    if (!payAdvocate(referral, settings, now)) {
                        throw new ReferralDecisionException("The advocate's membership is not active, so no reward "
                                + "can be paid. Nothing changed.", false);
                    }
                    rewarded.add(referral);
                }
                return dao.save(referral);
            }
        });
        tell(rewarded);
        return result;
    }

    @Override
    public ReferralImpl reject(final long referralId, final int seenVersion, final String adminUser,
                               final String note) {
        requireDecision(adminUser, note);
        return transactions.run(new TransactionCallback<ReferralImpl>() {
            @Override
            public ReferralImpl doInTransaction(TransactionStatus status) {
                ReferralImpl referral = current(referralId, seenVersion);
                if (referral.getState() == ReferralState.REWARDED) {
                    throw new ReferralDecisionException("The advocate was rewarded already; take the points back "
                            + "with Adjust points on the customer if needed. Nothing changed.", false);
                }
                if (referral.getRefusalReason() == RefusalReason.REJECTED_BY_ADMIN) {
                    throw new ReferralDecisionException("This referral was rejected already. Nothing changed.", false);
                }
                referral.reject(adminUser, note.trim(), Date.from(clock.instant()));
                return dao.save(referral);
            }
        });
    }

    private ReferralImpl current(long referralId, int seenVersion) {
        ReferralImpl referral = dao.lock(referralId);
        if (referral == null) {
            throw new ReferralDecisionException("There is no referral " + referralId + ". Nothing changed.", false);
        }
        if (referral.getVersion() != seenVersion) {
            throw new ReferralDecisionException("The referral changed since the page was shown (it is now "
                    + referral.getState().name().toLowerCase() + "). Nothing changed; look at it again.", true);
        }
        return referral;
    }

    private static void requireDecision(String adminUser, String note) {
        if (adminUser == null || adminUser.trim().isEmpty()) {
            throw new ReferralDecisionException("A decision records the admin user who made it.", false);
        }
        if (note == null || note.trim().isEmpty()) {
            throw new ReferralDecisionException("Write a note saying why. Nothing changed.", false);
        }
        if (note.trim().length() > 1000) {
            throw new ReferralDecisionException("The note is at most 1,000 characters. Nothing changed.", false);
        }
    }

    /** Why the first order pays nothing, or null when it does. */
    private RefusalReason firstOrderRefusal(ReferralImpl referral) {
        if (OrderStatus.CANCELLED.getType().equals(dao.orderStatus(referral.getFirstOrderId()))) {
            return RefusalReason.FIRST_ORDER_CANCELLED;
        }
        if (!returns.returnsOf(referral.getFirstOrderId()).isEmpty()) {
            return RefusalReason.FIRST_ORDER_RETURNED;
        }
        return null;
    }

    /** The friend's welcome reward, when the friend is an active member (else it waits for them to join). */
    private void payFriend(ReferralImpl referral, ReferralSettings settings, Customer advocate, Instant now) {
        LoyaltyAccount friend = memberships.findByCustomer(referral.getFriendCustomerId());
        if (friend == null || !friend.isActive()) {
            return;
        }
        long points = settings.getFriendPoints();
        if (points > 0) {
            ProgrammeRules rules = programmes.findProgramme().toRules();
            ledger.earn(friend.getId(), points, now, rules.expiresAt(now),
                    EntrySource.referral(EntryReason.REFERRAL_FRIEND, advocate == null ? null : advocate.getFirstName()),
                    friendKey(referral.getId()));
        }
        referral.friendRewarded(points, Date.from(now));
    }

    /** The advocate's reward; false (and the referral refused) when the advocate's membership is not active. */
    private boolean payAdvocate(ReferralImpl referral, ReferralSettings settings, Instant now) {
        LoyaltyAccount advocate = memberships.findAccount(referral.getAdvocateAccountId());
        if (advocate == null || !advocate.isActive()) {
            referral.refuse(RefusalReason.ADVOCATE_NOT_ACTIVE);
            return false;
        }
        long points = settings.getAdvocatePoints();
        if (points > 0) {
            ProgrammeRules rules = programmes.findProgramme().toRules();
            ledger.earn(referral.getAdvocateAccountId(), points, now, rules.expiresAt(now),
                    EntrySource.referral(EntryReason.REFERRAL_ADVOCATE,
                            FriendName.of(referral.getFriendName(), referral.getFriendEmail())),
                    advocateKey(referral.getId()));
        }
        referral.advocateRewarded(points, Date.from(now));
        return true;
    }

    /** Tells the listeners of rewards once they are committed. */
    private void tell(final List<ReferralImpl> rewarded) {
        if (rewarded.isEmpty() || listeners.isEmpty()) {
            return;
        }
        AfterCommit.run("the referral rewards", new Runnable() {
            @Override
            public void run() {
                tellNow(rewarded);
            }
        });
    }

    private void tellNow(List<ReferralImpl> rewarded) {
        for (ReferralImpl referral : rewarded) {
            for (ReferralListener listener : listeners) {
                try {
                    listener.advocateRewarded(referral);
                } catch (RuntimeException e) {
                    LOG.error("A referral listener failed on referral " + referral.getId(), e);
                }
            }
        }
    }
}
