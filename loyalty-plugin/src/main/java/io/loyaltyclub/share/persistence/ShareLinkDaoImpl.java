package io.loyaltyclub.share.persistence;

import org.springframework.stereotype.Repository;

import java.util.List;
import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

@Repository("loyaltyShareLinkDao")
public class ShareLinkDaoImpl implements ShareLinkDao {

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    @Override
    public ShareLinkImpl findByToken(String token) {
        List<ShareLinkImpl> found = em.createQuery("select l from ShareLinkImpl l where l.token = :token",
                ShareLinkImpl.class).setParameter("token", token).getResultList();
        return found.isEmpty() ? null : found.get(0);
    }

    @Override
    public ShareLinkImpl find(long accountId, long productId) {
        List<ShareLinkImpl> found = em.createQuery("select l from ShareLinkImpl l where l.accountId = :account "
                        + "and l.productId = :product", ShareLinkImpl.class)
                .setParameter("account", accountId).setParameter("product", productId).getResultList();
        return found.isEmpty() ? null : found.get(0);
    }

    @Override
    public void persist(ShareLinkImpl link) {
        em.persist(link);
    }

    @Override
    public void countVisit(long linkId) {
        em.createQuery("update ShareLinkImpl l set l.visits = l.visits + 1 where l.id = :id")
                .setParameter("id", linkId).executeUpdate();
    }

    @Override
    public void flush() {
        em.flush();
    }
}
