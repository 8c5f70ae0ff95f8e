package com.kraviabridge.app.daemon;

import java.io.IOException;

/** One endpoint of the bridge's HTTP port. It may block (the database); it runs on one of the server's threads. */
@FunctionalInterface
interface Route {

    HttpAnswer answer(HttpCall call) throws IOException;
}
