package io.loyaltyclub.referral.broadleaf;

import io.loyaltyclub.platform.AfterCommit;
import io.loyaltyclub.member.service.ClubClosedException;
import io.loyaltyclub.member.service.MembershipService;
import io.loyaltyclub.member.service.StaleTermsException;
import io.loyaltyclub.referral.service.ReferralService;
import io.loyaltyclub.referral.web.ReferralCookie;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.broadleafcommerce.common.web.BroadleafRequestContext;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.core.service.CustomerService;
import org.broadleafcommerce.profile.core.service.listener.PostRegistrationObserver;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;

import javax.annotation.PostConstruct;
import javax.annotation.Resource;
import javax.servlet.http.HttpServletRequest;

/**
 * Registrations through a referral link, whatever page of the shop registers the customer: Broadleaf's
 * {@code blCustomerService} tells its post-registration observers of every registration. When the request carries a
 * followed link ({@link ReferralCookie}), the new customer joins the club if they accepted its terms on the link's
 * page, and the referral is recorded once the registration has committed.
 */
@Component("loyaltyReferralRegistrationObserver")
public class ReferralRegistrationObserver implements PostRegistrationObserver {

    private static final Log LOG = LogFactory.getLog(ReferralRegistrationObserver.class);

    @Resource(name = "blCustomerService")
    protected CustomerService customerService;

    @Resource(name = "loyaltyReferralService")
    protected ReferralService referrals;

    @Resource(name = "loyaltyMembershipService")
    protected MembershipService memberships;

    @Resource(name = "blTransactionManager")
    protected PlatformTransactionManager transactionManager;

    @PostConstruct
    public void register() {
        customerService.addPostRegisterListener(this);
    }

    @Override
    public void processRegistrationEvent(Customer customer) {
        BroadleafRequestContext context = BroadleafRequestContext.getBroadleafRequestContext();
        HttpServletRequest request = context == null ? null : context.getRequest();
        final ReferralCookie referral = ReferralCookie.of(request);
        if (referral == null || customer == null || customer.getId() == null) {
            return;
        }
        ReferralCookie.forget(request, context.getResponse());
        final long customerId = customer.getId();
        AfterCommit.run("the registration of customer " + customerId, new Runnable() {
            @Override
            public void run() {
                registered(customerId, referral);
            }
        });
    }

    /** Joins the club with the terms accepted on the link's page, then records the referral. */
    void registered(final long customerId, final ReferralCookie referral) {
        if (referral.getTermsVersion() != null) {
            try {
                AfterCommit.inOwnTransaction(transactionManager, null, new Runnable() {
                    @Override
                    public void run() {
                        memberships.join(customerId, referral.getTermsVersion(), referral.isMarketingConsent());
                    }
                });
            } catch (StaleTermsException | ClubClosedException e) {
                // The terms changed or the club closed since the link's page: the friend joins on the club page later.
                LOG.info("Referred customer " + customerId + " did not join on registering: " + e.getMessage());
            }
        }
        AfterCommit.inOwnTransaction(transactionManager, "the referral of customer " + customerId, new Runnable() {
            @Override
            public void run() {
                referrals.friendRegistered(customerId, referral.getCode());
            }
        });
    }
}
