package com.kraviabridge.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Where the flow's own thread spends a measured phase: its stack is sampled every 10 ms and each sample is charged
 * to the innermost bridge frame (store, Odoo adapter, Kravia adapter, core). Cheap enough to stay on; it answers
 * "which calls, which statements" when a figure misses its target.
 */
final class Profiler {

    private final Thread target;
    private final Map<String, Integer> samples = new HashMap<>();
    private final Map<String, Integer> senderSamples = new HashMap<>();
    private int senderTotal;
    private volatile boolean running;
    private Thread sampler;
    private int total;

    Profiler(Thread target) {
        this.target = target;
    }

    void start() {
        synchronized (samples) {
            samples.clear();
            total = 0;
            senderSamples.clear();
            senderTotal = 0;
        }
        running = true;
        sampler = new Thread(() -> {
            while (running) {
                sample();
                try {
                    Thread.sleep(10);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "bench-profiler");
        sampler.setDaemon(true);
        sampler.start();
    }

    private void sample() {
        String key = keyOf(target.getStackTrace());
        if (key != null) {
            synchronized (samples) {
                samples.merge(key, 1, Integer::sum);
                total++;
            }
        }
        for (Map.Entry<Thread, StackTraceElement[]> e : Thread.getAllStackTraces().entrySet()) {
            if (e.getKey().getName().startsWith("kravia-sender")) {
                String k = keyOf(e.getValue());
                if (k != null && !k.contains("ThreadPoolExecutor")) {
                    synchronized (samples) {
                        senderSamples.merge(k, 1, Integer::sum);
                        senderTotal++;
                    }
                }
            }
        }
    }

    private static String keyOf(StackTraceElement[] stack) {
        String key = null;
        String area = null;
        for (StackTraceElement frame : stack) {
            String cls = frame.getClassName();
            if (cls.startsWith("com.kraviabridge.") && !cls.startsWith("com.kraviabridge.bench.")) {
                if (area == null) {
                    area = area(cls);
                }
                if (!plumbing(cls)) {
                    key = area + " " + simple(cls) + "." + frame.getMethodName() + ":" + frame.getLineNumber();
                    break;
                }
            }
        }
        return key;
    }

    /** Helpers every call goes through: the caller above them says more. */
    private static boolean plumbing(String cls) {
        String name = simple(cls);
        return name.startsWith("CountingDataSource") || name.equals("Jdbc") || name.startsWith("Jdbc$")
                || name.startsWith("OdooClient") || name.startsWith("OdooRetries") || name.startsWith("OdooConnection")
                || name.startsWith("KraviaHttp")
                || cls.startsWith("com.kraviabridge.erp.odoo.rpc.") || name.startsWith("RemoteWrites$")
                || name.startsWith("Write$");
    }

    private static String area(String cls) {
        if (cls.startsWith("com.kraviabridge.store.")) {
            return "[SQL]";
        }
        if (cls.startsWith("com.kraviabridge.erp.")) {
            return "[Odoo]";
        }
        if (cls.startsWith("com.kraviabridge.kravia.")) {
            return "[Kravia]";
        }
        return "[core]";
    }

    private static String simple(String cls) {
        return cls.substring(cls.lastIndexOf('.') + 1);
    }

    List<String> stop(int top) {
        running = false;
        if (sampler != null) {
            sampler.interrupt();
            try {
                sampler.join(1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        List<String> lines;
        synchronized (samples) {
            lines = summary("flow thread by area:", samples, total, top);
            List<String> senders = summary("Kravia sender threads (busy samples) by area:", senderSamples, senderTotal, 4);
            if (!senders.isEmpty()) {
                lines.add(senders.get(0));
                senders.subList(1, senders.size()).forEach(lines::add);
            }
        }
        return lines;
    }

    private static List<String> summary(String title, Map<String, Integer> samples, int all, int top) {
        List<Map.Entry<String, Integer>> entries = new ArrayList<>(samples.entrySet());
        entries.sort(Map.Entry.<String, Integer>comparingByValue().reversed());
        Map<String, Integer> byArea = new HashMap<>();
        entries.forEach(e -> byArea.merge(e.getKey().substring(0, e.getKey().indexOf(' ')), e.getValue(), Integer::sum));
        List<String> lines = new ArrayList<>();
        if (all == 0) {
            return lines;
        }
        StringBuilder areas = new StringBuilder(title);
        byArea.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .forEach(e -> areas.append(String.format(Locale.ROOT, " %s %.0f%%", e.getKey(), 100.0 * e.getValue() / all)));
        lines.add(areas.toString());
        for (int i = 0; i < entries.size() && i < top; i++) {
            lines.add(String.format(Locale.ROOT, "%5.1f%%  %s", 100.0 * entries.get(i).getValue() / all,
                    entries.get(i).getKey()));
        }
        return lines;
    }
}
