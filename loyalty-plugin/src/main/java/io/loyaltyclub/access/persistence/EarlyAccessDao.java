package io.loyaltyclub.access.persistence;

import java.util.Date;
import java.util.List;

public interface EarlyAccessDao {

    /** The active early accesses whose launch is after {@code now}. */
    List<EarlyAccess> findBeforeLaunch(Date now);

    EarlyAccess save(EarlyAccess access);
}
