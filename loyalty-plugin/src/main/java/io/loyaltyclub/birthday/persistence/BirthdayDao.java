package io.loyaltyclub.birthday.persistence;

import java.util.List;

public interface BirthdayDao {

    BirthdayImpl find(long accountId);

    void persist(BirthdayImpl birthday);

    /** Members born in {@code month} whose reward of {@code year} may be due and was not given, at most {@code limit}. */
    List<Long> due(int month, int year, int limit);

    void flush();
}
