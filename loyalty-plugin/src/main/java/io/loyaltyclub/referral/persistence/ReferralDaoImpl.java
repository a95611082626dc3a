package io.loyaltyclub.referral.persistence;

import io.loyaltyclub.referral.domain.EmailIdentity;
import io.loyaltyclub.referral.domain.PostalAddress;
import io.loyaltyclub.referral.domain.ReferralState;
import org.broadleafcommerce.core.order.service.type.OrderStatus;
import org.broadleafcommerce.profile.core.domain.Address;
import org.springframework.stereotype.Repository;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.persistence.EntityManager;
import javax.persistence.LockModeType;
import javax.persistence.PersistenceContext;
import javax.persistence.TypedQuery;

@Repository("loyaltyReferralDao")
public class ReferralDaoImpl implements ReferralDao {

    /** Orders that were placed: what counts as having bought. */
    private static final List<String> PLACED = Arrays.asList(OrderStatus.SUBMITTED.getType(),
            OrderStatus.CANCELLED.getType());

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    @Override
    public ReferralCodeImpl findCode(long accountId) {
        return em.find(ReferralCodeImpl.class, accountId);
    }

    @Override
    public ReferralCodeImpl findByCode(String code) {
        List<ReferralCodeImpl> found = em.createQuery("select c from ReferralCodeImpl c where c.code = :code",
                ReferralCodeImpl.class).setParameter("code", code).getResultList();
        return found.isEmpty() ? null : found.get(0);
    }

    @Override
    public ReferralCodeImpl saveCode(ReferralCodeImpl code) {
        em.persist(code);
        return code;
    }

    @Override
    public ReferralImpl find(long referralId) {
        return em.find(ReferralImpl.class, referralId);
    }

    @Override
    public ReferralImpl lock(long referralId) {
        return em.find(ReferralImpl.class, referralId, LockModeType.PESSIMISTIC_WRITE);
    }

    @Override
    public ReferralImpl findByFriend(long friendCustomerId) {
        List<ReferralImpl> found = em.createQuery("select r from ReferralImpl r where r.friendCustomerId = :friend",
                ReferralImpl.class).setParameter("friend", friendCustomerId).getResultList();
        return found.isEmpty() ? null : found.get(0);
    }

    @Override
    public ReferralImpl save(ReferralImpl referral) {
        if (referral.getId() == null) {
            em.persist(referral);
            return referral;
        }
        return em.merge(referral);
    }

    @Override
    public void flush() {
        em.flush();
    }

    @Override
    public long countCounting(long advocateAccountId, Date from, Date to) {
        return em.createQuery("select count(r) from ReferralImpl r where r.advocateAccountId = :advocate"
                + " and r.registeredAt >= :from and r.registeredAt < :to and r.state <> :refused", Long.class)
                .setParameter("advocate", advocateAccountId).setParameter("from", from).setParameter("to", to)
                .setParameter("refused", ReferralState.REFUSED.name()).getSingleResult();
    }

    @Override
    public List<ReferralImpl> ofAdvocate(long advocateAccountId, int limit) {
        return em.createQuery("select r from ReferralImpl r where r.advocateAccountId = :advocate"
                + " order by r.registeredAt desc, r.id desc", ReferralImpl.class)
                .setParameter("advocate", advocateAccountId).setMaxResults(limit).getResultList();
    }

    @Override
    public List<ReferralImpl> list(Collection<ReferralState> states, int first, int limit) {
        boolean all = states == null || states.isEmpty();
        TypedQuery<ReferralImpl> query = em.createQuery("select r from ReferralImpl r"
                + (all ? "" : " where r.state in (:states)") + " order by r.registeredAt desc, r.id desc",
                ReferralImpl.class);
        if (!all) {
            query.setParameter("states", names(states));
        }
        return query.setFirstResult(first).setMaxResults(limit).getResultList();
    }

    @Override
    public long count(Collection<ReferralState> states) {
        boolean all = states == null || states.isEmpty();
        TypedQuery<Long> query = em.createQuery("select count(r) from ReferralImpl r"
                + (all ? "" : " where r.state in (:states)"), Long.class);
        if (!all) {
            query.setParameter("states", names(states));
        }
        return query.getSingleResult();
    }

    @Override
    public List<Long> awaitingFirstOrder(long afterId, int limit) {
        return em.createQuery("select r.id from ReferralImpl r where r.state = :registered and r.firstOrderId is null"
                + " and r.id > :after order by r.id", Long.class)
                .setParameter("registered", ReferralState.REGISTERED.name()).setParameter("after", afterId)
                .setMaxResults(limit).getResultList();
    }

    @Override
    public List<Long> awaitingFriendReward(long afterId, int limit) {
        return em.createQuery("select r.id from ReferralImpl r where r.state <> :refused"
                + " and r.friendRewardedAt is null and r.id > :after order by r.id", Long.class)
                .setParameter("refused", ReferralState.REFUSED.name()).setParameter("after", afterId)
                .setMaxResults(limit).getResultList();
    }

