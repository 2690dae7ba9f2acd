package io.piiscanner.batch.store;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;

/** Source slots of one process (the embedded H2 store cannot be shared by several processes anyway). */
public final class LocalSourceSlots implements SourceSlots {

    private final Map<String, Semaphore> semaphores = new ConcurrentHashMap<>();

    @Override
    public Slot acquire(String key, int limit) throws InterruptedException {
        Semaphore s = semaphores.computeIfAbsent(key + '\u0000' + limit, k -> new Semaphore(limit, true));
        s.acquire();
        AtomicBoolean released = new AtomicBoolean();
        return () -> {
            if (released.compareAndSet(false, true)) {
                s.release();
            }
        };
    }
}
