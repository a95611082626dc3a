package io.loyaltyclub.tier.persistence;

import io.loyaltyclub.platform.AfterCommit;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.persistence.PostPersist;
import javax.persistence.PostRemove;
import javax.persistence.PostUpdate;

/**
 * Tells whoever keeps tiers in memory that one was written on this JVM, once its transaction commits: whatever wrote
 * it (the admin's forms through Broadleaf's persistence, {@link TierDao#save}, a test), since all go through JPA.
 * Another JVM learns of it only by reading the tiers again.
 */
public class TierWrites {

    private static final List<Runnable> LISTENERS = new CopyOnWriteArrayList<Runnable>();

    /** {@code listener} runs after every commit that wrote a tier on this JVM. */
    public static void listen(Runnable listener) {
        LISTENERS.add(listener);
    }

    public static void stopListening(Runnable listener) {
        LISTENERS.remove(listener);
    }

    @PostPersist
    @PostUpdate
    @PostRemove
    public void written(Object tier) {
        AfterCommit.run("a saved tier", new Runnable() {
            @Override
            public void run() {
                for (Runnable listener : LISTENERS) {
                    listener.run();
                }
            }
        });
    }
}
