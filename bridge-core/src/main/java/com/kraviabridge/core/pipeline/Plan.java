package com.kraviabridge.core.pipeline;

import java.util.List;

/**
 * What a flow decided about one page: the page as the flow keeps it until it is booked, and the items to send.
 *
 * @param page   the flow's own record of the page, handed back to {@link PageStep#send} and {@link PageStep#book}
 * @param toSend the items to send, in page order
 */
public record Plan<D, T>(D page, List<T> toSend) {

    public Plan {
        toSend = List.copyOf(toSend);
    }
}
