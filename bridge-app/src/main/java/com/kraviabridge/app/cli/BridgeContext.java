package com.kraviabridge.app.cli;

import java.util.Map;

/**
 * What a command may take from the outside world besides its arguments. Handed to picocli as the
 * top command's user object, so that tests can run commands with a made-up environment.
 */
public interface BridgeContext {

    Map<String, String> environment();
}
