package io.loyaltyclub.share.broadleaf;

import io.loyaltyclub.share.service.ShareService;
import io.loyaltyclub.share.service.ShareVisitor;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.core.service.CustomerService;
import org.broadleafcommerce.profile.core.service.listener.PostRegistrationObserver;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionSynchronizationAdapter;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

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

    private static final Log LOG = LogFactory.getLog(ShareRegistrationObserver.class);

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
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronizationAdapter() {
                @Override
                public void afterCommit() {
                    reward(token, visitor, TransactionDefinition.PROPAGATION_REQUIRES_NEW);
                }
            });
        } else {
            reward(token, visitor, TransactionDefinition.PROPAGATION_REQUIRED);
        }
    }

    private void reward(final String token, final ShareVisitor visitor, int propagation) {
        try {
            TransactionTemplate template = new TransactionTemplate(transactionManager);
            template.setPropagationBehavior(propagation);
            template.execute(new TransactionCallback<Void>() {
                @Override
                public Void doInTransaction(TransactionStatus status) {
                    shares.registered(token, visitor);
                    return null;
                }
            });
        } catch (RuntimeException e) {
            LOG.error("Could not reward the shared link that brought customer " + visitor.getCustomerId(), e);
        }
    }
}
