package io.loyaltyclub.platform;

import java.util.function.Supplier;

/**
 * What a JVM keeps in memory of one entity's rows (the tiers, the previews, the action rules), so that the pages and
 * requests that ask for it on every request cost no query:
 *
 * <ul>
 *   <li>Read on first use, on the caller's thread and in its transaction when it has one.</li>
 *   <li>A write of the entity on this JVM (anything through JPA: {@link EntityWrites}) makes it forget what it keeps
 *   once the write commits, and the refresher reads it again at once.</li>
 *   <li>The {@link Refresher} reads it again every so many seconds, so that a write on another JVM (the admin is one of
 *   its own) counts here within them.</li>
 *   <li>A read that began before a write on this JVM ended is used by its caller but not kept: it may not show the
 *   write.</li>
 * </ul>
 *
 * @param <T> what is kept: read whole by {@code read}, never changed afterwards (callers get copies where they could
 *            change it)
 */
public final class KeptInMemory<T> {

    private final Class<?> entity;
    private final Supplier<T> reader;
    private final Refresher.Reload reload;
    private final Runnable forget = this::forget;
    private volatile T kept;
    /** Counts the writes on this JVM, so that a read which began before one ended is not kept. */
    private long writes;

    /**
     * Keeps what {@code reader} reads of {@code entity}'s rows, read again every {@code seconds} by {@code refresher}
     * ({@code what} names it in the log when a read fails).
     */
    public KeptInMemory(Refresher refresher, String what, long seconds, Class<?> entity, Supplier<T> reader) {
        this.entity = entity;
        this.reader = reader;
        this.reload = refresher.every(what, seconds, this::read);
        EntityWrites.listen(entity, forget);
    }

    /** What is kept, or what is read now when nothing is. */
    public T get() {
        T current = kept;
        return current != null ? current : read();
    }

    /** Reads now (in the caller's transaction when it has one) and keeps it unless a write came meanwhile. */
    public T read() {
        long seen;
        synchronized (this) {
            seen = writes;
        }
        T read = reader.get();
        synchronized (this) {
            if (writes == seen) {
                kept = read;
            }
        }
        return read;
    }

    /** Forgets what is kept (a write on this JVM committed); the refresher reads it again at once. */
    public void forget() {
        synchronized (this) {
            writes++;
            kept = null;
        }
        reload.soon();
    }

    /** Reads no more (the context closes). */
    public void close() {
        EntityWrites.stopListening(entity, forget);
        reload.cancel();
    }
}
