package io.loyaltyclub.share.service;

import io.loyaltyclub.action.domain.ActionType;
import io.loyaltyclub.action.service.ActionGrantResult;
import io.loyaltyclub.action.service.ActionRewards;
import io.loyaltyclub.member.persistence.LoyaltyAccount;
import io.loyaltyclub.member.persistence.LoyaltyAccountDao;
import io.loyaltyclub.platform.Transactions;
import io.loyaltyclub.share.persistence.ShareLinkDao;
import io.loyaltyclub.share.persistence.ShareLinkImpl;
import org.broadleafcommerce.core.catalog.domain.Product;
import org.broadleafcommerce.core.catalog.service.CatalogService;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.core.service.CustomerService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionCallback;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Date;
import javax.annotation.PostConstruct;
import javax.annotation.Resource;

@Service("loyaltyShareService")
public class ShareServiceImpl implements ShareService {

    private static final char[] ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();
    static final int TOKEN_LENGTH = 22;
    private static final SecureRandom RANDOM = new SecureRandom();

    @Resource(name = "loyaltyShareLinkDao")
    protected ShareLinkDao dao;

    @Resource(name = "loyaltyAccountDao")
    protected LoyaltyAccountDao accounts;

    @Resource(name = "loyaltyActionRewards")
    protected ActionRewards rewards;

    @Resource(name = "blCatalogService")
    protected CatalogService catalog;

    @Resource(name = "blCustomerService")
    protected CustomerService customers;

    @Resource(name = "loyaltyClock")
    protected Clock clock;

    @Resource(name = "blTransactionManager")
    protected PlatformTransactionManager transactionManager;

    protected Transactions transactions;

    @PostConstruct
    public void init() {
        transactions = new Transactions(transactionManager);
    }

    /** Whether the text can be a link's token at all (read from a URL or a cookie). */
    public static boolean wellFormed(String token) {
        if (token == null || token.length() != TOKEN_LENGTH) {
            return false;
        }
        for (char c : token.toCharArray()) {
            if (!Character.isLetterOrDigit(c) || c > 'z') {
                return false;
            }
        }
        return true;
    }

    @Override
    public ShareLinkImpl linkFor(final long accountId, final long productId) {
        final LoyaltyAccount account = transactions.run(new TransactionCallback<LoyaltyAccount>() {
            @Override
            public LoyaltyAccount doInTransaction(TransactionStatus status) {
                return accounts.find(accountId);
            }
        });
        if (account == null) {
            throw new IllegalArgumentException("No loyalty account " + accountId);
        }
        return transactions.run(new TransactionCallback<ShareLinkImpl>() {
            @Override
            public ShareLinkImpl doInTransaction(TransactionStatus status) {
                ShareLinkImpl existing = dao.find(accountId, productId);
                if (existing != null) {
                    return existing;
                }
                ShareLinkImpl link = new ShareLinkImpl(newToken(), accountId, account.getCustomerId(), productId,
                        Date.from(clock.instant()));
                dao.persist(link);
                // Two clicks at once: the second fails here on the unique member and product, runs again and finds
                // the first one's link.
                dao.flush();
                return link;
            }
        });
    }

    @Override
    public ShareLinkImpl existingLink(final long accountId, final long productId) {
        return transactions.run(new TransactionCallback<ShareLinkImpl>() {
            @Override
            public ShareLinkImpl doInTransaction(TransactionStatus status) {
                return dao.find(accountId, productId);
            }
        });
    }

    @Override
    public ShareLinkImpl findByToken(final String token) {
        if (!wellFormed(token)) {
            return null;
        }
        return transactions.run(new TransactionCallback<ShareLinkImpl>() {
            @Override
            public ShareLinkImpl doInTransaction(TransactionStatus status) {
                return dao.findByToken(token);
            }
        });
    }

    @Override
    public boolean followed(String token, Long visitorCustomerId) {
        final ShareLinkImpl link = findByToken(token);
        if (link == null || link.getCustomerId().equals(visitorCustomerId)) {
            return false;
        }
        transactions.run(new TransactionCallback<Void>() {
            @Override
            public Void doInTransaction(TransactionStatus status) {
                dao.countVisit(link.getId());
                return null;
            }
        });
        return true;
    }

    @Override
    public ActionGrantResult registered(String token, ShareVisitor visitor) {
        ShareLinkImpl link = sharersLink(token, visitor);
        return link == null ? null
                : rewards.grant(link.getAccountId(), ActionType.SHARE, visitor.occurrence(), productName(link));
    }

    @Override
    public ActionGrantResult ordered(String token, ShareVisitor visitor, long orderId) {
        ShareLinkImpl link = sharersLink(token, visitor);
        return link == null ? null : rewards.grantForOrder(link.getAccountId(), ActionType.SHARE,
                visitor.occurrence(), orderId, productName(link));
    }

    @Override
    public boolean orderFailed(String token, ShareVisitor visitor) {
        ShareLinkImpl link = sharersLink(token, visitor);
        return link != null && rewards.revoke(link.getAccountId(), ActionType.SHARE, visitor.occurrence());
    }

    /** The link, when it is known and the visitor is somebody other than its member. */
    private ShareLinkImpl sharersLink(String token, ShareVisitor visitor) {
        ShareLinkImpl link = findByToken(token);
        if (link == null || visitor == null || visitor.occurrence() == null) {
            return null;
        }
        Customer sharer = customers.readCustomerById(link.getCustomerId());
        if (visitor.isSameAs(link.getCustomerId(), sharer == null ? null : sharer.getEmailAddress())) {
            return null;
        }
        return link;
    }

    private String productName(ShareLinkImpl link) {
        Product product = catalog.findProductById(link.getProductId());
        return product == null ? null : product.getName();
    }

    static String newToken() {
        StringBuilder token = new StringBuilder(TOKEN_LENGTH);
        for (int i = 0; i < TOKEN_LENGTH; i++) {
            token.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
        }
        return token.toString();
    }
}
