package io.piiscanner.batch.job;

import com.sun.management.GarbageCollectionNotificationInfo;

import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

/**
 * Watches the heap through garbage-collection notifications: the most heap in use (just before a
 * collection) and the most still in use after one (the live data the run really needed).
 */
final class HeapWatch {

    private static final AtomicLong PEAK_USED = new AtomicLong();
    private static final AtomicLong PEAK_LIVE = new AtomicLong();
    private static final Set<String> HEAP_POOLS = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(p -> p.getType() == MemoryType.HEAP).map(MemoryPoolMXBean::getName).collect(Collectors.toSet());
    private static volatile boolean installed;

    private HeapWatch() {
    }

    static synchronized void install() {
        if (installed) {
            return;
        }
        installed = true;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (gc instanceof NotificationEmitter e) {
                e.addNotificationListener((n, handback) -> {
                    if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(n.getType())) {
                        var info = GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData()).getGcInfo();
                        PEAK_USED.accumulateAndGet(heap(info.getMemoryUsageBeforeGc()), Math::max);
                        PEAK_LIVE.accumulateAndGet(heap(info.getMemoryUsageAfterGc()), Math::max);
                    }
                }, null, null);
            }
        }
    }

    private static long heap(Map<String, MemoryUsage> usage) {
        long sum = 0;
        for (Map.Entry<String, MemoryUsage> e : usage.entrySet()) {
            if (HEAP_POOLS.contains(e.getKey())) {
                sum += e.getValue().getUsed();
            }
        }
        return sum;
    }

    /** Most heap in use so far (MB): before the fullest collection, or now if more. */
    static long peakUsedMb() {
        long now = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        return Math.max(PEAK_USED.get(), now) >> 20;
    }

    /** Most heap still in use after a collection (MB): the live data. */
    static long peakLiveMb() {
        return PEAK_LIVE.get() >> 20;
    }
}
