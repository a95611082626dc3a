package io.loyaltyclub.platform;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.persistence.PostPersist;
import javax.persistence.PostRemove;
import javax.persistence.PostUpdate;

/**
 * Tells whoever keeps rows of an entity in memory (tiers, previews, action rules: {@code @EntityListeners} on the
 * entity) that one was written on this JVM, once its transaction commits: whatever wrote it (the admin's forms through
 * Broadleaf's persistence, a DAO, a test), since all go through JPA. Another JVM learns of it only by reading the rows
 * again ({@link Refresher}).
 */
public class EntityWrites {

    private static final Map<Class<?>, CopyOnWriteArrayList<Runnable>> LISTENERS =
            new ConcurrentHashMap<Class<?>, CopyOnWriteArrayList<Runnable>>();

    /** {@code listener} runs after every commit that wrote an entity of {@code type} on this JVM. */
    public static void listen(Class<?> type, Runnable listener) {
        LISTENERS.computeIfAbsent(type, t -> new CopyOnWriteArrayList<Runnable>()).add(listener);
    }

    public static void stopListening(Class<?> type, Runnable listener) {
        CopyOnWriteArrayList<Runnable> listeners = LISTENERS.get(type);
        if (listeners != null) {
            listeners.remove(listener);
        }
    }

    @PostPersist
    @PostUpdate
    @PostRemove
    public void written(final Object entity) {
        AfterCommit.run("a saved " + entity.getClass().getSimpleName(), () -> {
            for (Map.Entry<Class<?>, CopyOnWriteArrayList<Runnable>> listeners : LISTENERS.entrySet()) {
                if (listeners.getKey().isInstance(entity)) {
                    for (Runnable listener : listeners.getValue()) {
                        listener.run();
                    }
                }
            }
        });
    }
}
