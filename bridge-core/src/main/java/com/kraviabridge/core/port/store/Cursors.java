package com.kraviabridge.core.port.store;

import java.util.Optional;

/** Store port: how far each stream of changes has been read, per company. Never kept in memory only. */
public interface Cursors {

    Optional<String> read(long companyId, String stream);

    void write(long companyId, String stream, String value);
}
