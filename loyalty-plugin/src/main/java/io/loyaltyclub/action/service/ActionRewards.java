package io.loyaltyclub.action.service;

import io.loyaltyclub.action.domain.ActionType;
import io.loyaltyclub.action.persistence.ActionGrantImpl;
import io.loyaltyclub.action.persistence.ActionRule;

import java.time.Instant;
import java.util.List;

/**
 * Rewards for what members do (loyalty spec, section 3, "Actions"): each action has a rule with its points and caps
 * per day, month, year and lifetime. A grant is idempotent per occurrence of an action (a review's id, the year of a
 * birthday, the visitor a shared link brought) and is decided under the member's account lock, so two grants at once
 * never both pass a cap. Grants join a surrounding transaction; without one they run in their own.
 */
public interface ActionRewards {

    /** Rewards the occurrence with the rule's points, available at once (see the interface's description). */
    ActionGrantResult grant(long accountId, ActionType type, String occurrenceKey, String reference);

    /**
     * Rewards an occurrence brought by an order (a shared link's visitor who bought): the points are pending for
     * the programme's pending days, like the order's own points.
     */
    ActionGrantResult grantForOrder(long accountId, ActionType type, String occurrenceKey, long orderId,
                                    String reference);

    /**
     * Takes back the reward of an occurrence (the checkout that brought it failed): its points are reversed and the
     * occurrence no longer counts towards the caps, so a retried checkout can earn it again. Nothing when there is no
     * such reward.
     */
    boolean revoke(long accountId, ActionType type, String occurrenceKey);

    /**
     * Takes back the rewards an order brought (it was cancelled: the visitor did not buy after all), as
     * {@link #revoke} does each; returns how many.
     */
    int revokeForOrder(long orderId);

    /**
     * The rewards an order brought become available now, before the end of their pending days (an admin ended the
     * order's return window); returns the points that did. Calling it again changes nothing.
     */
    long endPendingPeriodForOrder(long orderId);

    /** Whether the occurrence was rewarded. */
    boolean wasGranted(long accountId, ActionType type, String occurrenceKey);

    /** The member's rewards of an action, oldest first. */
    List<ActionGrantImpl> grantsOf(long accountId, ActionType type);

    /** Rewards of an action granted in [from, to), oldest first, at most {@code limit}. */
    List<ActionGrantImpl> grantsBetween(ActionType type, Instant from, Instant to, int limit);

    /** The rule of the action, created switched off with suggested numbers when missing. */
    ActionRule rule(ActionType type);

    /** Every action's rule, in the order of {@link ActionType}. */
    List<ActionRule> rules();

    ActionRule saveRule(ActionRule rule);
}
