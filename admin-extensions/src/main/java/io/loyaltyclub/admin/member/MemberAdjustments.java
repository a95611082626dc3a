package io.loyaltyclub.admin.member;

import io.loyaltyclub.ledger.service.EntrySource;
import io.loyaltyclub.ledger.service.IdempotencyConflictException;
import io.loyaltyclub.ledger.service.LoyaltyLedgerService;
import io.loyaltyclub.ledger.service.PostingResult;
import org.springframework.stereotype.Service;

import java.util.Map;
import javax.annotation.Resource;

/**
 * Posts an admin's "Adjust points" form to the member's ledger as an ADJUST entry with the admin's user name
 * and note (loyalty spec, sections 2 and 10). The form's one-time token is the idempotency key, so the same
 * form sent twice posts once. Points taken away beyond what is available become a debt (the ledger's rule).
 */
@Service("loyaltyMemberAdjustments")
public class MemberAdjustments {

    @Resource(name = "loyaltyLedgerService")
    protected LoyaltyLedgerService ledger;

    /**
     * @param adminLogin the signed-in admin's user name, recorded on the entry
     * @return what happened; a form with problems changes nothing
     */
    public AdjustmentOutcome adjust(long accountId, AdjustPointsForm form, String adminLogin) {
        if (adminLogin == null || adminLogin.trim().isEmpty()) {
            throw new IllegalArgumentException("An adjustment records the admin who made it");
        }
        Map<String, String> problems = form.problems();
        if (!problems.isEmpty()) {
            return AdjustmentOutcome.refused(problems);
        }
        try {
            PostingResult result = ledger.adjust(accountId, form.pointsValue(),
                    EntrySource.admin(adminLogin, form.trimmedNote()), form.idempotencyKey());
            return result.isReplayed()
                    ? AdjustmentOutcome.replayed(result.getEntry(), ledger.balance(accountId))
                    : AdjustmentOutcome.posted(result.getEntry(), ledger.balance(accountId));
        } catch (IdempotencyConflictException e) {
            return AdjustmentOutcome.formUsed();
        }
    }
}
