package com.kraviabridge.core.domain;

import java.time.LocalDateTime;
import java.util.List;

/**
 * One batch of Kravia's change feed, oldest first, without duplicates.
 *
 * @param nextCursor where the next poll starts; the feed's bound is inclusive, so a poll starting there may
 *                   return some of these cases again and the caller de-duplicates on status and time
 * @param complete   false when the batch stopped at the requested limit and more changes wait
 */
public record CaseChanges(List<CaseSnapshot> cases, LocalDateTime nextCursor, boolean complete) {
}
