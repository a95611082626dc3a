package io.loyaltyclub.action.web;

import io.loyaltyclub.action.domain.ActionCaps;
import io.loyaltyclub.action.domain.ActionType;
import io.loyaltyclub.action.persistence.ActionRule;
import io.loyaltyclub.action.service.ActionRewards;
import org.broadleafcommerce.common.web.expression.BroadleafVariableExpression;

import java.util.ArrayList;
import java.util.List;
import javax.annotation.Resource;

/** {@code ${#loyaltyActions.offered()}}: the actions the club rewards now, for the club page (loyalty/partials/actions). */
public class ActionsExpression implements BroadleafVariableExpression {

    @Resource(name = "loyaltyActionRewards")
    protected ActionRewards rewards;

    @Override
    public String getName() {
        return "loyaltyActions";
    }

    public List<ActionOffer> offered() {
        List<ActionOffer> offers = new ArrayList<ActionOffer>();
        for (ActionRule rule : rewards.rules()) {
            if (!rule.isActive() || rule.getPoints() <= 0 || rule.getType() == null) {
                continue;
            }
            ActionCaps caps = rule.caps();
            List<ActionOffer.Cap> shown = new ArrayList<ActionOffer.Cap>();
            for (ActionCaps.Period period : ActionCaps.Period.values()) {
                Integer cap = caps.cap(period);
                // Caps that only say what the action is anyway (once ever, once a year for a birthday) are left out.
                boolean implied = cap != null && cap == 1 && ((period == ActionCaps.Period.LIFETIME
                        && (rule.getType() == ActionType.NEWSLETTER || rule.getType() == ActionType.PROFILE))
                        || (period == ActionCaps.Period.YEAR && rule.getType() == ActionType.BIRTHDAY));
                if (cap != null && !implied) {
                    shown.add(new ActionOffer.Cap(period.name(), cap));
                }
            }
            offers.add(new ActionOffer(rule.getType().name(), rule.getPoints(), shown));
        }
        return offers;
    }
}
