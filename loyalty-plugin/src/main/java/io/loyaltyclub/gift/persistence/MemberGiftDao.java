package io.loyaltyclub.gift.persistence;

import java.util.List;

public interface MemberGiftDao {

    List<MemberGift> findActive();

    MemberGift save(MemberGift gift);
}
