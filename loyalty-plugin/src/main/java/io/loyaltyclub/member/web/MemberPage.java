package io.loyaltyclub.member.web;

import io.loyaltyclub.ledger.domain.Balance;
import io.loyaltyclub.ledger.domain.EntryReason;
import io.loyaltyclub.ledger.domain.EntryType;
import io.loyaltyclub.ledger.persistence.LedgerEntry;
import io.loyaltyclub.member.persistence.LoyaltyAccount;
import io.loyaltyclub.platform.web.ShopperFormats;
import io.loyaltyclub.programme.domain.ProgrammeRules;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What the members' area ({@code /account/loyalty}) shows: the balance, what expires soon, and a page of the
 * history, formatted for the shopper.
 */
public final class MemberPage {

    private final String clubName;
    private final String available;
    private final String availableValue;
    private final String pending;
    private final String debt;
    private final boolean inDebt;
    private final boolean anyPending;
    private final String expiringPoints;
    private final String expiringOn;
    private final String joinedOn;
    private final String termsVersion;
    private final boolean marketingConsent;
    private final List<HistoryLine> history;
    private final int page;
    private final int pages;

    private MemberPage(Builder b) {
        ShopperFormats f = b.formats;
        Balance balance = b.balance;
        this.clubName = b.clubName;
        this.available = f.points(balance.getAvailable());
        this.availableValue = f.money(b.rules.moneyValueOf(balance.getAvailable(), f.getCurrency().getDefaultFractionDigits()));
        this.pending = f.points(balance.getPending());
        this.anyPending = balance.getPending() > 0;
        this.debt = f.points(balance.getDebt());
        this.inDebt = balance.getDebt() > 0;
        this.expiringPoints = balance.getExpiringSoon() > 0 ? f.points(balance.getExpiringSoon()) : null;
        // The last day the points can be used is the day before the moment they expire.
        this.expiringOn = balance.getNextExpiry() == null ? null : f.date(balance.getNextExpiry().minusMillis(1));
        this.joinedOn = f.date(b.account.getJoinedAt().toInstant());
        this.termsVersion = b.account.getTermsVersion();
        this.marketingConsent = b.account.isMarketingConsent();
        List<HistoryLine> lines = new ArrayList<HistoryLine>();
        for (LedgerEntry entry : b.entries) {
            lines.add(new HistoryLine(entry, f, b.now));
        }
        this.history = Collections.unmodifiableList(lines);
        this.page = b.page;
        this.pages = Math.max(1, (int) ((b.totalEntries + b.pageSize - 1) / b.pageSize));
    }

    public static Builder builder() {
        return new Builder();
    }

    public String getClubName() {
        return clubName;
    }

    public String getAvailable() {
        return available;
    }

    /** What the available points are worth at checkout. */
    public String getAvailableValue() {
        return availableValue;
    }

    public String getPending() {
        return pending;
    }

    public boolean isAnyPending() {
        return anyPending;
    }

    public String getDebt() {
        return debt;
    }

    public boolean isInDebt() {
        return inDebt;
    }

    /** Points that expire within 30 days, or null when none do. */
    public String getExpiringPoints() {
        return expiringPoints;
    }

    /** The last day the soonest-expiring of those can be used. */
    public String getExpiringOn() {
        return expiringOn;
    }

    public String getJoinedOn() {
        return joinedOn;
    }

    public String getTermsVersion() {
        return termsVersion;
    }

    public boolean isMarketingConsent() {
        return marketingConsent;
    }

    public List<HistoryLine> getHistory() {
        return history;
    }

    /** The page shown, from 1. */
    public int getPage() {
        return page;
    }

    public int getPages() {
        return pages;
    }

    public boolean isFirstPage() {
        return page <= 1;
    }

    public boolean isLastPage() {
        return page >= pages;
    }

    /** One ledger entry as a line of the history. */
    public static final class HistoryLine {
        private final String date;
        private final String reason;
        private final String reference;
        private final String points;
        private final boolean gain;
        private final String pendingUntil;
        private final String expiresOn;

        HistoryLine(LedgerEntry entry, ShopperFormats f, Instant now) {
            this.date = f.date(entry.getCreatedAt().toInstant());
            this.reason = entry.getReason().name();
            this.reference = entry.getReason() == EntryReason.PARTNER && entry.getNote() != null
                    ? entry.getNote() + (entry.getReference() == null ? "" : " · " + entry.getReference())
                    : entry.getReason() == EntryReason.ADMIN ? null : entry.getReference();
            this.points = f.signedPoints(entry.getPoints());
            this.gain = entry.getPoints() > 0;
            boolean earning = entry.getType() == EntryType.EARN;
            this.pendingUntil = earning && entry.getAvailableAt() != null && entry.getAvailableAt().toInstant().isAfter(now)
                    ? f.date(entry.getAvailableAt().toInstant()) : null;
            this.expiresOn = earning && entry.getExpiresAt() != null
                    ? f.date(entry.getExpiresAt().toInstant().minusMillis(1)) : null;
        }

        public String getDate() {
            return date;
        }

        /** The reason's name, for its translated text: loyalty.reason.ORDER and so on. */
        public String getReason() {
            return reason;
        }

        /** An order number, a partner's description; null when there is nothing to add. */
        public String getReference() {
            return reference;
        }

        public String getPoints() {
            return points;
        }

        public boolean isGain() {
            return gain;
        }

        /** For points still pending: the day they become available; otherwise null. */
        public String getPendingUntil() {
            return pendingUntil;
        }

        /** For earnings that expire: the last day they can be used. */
        public String getExpiresOn() {
            return expiresOn;
        }
    }

    public static final class Builder {
        private String clubName;
        private ProgrammeRules rules;
        private ShopperFormats formats;
        private LoyaltyAccount account;
        private Balance balance;
        private List<LedgerEntry> entries = Collections.emptyList();
        private long totalEntries;
        private int page = 1;
        private int pageSize = 20;
        private Instant now;

        public Builder club(String name, ProgrammeRules rules) {
            this.clubName = name;
            this.rules = rules;
            return this;
        }

        public Builder formats(ShopperFormats formats) {
            this.formats = formats;
            return this;
        }

        public Builder member(LoyaltyAccount account, Balance balance, Instant now) {
            this.account = account;
            this.balance = balance;
            this.now = now;
            return this;
        }

        public Builder history(List<LedgerEntry> entries, long totalEntries, int page, int pageSize) {
            this.entries = entries;
            this.totalEntries = totalEntries;
            this.page = page;
            this.pageSize = pageSize;
            return this;
        }

        public MemberPage build() {
            return new MemberPage(this);
        }
    }
}
