package io.loyaltyclub.access.persistence;

import io.loyaltyclub.access.domain.Preview;

import java.util.Date;
import java.util.List;

public interface EarlyAccessDao {

    /** The active early accesses whose launch is after {@code now}: what they are about, their tier and launch. */
    List<Preview> findBeforeLaunch(Date now);

    EarlyAccess save(EarlyAccess access);
}
