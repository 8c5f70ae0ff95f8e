package com.kraviabridge.core.port.store;

import java.util.List;
import java.util.Optional;

/** Store port: settlements posted, and whether Kravia was told. */
public interface PostedSettlements {

    void save(PostedSettlement settlement);

    Optional<PostedSettlement> find(long creditorId, String settlementId);

    List<PostedSettlement> list(long companyId);
}
