package io.loyaltyclub.birthday.persistence;

import org.hibernate.annotations.Index;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Date;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Temporal;
import javax.persistence.TemporalType;

/**
 * A member's birth date as they gave it in the members' area, and where their birthday rewards stand: the first
 * year a reward may be given (see BirthdayRule) and the year of the last one. One row per member.
 */
@Entity
@Table(name = "LOYALTY_BIRTHDAY")
@org.hibernate.annotations.Table(appliesTo = "LOYALTY_BIRTHDAY", indexes = @Index(name = "LOYALTY_BIRTHDAY_MONTH_IX",
        columnNames = {"BIRTH_MONTH", "LAST_REWARD_YEAR"}))
public class BirthdayImpl implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @Column(name = "ACCOUNT_ID")
    protected Long accountId;

    @Column(name = "BIRTH_YEAR", nullable = false)
    protected int birthYear;

    @Column(name = "BIRTH_MONTH", nullable = false)
    protected int birthMonth;

    @Column(name = "BIRTH_DAY", nullable = false)
    protected int birthDay;

    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "CHANGED_AT", nullable = false)
    protected Date changedAt;

    @Column(name = "FIRST_REWARD_YEAR", nullable = false)
    protected int firstRewardYear;

    @Column(name = "LAST_REWARD_YEAR")
    protected Integer lastRewardYear;

    protected BirthdayImpl() {
    }

    public BirthdayImpl(long accountId) {
        this.accountId = accountId;
    }

    public Long getAccountId() {
        return accountId;
    }

    public LocalDate getBirthDate() {
        return LocalDate.of(birthYear, birthMonth, birthDay);
    }

    public MonthDay getBirthday() {
        return MonthDay.of(birthMonth, birthDay);
    }

    public void setBirthDate(LocalDate date) {
        this.birthYear = date.getYear();
        this.birthMonth = date.getMonthValue();
        this.birthDay = date.getDayOfMonth();
    }

    public Date getChangedAt() {
        return changedAt;
    }

    public void setChangedAt(Date changedAt) {
        this.changedAt = changedAt;
    }

    public int getFirstRewardYear() {
        return firstRewardYear;
    }

    public void setFirstRewardYear(int firstRewardYear) {
        this.firstRewardYear = firstRewardYear;
    }

    public Integer getLastRewardYear() {
        return lastRewardYear;
    }

    public void setLastRewardYear(Integer lastRewardYear) {
        this.lastRewardYear = lastRewardYear;
    }
}
