package io.loyaltyclub.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.loyaltyclub.ledger.domain.Balance;
import io.loyaltyclub.ledger.service.LoyaltyLedgerService;
import io.loyaltyclub.member.persistence.LoyaltyAccount;
import io.loyaltyclub.member.persistence.LoyaltyAccountImpl;
import io.loyaltyclub.member.service.MembershipService;
import io.loyaltyclub.platform.LoyaltyClock;
import io.loyaltyclub.programme.persistence.LoyaltyProgram;
import io.loyaltyclub.programme.service.LoyaltyProgramService;
import io.loyaltyclub.tier.persistence.LoyaltyTier;
import io.loyaltyclub.tier.persistence.LoyaltyTierImpl;
import io.loyaltyclub.tier.persistence.TierDao;
import io.loyaltyclub.tier.service.TierService;
import org.broadleafcommerce.profile.core.domain.Customer;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * The loyalty club inside the harness: its services, its clock, members for tests, and the programme settings
 * a test needs (put back to the spec's defaults by {@link #reset()}).
 */
public final class Club {

    private final BroadleafHarness broadleaf;

    Club(BroadleafHarness broadleaf) {
        this.broadleaf = broadleaf;
    }

    public LoyaltyClock clock() {
        return broadleaf.bean("loyaltyClock", LoyaltyClock.class);
    }

    public LoyaltyLedgerService ledger() {
        return broadleaf.bean("loyaltyLedgerService", LoyaltyLedgerService.class);
    }

    public MembershipService memberships() {
        return broadleaf.bean("loyaltyMembershipService", MembershipService.class);
    }

    public io.loyaltyclub.earning.service.OrderEarningService earnings() {
        return broadleaf.bean("loyaltyOrderEarningService", io.loyaltyclub.earning.service.OrderEarningService.class);
    }

    public io.loyaltyclub.redeeming.service.PointsPaymentService pointsPayments() {
        return broadleaf.bean("loyaltyPointsPaymentService", io.loyaltyclub.redeeming.service.PointsPaymentService.class);
    }

    /** Gives the member {@code points} available at once (an admin adjustment), for tests that spend points. */
    public void give(long accountId, long points) {
        ledger().adjust(accountId, points, io.loyaltyclub.ledger.service.EntrySource.admin("test", "Points for a test"),
                "test-give:" + accountId + ":" + System.nanoTime());
    }

    public LoyaltyProgramService programmes() {
        return broadleaf.bean("loyaltyProgramService", LoyaltyProgramService.class);
    }

    /** A new customer who joined the club (with the welcome bonus the programme gives). */
    public LoyaltyAccount newMember(String name) {
        Customer customer = broadleaf.shop().customer(name);
        return join(customer);
    }

    public LoyaltyAccount join(Customer customer) {
        String terms = programmes().findProgramme().getTermsVersion();
        return memberships().join(customer.getId(), terms, false).getAccount();
    }

    /** A tier with this code, rank and earn multiplier, made if missing (tests of what tiers change). */
    public LoyaltyTier tier(String code, int rank, String earnMultiplier) {
        return broadleaf.inTransaction(() -> {
            TierDao dao =
                    broadleaf.bean("loyaltyTierDao", TierDao.class);
            LoyaltyTier tier = dao.findByCode(code);
            if (tier == null) {
                tier = new LoyaltyTierImpl();
                tier.setCode(code);
            }
            tier.setName(code.substring(0, 1) + code.substring(1).toLowerCase(Locale.ROOT));
            tier.setRank(rank);
            tier.setEarnMultiplier(new BigDecimal(earnMultiplier));
            tier.setActive(true);
            return dao.save(tier);
        });
    }

    /** Puts the member in the tier with this code (null: no tier), as the tier service would. */
    public void setTier(long accountId, String code) {
        broadleaf.inTransaction(() -> {
            broadleaf.entityManager().find(LoyaltyAccountImpl.class, accountId)
                    .setTierCode(code);
            return null;
        });
    }

    /** A tier reached by qualifying: points earned or money spent in the period, and its reward. */
    public LoyaltyTier qualifyingTier(String code, int rank, Long points, String amount, long welcomePoints) {
        return broadleaf.inTransaction(() -> {
            TierDao dao = broadleaf.bean("loyaltyTierDao", TierDao.class);
            LoyaltyTier tier = dao.findByCode(code);
            if (tier == null) {
                tier = new LoyaltyTierImpl();
                tier.setCode(code);
            }
            tier.setName(code.substring(0, 1) + code.substring(1).toLowerCase(Locale.ROOT));
            tier.setRank(rank);
            tier.setEarnMultiplier(BigDecimal.ONE);
            tier.setPointsToQualify(points);
            tier.setAmountToQualify(amount == null ? null : new BigDecimal(amount));
            tier.setWelcomePoints(welcomePoints);
            tier.setActive(true);
            return dao.save(tier);
        });
    }

    public io.loyaltyclub.tier.service.TierQualificationService tierQualification() {
        return broadleaf.bean("loyaltyTierQualificationService", io.loyaltyclub.tier.service.TierQualificationService.class);
    }

    /** The member's tier code as the rest of the club reads it. */
    public String tierCodeOf(long accountId) {
        return memberships().findAccount(accountId).getTierCode();
    }

    public TierService tiers() {
        return broadleaf.bean("loyaltyTierService", TierService.class);
    }

    public io.loyaltyclub.action.service.ActionRewards actions() {
        return broadleaf.bean("loyaltyActionRewards", io.loyaltyclub.action.service.ActionRewards.class);
    }

    /**
     * Rewards the action with {@code points}, with these caps (null: none), switched on; {@link #reset()} switches
     * every action off again.
     */
    public void actionRule(io.loyaltyclub.action.domain.ActionType type, long points, Integer perDay,
                           Integer perMonth, Integer perYear, Integer lifetime) {
        io.loyaltyclub.action.persistence.ActionRule rule = actions().rule(type);
        rule.setPoints(points);
        rule.setPerDay(perDay);
        rule.setPerMonth(perMonth);
        rule.setPerYear(perYear);
        rule.setLifetime(lifetime);
        rule.setActive(true);
        actions().saveRule(rule);
    }

    /** Changes programme settings for a test; {@link #reset()} puts the defaults back. */
    public void configure(Consumer<LoyaltyProgram> change) {
        LoyaltyProgram programme = programmes().findProgramme();
        change.accept(programme);
        programmes().save(programme);
    }

    /** The system clock and the spec's default numbers again, for the next test. */
    public void reset() {
        clock().reset();
        configure(p -> {
            p.setActive(true);
            p.setPointsPerCurrencyUnit(BigDecimal.ONE);
            p.setPointsPerCurrencyUnitRedeemed(100L);
            p.setPendingDays(14);
            p.setExpiryPolicy("MONTHS_AFTER_EARNING");
            p.setExpiryMonths(24);
            p.setMinimumRedemptionPoints(100L);
            p.setMaximumOrderSharePercent(50);
            p.setWelcomeBonusPoints(100L);
            p.setRestoreGraceDays(30);
            p.setTimeZone("UTC");
            p.setTierBasis("POINTS_EARNED");
            p.setTierPeriod("ROLLING_12_MONTHS");
        });
        // Action rewards are off unless a test switches one on.
        for (io.loyaltyclub.action.persistence.ActionRule rule : actions().rules()) {
            if (rule.isActive()) {
                rule.setActive(false);
                actions().saveRule(rule);
            }
        }
        // Tiers members reach by qualifying would move other tests' members: switched off after each test.
        broadleaf.inTransaction(() -> {
            for (LoyaltyTier tier : broadleaf.bean("loyaltyTierDao", TierDao.class).findAll()) {
                if (tier.isActive() && (tier.getPointsToQualify() != null || tier.getAmountToQualify() != null)) {
                    tier.setActive(false);
                    broadleaf.entityManager().merge(tier);
                }
            }
            return null;
        });
    }

    /**
     * Checks the ledger invariants of the account: balance = sum of entries, nothing negative, and the balance the
     * ledger keeps equal to the one worked out from the lots.
     */
    public Balance assertConsistent(long accountId) {
        Instant now = clock().instant();
        Balance balance = ledger().balanceAt(accountId, now);
        assertThat(balance.getAvailable()).as("available").isNotNegative();
        assertThat(balance.getPending()).as("pending").isNotNegative();
        assertThat(balance.getDebt()).as("debt").isNotNegative();
        assertThat(balance.getNet()).as("available + pending - debt = the sum of all entries")
                .isEqualTo(ledger().sumOfEntries(accountId));
        assertThat(balance).as("the balance the ledger keeps = the balance worked out from the lots")
                .usingRecursiveComparison().isEqualTo(ledger().balanceFromLots(accountId, now));
        return balance;
    }
}
