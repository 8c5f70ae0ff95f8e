package com.kraviabridge.app.daemon;

/**
 * One request to the bridge's endpoint, its body read whole (and within the size limit) before a route sees it.
 *
 * @param path the decoded path, without the query
 */
record HttpCall(String method, String path, byte[] body) {
}
