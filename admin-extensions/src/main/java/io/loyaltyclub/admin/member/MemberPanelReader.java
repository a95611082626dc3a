package io.loyaltyclub.admin.member;

import io.loyaltyclub.ledger.domain.Balance;
import io.loyaltyclub.ledger.persistence.LedgerEntry;
import io.loyaltyclub.ledger.service.LoyaltyLedgerService;
import io.loyaltyclub.member.persistence.LoyaltyAccount;
import io.loyaltyclub.member.service.MembershipService;
import io.loyaltyclub.programme.service.LoyaltyProgramService;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.springframework.stereotype.Service;

import java.util.ArrayList;
import java.util.List;
import javax.annotation.Resource;

/** Reads what the loyalty panel shows of a customer (see {@link MemberPanel}). */
@Service("loyaltyMemberPanelReader")
public class MemberPanelReader {

    @Resource(name = "loyaltyMembershipService")
    protected MembershipService memberships;

    @Resource(name = "loyaltyLedgerService")
    protected LoyaltyLedgerService ledger;

    @Resource(name = "loyaltyProgramService")
    protected LoyaltyProgramService programmes;

    /**
     * @param page the ledger page, counted from 1 (newest first); moved into range when there is no such page
     */
    public MemberPanel read(Customer customer, int page) {
        StoreTime time = new StoreTime(programmes.findProgramme().toRules().zone());
        String name = nameOf(customer);
        LoyaltyAccount account = memberships.findByCustomer(customer.getId());
        if (account == null) {
            return MemberPanel.notAMember(customer.getId(), name, time);
        }
        Balance balance = ledger.balance(account.getId());
        LedgerPaging paging = LedgerPaging.of(page, ledger.countEntries(account.getId()));
        List<LedgerRow> rows = new ArrayList<LedgerRow>();
        for (LedgerEntry entry : ledger.historyPage(account.getId(), paging.zeroBased(), LedgerPaging.PAGE_SIZE)) {
            rows.add(new LedgerRow(entry, time));
        }
        return new MemberPanel(customer.getId(), name, account, balance, rows, paging, time);
    }

    /** The customer as the admin's customer screen names them: first and last name, else e-mail or user name. */
    public static String nameOf(Customer customer) {
        StringBuilder name = new StringBuilder();
        if (customer.getFirstName() != null) {
            name.append(customer.getFirstName().trim());
        }
        if (customer.getLastName() != null && !customer.getLastName().trim().isEmpty()) {
            name.append(name.length() > 0 ? " " : "").append(customer.getLastName().trim());
        }
        if (name.length() > 0) {
            return name.toString();
        }
        if (customer.getEmailAddress() != null) {
            return customer.getEmailAddress();
        }
        return customer.getUsername() != null ? customer.getUsername() : "Customer " + customer.getId();
    }
}
