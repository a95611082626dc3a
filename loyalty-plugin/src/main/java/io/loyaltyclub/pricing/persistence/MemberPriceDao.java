package io.loyaltyclub.pricing.persistence;

import java.util.List;

public interface MemberPriceDao {

    /** The active rules with their tier, product and category (one query). */
    List<MemberPriceRule> activeRules();

    MemberPriceRule save(MemberPriceRule rule);
}
