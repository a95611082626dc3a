package io.loyaltyclub.gift.persistence;

import org.springframework.stereotype.Repository;

import java.util.ArrayList;
import java.util.List;
import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

@Repository("loyaltyMemberGiftDao")
public class MemberGiftDaoImpl implements MemberGiftDao {

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    @Override
    public List<MemberGift> findActive() {
        return new ArrayList<MemberGift>(em.createQuery("select g from MemberGiftImpl g where g.active = true",
                MemberGiftImpl.class).getResultList());
    }

    @Override
    public MemberGift save(MemberGift gift) {
        return em.merge(gift);
    }
}
