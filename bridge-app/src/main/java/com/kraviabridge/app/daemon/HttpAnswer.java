package com.kraviabridge.app.daemon;

/**
 * What a route answers, and what it does once the answer has gone out (a webhook wakes the status flow only after
 * Kravia has its answer, so Kravia never waits for our work).
 */
record HttpAnswer(int status, String contentType, String body, Runnable afterSent) {

    private static final Runnable NOTHING = () -> { };

    static HttpAnswer text(int status, String text) {
        return new HttpAnswer(status, "text/plain; charset=utf-8", text, NOTHING);
    }

    static HttpAnswer json(int status, String json) {
        return new HttpAnswer(status, "application/json", json, NOTHING);
    }

    HttpAnswer thenRun(Runnable afterwards) {
        return new HttpAnswer(status, contentType, body, afterwards);
    }
}
