package io.loyaltyclub.earning.persistence;

import java.util.Date;
import java.util.List;

public interface EarningDao {

    List<EarningRule> activeRules();

    List<EarningCampaign> activeCampaigns();

    OrderEarningImpl findForOrder(long orderId);

    OrderEarningImpl save(OrderEarningImpl earning);

    /** Writes now, so that a second earning of the same order fails here on the unique order. */
    void flush();

    /**
     * Submitted orders of members, placed since {@code since} and after they joined, that have no earning record: what
     * a crash between placing an order and crediting its points would leave behind.
     */
    List<Long> submittedMemberOrdersWithoutEarning(Date since, int limit);
}