    @Override
    public List<Long> dueForAdvocateReward(Date now, int limit) {
        // Due at the day set when the first order was placed, or once an admin ended that order's return window.
        return em.createQuery("select r.id from ReferralImpl r where r.state = :ordered and (r.rewardDueAt <= :now"
                + " or exists (select w.id from ReturnWindowEndImpl w where w.orderId = r.firstOrderId"
                + " and w.endedAt <= :now)) order by r.rewardDueAt, r.id", Long.class)
                .setParameter("ordered", ReferralState.ORDERED.name()).setParameter("now", now)
                .setMaxResults(limit).getResultList();
    }

    @Override
    public ReferralSettings findSettings() {
        List<ReferralSettingsImpl> found = em.createQuery("select s from ReferralSettingsImpl s order by s.id",
                ReferralSettingsImpl.class).setMaxResults(1).getResultList();
        return found.isEmpty() ? null : found.get(0);
    }

    @Override
    public ReferralSettings saveSettings(ReferralSettings settings) {
        return em.merge(settings);
    }

    @Override
    public boolean mailboxKnown(String mailbox, Set<String> domains, long friendCustomerId) {
        for (String domain : domains) {
            String suffix = "%@" + domain;
            List<String> customers = em.createQuery("select c.emailAddress from CustomerImpl c"
                    + " where lower(c.emailAddress) like :suffix and c.id <> :friend", String.class)
                    .setParameter("suffix", suffix).setParameter("friend", friendCustomerId).getResultList();
            List<String> orders = em.createQuery("select o.emailAddress from OrderImpl o"
                    + " where lower(o.emailAddress) like :suffix and o.status in (:placed)", String.class)
                    .setParameter("suffix", suffix).setParameter("placed", PLACED).getResultList();
            List<String> emails = new ArrayList<String>(customers);
            emails.addAll(orders);
            for (String email : emails) {
                if (mailbox.equals(EmailIdentity.of(email))) {
                    return true;
                }
            }
        }
        return false;
    }

    @Override
    public boolean hasOrders(long customerId) {
        return em.createQuery("select count(o) from OrderImpl o where o.customer.id = :customer"
                + " and o.status in (:placed)", Long.class)
                .setParameter("customer", customerId).setParameter("placed", PLACED).getSingleResult() > 0;
    }

    @Override
    public Object[] firstOrder(long customerId) {
        List<Object[]> found = em.createQuery("select o.id, o.orderNumber, o.submitDate from OrderImpl o"
                + " where o.customer.id = :customer and o.status in (:placed) order by o.submitDate, o.id",
                Object[].class).setParameter("customer", customerId).setParameter("placed", PLACED)
                .setMaxResults(1).getResultList();
        return found.isEmpty() ? null : found.get(0);
    }

    @Override
    public String orderStatus(long orderId) {
        List<String> found = em.createQuery("select o.status from OrderImpl o where o.id = :order", String.class)
                .setParameter("order", orderId).getResultList();
        return found.isEmpty() ? null : found.get(0);
    }

    @Override
    public Set<PostalAddress> addressesOf(long customerId) {
        Set<PostalAddress> addresses = new HashSet<PostalAddress>();
        add(addresses, em.createQuery("select ca.address from CustomerAddressImpl ca where ca.customer.id = :customer",
                Address.class).setParameter("customer", customerId).getResultList());
        add(addresses, em.createQuery("select fg.address from FulfillmentGroupImpl fg"
                + " where fg.order.customer.id = :customer and fg.order.status in (:placed)", Address.class)
                .setParameter("customer", customerId).setParameter("placed", PLACED).getResultList());
        return addresses;
    }

    @Override
    public Set<PostalAddress> addressesOfOrder(long orderId) {
        Set<PostalAddress> addresses = new HashSet<PostalAddress>();
        add(addresses, em.createQuery("select fg.address from FulfillmentGroupImpl fg where fg.order.id = :order",
                Address.class).setParameter("order", orderId).getResultList());
        return addresses;
    }

    private static void add(Set<PostalAddress> into, List<Address> addresses) {
        for (Address address : addresses) {
            if (address == null) {
                continue;
            }
            String country = address.getCountry() == null ? null : address.getCountry().getAbbreviation();
            PostalAddress postal = PostalAddress.of(address.getAddressLine1(), address.getAddressLine2(),
                    address.getPostalCode(), address.getCity(), country);
            if (postal != null) {
                into.add(postal);
            }
        }
    }

    private static List<String> names(Collection<ReferralState> states) {
        List<String> names = new ArrayList<String>();
        for (ReferralState state : states) {
            names.add(state.name());
        }
        return names;
    }
}
