package io.loyaltyclub.member.persistence;

import java.util.List;

public interface LoyaltyAccountDao {

    LoyaltyAccount findByCustomer(long customerId);

    LoyaltyAccount find(long accountId);

    /** Members by id, for lists. */
    List<LoyaltyAccount> findByCustomers(List<Long> customerIds);

    LoyaltyAccount create();

    LoyaltyAccount save(LoyaltyAccount account);

    /** Writes pending inserts now, so that a unique customer shows up as an error here and not at commit. */
    void flush();
}
