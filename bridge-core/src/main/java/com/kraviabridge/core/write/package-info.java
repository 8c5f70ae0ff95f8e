/**
 * Exactly-once writes to the other side: the intent is recorded before the call, the remote id right after, and an
 * unknown outcome is looked up by our own reference before any new attempt. Flows describe a {@link
 * com.kraviabridge.core.write.Write}; {@link com.kraviabridge.core.write.RemoteWrites} performs it.
 */
package com.kraviabridge.core.write;
