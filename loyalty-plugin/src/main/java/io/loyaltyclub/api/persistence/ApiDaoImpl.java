package io.loyaltyclub.api.persistence;

import org.springframework.stereotype.Repository;

import java.util.Date;
import java.util.List;
import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

@Repository("loyaltyApiDao")
public class ApiDaoImpl implements ApiDao {

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    @Override
    public ApiKeyImpl findKey(long id) {
        return em.find(ApiKeyImpl.class, id);
    }

    @Override
    public ApiKeyImpl findKeyByHash(String hash) {
        List<ApiKeyImpl> keys = em.createQuery("select k from ApiKeyImpl k where k.keyHash = :hash", ApiKeyImpl.class)
                .setParameter("hash", hash)
                .getResultList();
        return keys.isEmpty() ? null : keys.get(0);
    }

    @Override
    public ApiKeyImpl findKeyByFormToken(String formToken) {
        List<ApiKeyImpl> keys = em.createQuery("select k from ApiKeyImpl k where k.formToken = :token", ApiKeyImpl.class)
                .setParameter("token", formToken)
                .getResultList();
        return keys.isEmpty() ? null : keys.get(0);
    }

    @Override
    public List<ApiKeyImpl> findAllKeys() {
        return em.createQuery("select k from ApiKeyImpl k order by k.createdAt desc, k.id desc", ApiKeyImpl.class)
                .getResultList();
    }

    @Override
    public void save(ApiKeyImpl key) {
        if (key.getId() == null) {
            em.persist(key);
        }
        em.flush();
    }

    @Override
    public ApiRequestImpl findRequest(long apiKeyId, String idempotencyKey) {
        List<ApiRequestImpl> found = em.createQuery("select r from ApiRequestImpl r where r.apiKeyId = :key "
                        + "and r.idempotencyKey = :idempotencyKey", ApiRequestImpl.class)
                .setParameter("key", apiKeyId)
                .setParameter("idempotencyKey", idempotencyKey)
                .getResultList();
        return found.isEmpty() ? null : found.get(0);
    }

    @Override
    public int deleteRequestsBefore(Date before, int limit) {
        List<Long> ids = em.createQuery("select r.id from ApiRequestImpl r where r.createdAt < :before order by r.id",
                        Long.class)
                .setParameter("before", before)
                .setMaxResults(limit)
                .getResultList();
        if (ids.isEmpty()) {
            return 0;
        }
        return em.createQuery("delete from ApiRequestImpl r where r.id in (:ids)").setParameter("ids", ids)
                .executeUpdate();
    }

    @Override
    public void record(ApiRequestImpl request) {
        em.persist(request);
        em.flush();
    }

    @Override
    public void detach(Object entity) {
        em.detach(entity);
    }
}
