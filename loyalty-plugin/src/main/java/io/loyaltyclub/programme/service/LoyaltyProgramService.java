package io.loyaltyclub.programme.service;

import io.loyaltyclub.programme.persistence.LoyaltyProgram;

/**
 * The loyalty programme of the site (loyalty spec, section 1).
 */
public interface LoyaltyProgramService {

    /**
     * The programme, created with the spec's defaults and the default terms when the site has none yet.
     * Safe when several nodes ask at once: one row wins and everybody gets it.
     */
    LoyaltyProgram findProgramme();

    /**
     * Saves changed settings after checking them.
     *
     * @throws InvalidProgrammeException listing every problem, when the settings are not valid; nothing is saved
     * @throws StaleProgrammeException when someone saved the settings after {@code programme} was read
     */
    LoyaltyProgram save(LoyaltyProgram programme);
}
