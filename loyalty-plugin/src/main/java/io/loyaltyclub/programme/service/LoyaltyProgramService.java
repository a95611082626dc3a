package io.loyaltyclub.programme.service;

import io.loyaltyclub.programme.persistence.LoyaltyProgram;

/**
 * The loyalty programme of the site (loyalty spec, section 1).
 */
public interface LoyaltyProgramService {

    /**
     * The programme, created with the spec's defaults and the default terms when the site has none yet.
     * Safe when several nodes ask at once: one row wins and everybody gets it.
     *
     * <p>A detached copy of the settings this node keeps in memory (changing it changes nothing until it is saved);
     * a save on this node is there as soon as it commits, one on another node within
     * {@code loyalty.programme.refreshSeconds} (10). Reading them takes no database connection of its own.
     */
    LoyaltyProgram findProgramme();

    /**
     * Tells this node that the settings were saved by other means than {@link #save} (the admin's entity form):
     * they are read again once the caller's transaction commits.
     */
    void settingsChanged();

    /**
     * Saves changed settings after checking them.
     *
     * @throws InvalidProgrammeException listing every problem, when the settings are not valid; nothing is saved
     * @throws StaleProgrammeException when someone saved the settings after {@code programme} was read
     */
    LoyaltyProgram save(LoyaltyProgram programme);
}
