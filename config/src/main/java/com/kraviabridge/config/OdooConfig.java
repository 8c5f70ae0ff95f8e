package com.kraviabridge.config;

import java.net.URI;
import java.time.Duration;

/** Where and how to reach Odoo ({@code odoo.*}). */
public record OdooConfig(
        URI url,
        String database,
        String username,
        Secret password,
        OdooProtocol protocol,
        int pageSize,
        Duration timeout) {
}
