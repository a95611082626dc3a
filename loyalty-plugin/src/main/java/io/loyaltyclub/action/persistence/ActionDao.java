package io.loyaltyclub.action.persistence;

import java.util.Date;
import java.util.List;

/** Storage of action rules and rewarded actions. */
public interface ActionDao {

    ActionRule findRule(String actionType);

    List<ActionRule> findRules();

    ActionRule saveRule(ActionRule rule);

    ActionGrantImpl findGrant(long accountId, String actionType, String occurrenceKey);

    /** When the member was rewarded for the action, oldest first (what the caps count). */
    List<Date> grantTimes(long accountId, String actionType);

    /** Rewards of an action granted in [from, to), oldest first. */
    List<ActionGrantImpl> grantsBetween(String actionType, Date from, Date to, int limit);

    List<ActionGrantImpl> grantsOf(long accountId, String actionType);

    /** The rewards an order brought (a shared link's visitor who bought). */
    List<ActionGrantImpl> grantsOfOrder(long orderId);

    void persist(Object row);

    void remove(ActionGrantImpl grant);

    void flush();
}
