package com.kraviabridge.bench;

import com.sun.management.GarbageCollectionNotificationInfo;

import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The heap of this JVM (the bridge's: the simulators run in another one) during a measured phase:
 * <ul>
 *   <li>peak: the most heap in use at any moment, i.e. just before a collection (from the collectors'
 *       notifications) or at a 20 ms sample, whichever is higher;</li>
 *   <li>live: the most heap still in use right after a collection, an upper bound of what the bridge retains
 *       (old garbage not collected yet counts too).</li>
 * </ul>
 */
final class HeapWatch {

    private final AtomicLong peak = new AtomicLong();
    private final AtomicLong live = new AtomicLong();
    private final AtomicLong collections = new AtomicLong();
    private final List<MemoryPoolMXBean> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(p -> p.getType() == MemoryType.HEAP).toList();

    HeapWatch() {
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (gc instanceof NotificationEmitter emitter) {
                emitter.addNotificationListener((notification, handback) -> {
                    if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
                        GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo
                                .from((CompositeData) notification.getUserData());
                        collections.incrementAndGet();
                        raise(peak, heapOf(info.getGcInfo().getMemoryUsageBeforeGc()));
                        raise(live, heapOf(info.getGcInfo().getMemoryUsageAfterGc()));
                    }
                }, null, null);
            }
        }
        Thread sampler = new Thread(() -> {
            while (true) {
                raise(peak, used());
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "heap-sampler");
        sampler.setDaemon(true);
        sampler.start();
    }

    private long heapOf(Map<String, MemoryUsage> usage) {
        long sum = 0;
        for (MemoryPoolMXBean pool : heapPools) {
            MemoryUsage u = usage.get(pool.getName());
            if (u != null) {
                sum += u.getUsed();
            }
        }
        return sum;
    }

    private static long used() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static void raise(AtomicLong value, long candidate) {
        value.accumulateAndGet(candidate, Math::max);
    }

    /** Starts a new phase from a collected heap, so what came before does not count. */
    void reset() {
        System.gc();
        long now = used();
        peak.set(now);
        live.set(now);
        collections.set(0);
    }

    long peakBytes() {
        raise(peak, used());
        return peak.get();
    }

    long liveBytes() {
        return live.get();
    }

    long collections() {
        return collections.get();
    }

    static long maxBytes() {
        return Runtime.getRuntime().maxMemory();
    }
}
