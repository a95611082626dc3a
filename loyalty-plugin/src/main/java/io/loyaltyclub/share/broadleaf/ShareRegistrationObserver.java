package io.loyaltyclub.share.broadleaf;

import io.loyaltyclub.platform.AfterCommit;
import io.loyaltyclub.share.service.ShareService;
import io.loyaltyclub.share.service.ShareVisitor;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.core.service.CustomerService;
import org.broadleafcommerce.profile.core.service.listener.PostRegistrationObserver;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;

import javax.annotation.PostConstruct;
import javax.annotation.Resource;

/**
 * Broadleaf's post-registration hook (registered with {@code blCustomerService}, so any shop's registration counts,
 * whatever its pages): a visitor a shared link brought (the cookie) registered, so the sharer gets the SHARE reward.
 * It is given once the registration is committed, in a transaction of its own: a registration that fails rewards
 * nobody, and a reward that fails never fails a registration.
 */
@Component("loyaltyShareRegistrationObserver")
public class ShareRegistrationObserver implements PostRegistrationObserver {

    @Resource(name = "blCustomerService")
    protected CustomerService customers;

    @Resource(name = "loyaltyShareService")
    protected ShareService shares;

    @Resource(name = "blTransactionManager")
    protected PlatformTransactionManager transactionManager;

    @PostConstruct
    public void register() {
        customers.addPostRegisterListener(this);
    }

    @Override
    public void processRegistrationEvent(Customer customer) {
        final String token = SharedVisitCookie.ofCurrentRequest();
        if (token == null || customer == null || customer.getId() == null) {
            return;
        }
        final ShareVisitor visitor = new ShareVisitor(customer.getId(), true, customer.getEmailAddress());
        final String what = "the shared link that brought customer " + customer.getId();
        AfterCommit.run(what, new Runnable() {
            @Override
            public void run() {
                AfterCommit.inOwnTransaction(transactionManager, what, new Runnable() {
                    @Override
                    public void run() {
                        shares.registered(token, visitor);
                    }
                });
            }
        });
    }
}
