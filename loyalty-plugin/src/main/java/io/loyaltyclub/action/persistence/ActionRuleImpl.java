package io.loyaltyclub.action.persistence;

import io.loyaltyclub.action.domain.ActionCaps;
import io.loyaltyclub.action.domain.ActionType;
import io.loyaltyclub.platform.EntityWrites;
import org.broadleafcommerce.common.presentation.AdminPresentation;
import org.broadleafcommerce.common.presentation.AdminPresentationClass;
import org.broadleafcommerce.common.presentation.ValidationConfiguration;
import org.broadleafcommerce.common.presentation.client.VisibilityEnum;
import org.hibernate.annotations.GenericGenerator;
import org.hibernate.annotations.Parameter;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EntityListeners;
import javax.persistence.GeneratedValue;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.UniqueConstraint;

@Entity
@EntityListeners(EntityWrites.class)
@Table(name = "LOYALTY_ACTION_RULE", uniqueConstraints = @UniqueConstraint(name = "LOYALTY_ACTION_RULE_TYPE_UK",
        columnNames = {"ACTION_TYPE"}))
@AdminPresentationClass(friendlyName = "Action reward")
public class ActionRuleImpl implements ActionRule {

    private static final long serialVersionUID = 1L;

    /** The admin's validator (admin-extensions): points and caps within bounds, one rule per action. */
    static final String VALIDATOR = "loyaltyActionRuleValidator";

    @Id
    @GeneratedValue(generator = "LoyaltyActionRuleId")
    @GenericGenerator(
            name = "LoyaltyActionRuleId",
            strategy = "org.broadleafcommerce.common.persistence.IdOverrideTableGenerator",
            parameters = {
                    @Parameter(name = "segment_value", value = "ActionRuleImpl"),
                    @Parameter(name = "entity_name", value = "io.loyaltyclub.action.persistence.ActionRuleImpl")
            })
    @Column(name = "ACTION_RULE_ID")
    @AdminPresentation(friendlyName = "ID", visibility = VisibilityEnum.HIDDEN_ALL, readOnly = true)
    protected Long id;

    @Column(name = "ACTION_TYPE", nullable = false, length = 30, updatable = false)
    @AdminPresentation(friendlyName = "Action", order = 1000, prominent = true, gridOrder = 1000, readOnly = true,
            helpText = "NEWSLETTER: the first newsletter sign-up ever; REVIEW: a review the shop approved; SHARE: a "
                    + "shared product link that brought a visitor who registered or ordered; PROFILE: a birth date "
                    + "given; BIRTHDAY: once a year in the birthday month.",
            validationConfigurations = @ValidationConfiguration(validationImplementation = VALIDATOR))
    protected String actionType;

    @Column(name = "POINTS", nullable = false)
    @AdminPresentation(friendlyName = "Points", order = 2000, prominent = true, gridOrder = 2000,
            helpText = "Points per rewarded action, 0 to 100,000.",
            validationConfigurations = @ValidationConfiguration(validationImplementation = VALIDATOR))
    protected long points;

    @Column(name = "PER_DAY")
    @AdminPresentation(friendlyName = "At most per day", order = 3000, prominent = true, gridOrder = 3000,
            helpText = "Rewards per member per calendar day (store time zone). Empty: no limit.",
            validationConfigurations = @ValidationConfiguration(validationImplementation = VALIDATOR))
    protected Integer perDay;

    @Column(name = "PER_MONTH")
    @AdminPresentation(friendlyName = "At most per month", order = 4000, prominent = true, gridOrder = 4000,
            helpText = "Rewards per member per calendar month. Empty: no limit.",
            validationConfigurations = @ValidationConfiguration(validationImplementation = VALIDATOR))
    protected Integer perMonth;

    @Column(name = "PER_YEAR")
    @AdminPresentation(friendlyName = "At most per year", order = 5000, prominent = true, gridOrder = 5000,
            helpText = "Rewards per member per calendar year. Empty: no limit.",
            validationConfigurations = @ValidationConfiguration(validationImplementation = VALIDATOR))
    protected Integer perYear;

    @Column(name = "LIFETIME")
    @AdminPresentation(friendlyName = "At most ever", order = 6000, prominent = true, gridOrder = 6000,
            helpText = "Rewards per member ever. Empty: no limit.",
            validationConfigurations = @ValidationConfiguration(validationImplementation = VALIDATOR))
    protected Integer lifetime;

    @Column(name = "ACTIVE", nullable = false)
    @AdminPresentation(friendlyName = "Active", order = 7000, prominent = true, gridOrder = 7000,
            helpText = "Switched off, the action earns nothing.")
    protected boolean active;

    /** A copy tied to no persistence context, for the rules kept in memory ({@code ActionRewardsImpl}). */
    public ActionRuleImpl detachedCopy() {
        ActionRuleImpl copy = new ActionRuleImpl();
        copy.id = id;
        copy.actionType = actionType;
        copy.points = points;
        copy.perDay = perDay;
        copy.perMonth = perMonth;
        copy.perYear = perYear;
        copy.lifetime = lifetime;
        copy.active = active;
        return copy;
    }

    @Override
    public Long getId() {
        return id;
    }

    @Override
    public String getActionType() {
        return actionType;
    }

    @Override
    public void setActionType(String actionType) {
        this.actionType = actionType;
    }

    @Override
    public ActionType getType() {
        return ActionType.named(actionType);
    }

    @Override
    public long getPoints() {
        return points;
    }

    @Override
    public void setPoints(long points) {
        this.points = points;
    }

    @Override
    public Integer getPerDay() {
        return perDay;
    }

    @Override
    public void setPerDay(Integer perDay) {
        this.perDay = perDay;
    }

    @Override
    public Integer getPerMonth() {
        return perMonth;
    }

    @Override
    public void setPerMonth(Integer perMonth) {
        this.perMonth = perMonth;
    }

    @Override
    public Integer getPerYear() {
        return perYear;
    }

    @Override
    public void setPerYear(Integer perYear) {
        this.perYear = perYear;
    }

    @Override
    public Integer getLifetime() {
        return lifetime;
    }

    @Override
    public void setLifetime(Integer lifetime) {
        this.lifetime = lifetime;
    }

    @Override
    public boolean isActive() {
        return active;
    }

    @Override
    public void setActive(boolean active) {
        this.active = active;
    }

    @Override
    public ActionCaps caps() {
        return new ActionCaps(perDay, perMonth, perYear, lifetime);
    }
}
