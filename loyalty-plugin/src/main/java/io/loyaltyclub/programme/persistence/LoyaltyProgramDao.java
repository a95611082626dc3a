package io.loyaltyclub.programme.persistence;

/**
 * Reads and writes the programme row.
 */
public interface LoyaltyProgramDao {

    /** The key of the one programme of a single-site shop. */
    String DEFAULT_SITE_KEY = "default";

    /** The programme of the site, or {@code null} when none has been saved yet. */
    LoyaltyProgram find();

    /** A new, unsaved programme with the defaults of the loyalty spec. */
    LoyaltyProgram create();

    LoyaltyProgram save(LoyaltyProgram programme);
}
