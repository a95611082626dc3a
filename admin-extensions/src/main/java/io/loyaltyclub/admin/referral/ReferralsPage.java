package io.loyaltyclub.admin.referral;

import io.loyaltyclub.admin.member.StoreTime;
import io.loyaltyclub.programme.service.LoyaltyProgramService;
import io.loyaltyclub.referral.domain.ReferralState;
import io.loyaltyclub.referral.persistence.ReferralImpl;
import io.loyaltyclub.referral.service.ReferralService;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import javax.annotation.Resource;

/** What Loyalty &gt; Referrals shows: referrals newest first, all of them or those refused or still open. */
@Component("loyaltyReferralsPage")
public class ReferralsPage {

    public static final int PAGE_SIZE = 25;

    /** Which referrals the page lists. */
    public enum Filter {
        ALL(Collections.<ReferralState>emptyList()),
        REFUSED(Collections.singletonList(ReferralState.REFUSED)),
        OPEN(Arrays.asList(ReferralState.REGISTERED, ReferralState.ORDERED)),
        REWARDED(Collections.singletonList(ReferralState.REWARDED));

        private final List<ReferralState> states;

        Filter(List<ReferralState> states) {
            this.states = states;
        }

        /** The filter named in the request, ALL for anything else. */
        public static Filter named(String name) {
            if (name != null) {
                for (Filter filter : values()) {
                    if (filter.name().equals(name.trim().toUpperCase(Locale.ROOT))) {
                        return filter;
                    }
                }
            }
            return ALL;
        }
    }

    @Resource(name = "loyaltyReferralService")
    protected ReferralService referrals;

    @Resource(name = "loyaltyProgramService")
    protected LoyaltyProgramService programmes;

    public List<ReferralRow> rows(Filter filter, int page) {
        StoreTime time = new StoreTime(programmes.findProgramme().toRules().zone());
        List<ReferralRow> rows = new ArrayList<ReferralRow>();
        for (ReferralImpl referral : referrals.list(filter.states, page - 1, PAGE_SIZE)) {
            rows.add(new ReferralRow(referral, time));
        }
        return rows;
    }

    public int pages(Filter filter) {
        long count = referrals.count(filter.states);
        return Math.max(1, (int) ((count + PAGE_SIZE - 1) / PAGE_SIZE));
    }

    public String zone() {
        return programmes.findProgramme().toRules().zone().getId();
    }
}
