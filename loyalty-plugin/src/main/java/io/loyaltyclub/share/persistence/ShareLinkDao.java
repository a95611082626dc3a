package io.loyaltyclub.share.persistence;

public interface ShareLinkDao {

    ShareLinkImpl findByToken(String token);

    ShareLinkImpl find(long accountId, long productId);

    void persist(ShareLinkImpl link);

    /** Counts one more visit in one statement (no read of the row, no lost update). */
    void countVisit(long linkId);

    void flush();
}
