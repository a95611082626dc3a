package io.loyaltyclub.birthday.service;

import io.loyaltyclub.action.domain.ActionType;
import io.loyaltyclub.action.domain.GrantOutcome;
import io.loyaltyclub.action.persistence.ActionGrantImpl;
import io.loyaltyclub.action.service.ActionGrantResult;
import io.loyaltyclub.action.service.ActionRewards;
import io.loyaltyclub.birthday.domain.BirthdayRule;
import io.loyaltyclub.birthday.persistence.BirthdayDao;
import io.loyaltyclub.birthday.persistence.BirthdayImpl;
import io.loyaltyclub.ledger.service.LoyaltyLedgerService;
import io.loyaltyclub.platform.Transactions;
import io.loyaltyclub.programme.service.LoyaltyProgramService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionCallback;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import javax.annotation.PostConstruct;
import javax.annotation.Resource;

@Service("loyaltyBirthdayService")
public class BirthdayServiceImpl implements BirthdayService {

    /** The occurrence of the profile-completed reward: the first birth date given. */
    public static final String PROFILE_OCCURRENCE = "birth-date";

    @Resource(name = "loyaltyBirthdayDao")
    protected BirthdayDao dao;

    @Resource(name = "loyaltyActionRewards")
    protected ActionRewards rewards;

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

    /** The occurrence of a year's birthday reward. */
    public static String birthdayOccurrence(int year) {
        return "year:" + year;
    }

    @Override
    public BirthdayImpl birthdayOf(final long accountId) {
        return transactions.run(new TransactionCallback<BirthdayImpl>() {
            @Override
            public BirthdayImpl doInTransaction(TransactionStatus status) {
                return dao.find(accountId);
            }
        });
    }

    @Override
    public BirthDateChange setBirthDate(final long accountId, final LocalDate birthDate) {
        if (birthDate == null) {
            throw new IllegalArgumentException("A birth date is needed");
        }
        final ZoneId zone = zone();
        return transactions.run(new TransactionCallback<BirthDateChange>() {
            @Override
            public BirthDateChange doInTransaction(TransactionStatus status) {
                Instant now = clock.instant();
                LocalDate today = now.atZone(zone).toLocalDate();
                String problem = BirthdayRule.problem(birthDate, today);
                if (problem != null) {
                    return new BirthDateChange(BirthDateChange.Kind.REFUSED, problem, 0, null);
                }
                // One change of this member at a time (a double submit, two tabs): the member's account lock.
                ledger.lockAccount(accountId);
                BirthdayImpl birthday = dao.find(accountId);
                if (birthday != null && birthday.getBirthDate().equals(birthDate)) {
                    return new BirthDateChange(BirthDateChange.Kind.UNCHANGED, null, birthday.getFirstRewardYear(),
                            null);
                }
                if (birthday == null) {
                    birthday = new BirthdayImpl(accountId);
                    birthday.setBirthDate(birthDate);
                    birthday.setChangedAt(Date.from(now));
                    birthday.setFirstRewardYear(BirthdayRule.firstRewardYear(birthday.getBirthday(), today));
                    dao.persist(birthday);
                } else {
                    birthday.setBirthDate(birthDate);
                    birthday.setChangedAt(Date.from(now));
                    birthday.setFirstRewardYear(BirthdayRule.firstRewardYear(birthday.getBirthday(), today));
                }
                dao.flush();
                ActionGrantResult profile = rewards.grant(accountId, ActionType.PROFILE, PROFILE_OCCURRENCE, null);
                return new BirthDateChange(BirthDateChange.Kind.SAVED, null, birthday.getFirstRewardYear(), profile);
            }
        });
    }

    @Override
    public List<Long> dueMembers(final Instant now, final int limit) {
        final LocalDate today = now.atZone(zone()).toLocalDate();
        return transactions.run(new TransactionCallback<List<Long>>() {
            @Override
            public List<Long> doInTransaction(TransactionStatus status) {
                return dao.due(today.getMonthValue(), today.getYear(), limit);
            }
        });
    }

    @Override
    public BirthdayRewardGranted rewardIfDue(final long accountId, final Instant now) {
        final LocalDate today = now.atZone(zone()).toLocalDate();
        return transactions.run(new TransactionCallback<BirthdayRewardGranted>() {
            @Override
            public BirthdayRewardGranted doInTransaction(TransactionStatus status) {
                ledger.lockAccount(accountId);
                BirthdayImpl birthday = dao.find(accountId);
                if (birthday == null || !BirthdayRule.due(birthday.getBirthday(), today,
                        birthday.getFirstRewardYear(), birthday.getLastRewardYear())) {
                    return null;
                }
                ActionGrantResult result = rewards.grant(accountId, ActionType.BIRTHDAY,
                        birthdayOccurrence(today.getYear()), String.valueOf(today.getYear()));
                if (result.getOutcome() == GrantOutcome.NOT_OFFERED) {
                    // Switched off meanwhile: this year's birthday stays due for when it is switched on again.
                    return null;
                }
                // This year's birthday is dealt with, whatever else the outcome (a member who is suspended now, or a
                // cap the shop set, does not get it later this year).
                birthday.setLastRewardYear(today.getYear());
                return result.isGranted()
                        ? new BirthdayRewardGranted(accountId, today.getYear(), result.getPoints(), clock.instant())
                        : null;
            }
        });
    }

    @Override
    public List<BirthdayRewardGranted> rewardsGranted(Instant from, Instant to, int limit) {
        List<BirthdayRewardGranted> facts = new ArrayList<BirthdayRewardGranted>();
        for (ActionGrantImpl grant : rewards.grantsBetween(ActionType.BIRTHDAY, from, to, limit)) {
            String occurrence = grant.getOccurrenceKey();
            int year = Integer.parseInt(occurrence.substring(occurrence.indexOf(':') + 1));
            facts.add(new BirthdayRewardGranted(grant.getAccountId(), year, grant.getPoints(),
                    grant.getGrantedAt().toInstant()));
        }
        return facts;
    }

    private ZoneId zone() {
        return programmes.findProgramme().toRules().zone();
    }
}
