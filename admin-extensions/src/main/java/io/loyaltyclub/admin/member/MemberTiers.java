package io.loyaltyclub.admin.member;

import io.loyaltyclub.member.persistence.LoyaltyAccount;
import io.loyaltyclub.programme.service.LoyaltyProgramService;
import io.loyaltyclub.tier.persistence.LoyaltyTier;
import io.loyaltyclub.tier.persistence.TierChangeImpl;
import io.loyaltyclub.tier.service.TierQualificationService;
import io.loyaltyclub.tier.service.TierService;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.annotation.Resource;

import org.springframework.stereotype.Service;

/**
 * The tier of a member in the admin (loyalty spec, sections 5 and 10): reads the tier part of the loyalty panel and
 * applies the "Set tier" form (a floor, a fixed tier, or back to qualification, always with a note).
 */
@Service("loyaltyMemberTiers")
public class MemberTiers {

    /** The tier changes the panel shows, newest first. */
    static final int HISTORY = 20;

    @Resource(name = "loyaltyTierService")
    protected TierService tiers;

    @Resource(name = "loyaltyTierQualificationService")
    protected TierQualificationService qualification;

    @Resource(name = "loyaltyProgramService")
    protected LoyaltyProgramService programmes;

    public MemberTierPanel read(LoyaltyAccount account) {
        StoreTime time = new StoreTime(programmes.findProgramme().toRules().zone());
        return new MemberTierPanel(account.getTierCode(), qualification.standing(account.getId()), activeTiers(),
                qualification.changes(account.getId(), HISTORY), time);
    }

    /**
     * Applies the form; the caller has spent its one-time token.
     *
     * @return the problems of the form by field (nothing changed), or an empty map when the tier was set
     */
    public Map<String, String> set(long accountId, SetTierForm form, String adminLogin) {
        Map<String, LoyaltyTier> active = activeTiers();
        Map<String, String> problems = form.problems(active.keySet());
        if (!problems.isEmpty()) {
            return problems;
        }
        qualification.setManualTier(accountId, form.manualMode(), form.manualMode() == null ? null : form.getTierCode(),
                adminLogin, form.trimmedNote());
        return Collections.emptyMap();
    }

    /** What the admin is told after the tier was set. */
    public String outcome(long accountId) {
        TierChangeImpl last = qualification.changes(accountId, 1).isEmpty() ? null
                : qualification.changes(accountId, 1).get(0);
        String to = last == null || last.getToTierCode() == null ? "no tier" : nameOf(last.getToTierCode());
        return "Tier set: the member is now in " + to + ".";
    }

    private String nameOf(String code) {
        LoyaltyTier tier = tiers.findTier(code);
        return tier == null ? code : tier.getName();
    }

    private Map<String, LoyaltyTier> activeTiers() {
        Map<String, LoyaltyTier> active = new LinkedHashMap<String, LoyaltyTier>();
        for (LoyaltyTier tier : tiers.tiers()) {
            active.put(tier.getCode(), tier);
        }
        return active;
    }
}
