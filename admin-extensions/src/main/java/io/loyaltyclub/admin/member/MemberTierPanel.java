package io.loyaltyclub.admin.member;

import io.loyaltyclub.tier.domain.ManualMode;
import io.loyaltyclub.tier.persistence.LoyaltyTier;
import io.loyaltyclub.tier.persistence.TierChangeImpl;
import io.loyaltyclub.tier.persistence.TierStandingImpl;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/** The tier part of a member's loyalty panel: the tier, how it is held, the tiers to choose from, the history. */
public final class MemberTierPanel {

    private final String tierName;
    private final String qualifiedName;
    private final String keptUntil;
    private final String manualMode;
    private final String manualTierName;
    private final String manualNote;
    private final String manualBy;
    private final List<LoyaltyTier> tiers;
    private final List<Change> changes;

    MemberTierPanel(String tierCode, TierStandingImpl standing, Map<String, LoyaltyTier> tiers,
                    List<TierChangeImpl> changes, StoreTime time) {
        this.tierName = nameOf(tierCode, tiers);
        this.qualifiedName = standing == null ? null : nameOf(standing.qualified().getTierCode(), tiers);
        this.keptUntil = standing == null || standing.qualified().getKeptUntil() == null ? null
                : time.lastValidDay(standing.qualified().getKeptUntil());
        ManualMode mode = standing == null ? null : standing.getManualMode();
        this.manualMode = mode == null ? null : mode.name();
        this.manualTierName = mode == null ? null : nameOf(standing.getManualTierCode(), tiers);
        this.manualNote = mode == null ? null : standing.getManualNote();
        this.manualBy = mode == null ? null : standing.getManualBy();
        this.tiers = Collections.unmodifiableList(new ArrayList<LoyaltyTier>(tiers.values()));
        List<Change> rows = new ArrayList<Change>();
        for (TierChangeImpl change : changes) {
            rows.add(new Change(time.moment(change.getChangedAt()), nameOf(change.getFromTierCode(), tiers),
                    nameOf(change.getToTierCode(), tiers), change.getReason().name(), change.getDetail(),
                    change.getAdminUser(), change.getNote()));
        }
        this.changes = Collections.unmodifiableList(rows);
    }

    /** A tier's name, its code when it is no longer offered, null for none. */
    private static String nameOf(String code, Map<String, LoyaltyTier> tiers) {
        if (code == null) {
            return null;
        }
        LoyaltyTier tier = tiers.get(code);
        return tier == null ? code : tier.getName();
    }

    /** The member's tier now, or null below every tier. */
    public String getTierName() {
        return tierName;
    }

    public String getQualifiedName() {
        return qualifiedName;
    }

    public String getKeptUntil() {
        return keptUntil;
    }

    /** FLOOR or FIXED, or null when the tier follows qualification. */
    public String getManualMode() {
        return manualMode;
    }

    public String getManualTierName() {
        return manualTierName;
    }

    public String getManualNote() {
        return manualNote;
    }

    public String getManualBy() {
        return manualBy;
    }

    /** The active tiers, lowest first: the choices of the form. */
    public List<LoyaltyTier> getTiers() {
        return tiers;
    }

    public List<Change> getChanges() {
        return changes;
    }

    /** One row of the tier history. */
    public static final class Change {
        private final String changedAt;
        private final String from;
        private final String to;
        private final String reason;
        private final String detail;
        private final String adminUser;
        private final String note;

        Change(String changedAt, String from, String to, String reason, String detail, String adminUser, String note) {
            this.changedAt = changedAt;
            this.from = from;
            this.to = to;
            this.reason = reason;
            this.detail = detail;
            this.adminUser = adminUser;
            this.note = note;
        }

        public String getChangedAt() {
            return changedAt;
        }

        public String getFrom() {
            return from;
        }

        public String getTo() {
            return to;
        }

        public String getReason() {
            return reason;
        }

        public String getDetail() {
            return detail;
        }

        public String getAdminUser() {
            return adminUser;
        }

        public String getNote() {
            return note;
        }
    }
}
