package com.kraviabridge.sim.kravia;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/** Every request received, in arrival order of their answers, for tests to inspect. */
final class RequestJournal {

    private final List<RecordedRequest> entries = new ArrayList<>();
    private final AtomicLong sequence = new AtomicLong(1);

    void record(ApiRequest request, ApiResponse response, String fault) {
        RecordedRequest entry = new RecordedRequest(sequence.getAndIncrement(), request.method(), request.path(),
                request.rawQuery(), request.authorization(), request.body(), response.status(), response.body(), fault);
        synchronized (entries) {
            entries.add(entry);
        }
    }

    List<RecordedRequest> all() {
        synchronized (entries) {
            return List.copyOf(entries);
        }
    }

    List<RecordedRequest> matching(String method, String pathPrefix) {
        List<RecordedRequest> found = new ArrayList<>();
        for (RecordedRequest entry : all()) {
            if (entry.matches(method, pathPrefix)) {
                found.add(entry);
            }
        }
        return found;
    }

    void clear() {
        synchronized (entries) {
            entries.clear();
        }
    }
}
