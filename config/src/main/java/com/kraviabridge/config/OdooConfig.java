package com.kraviabridge.config;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;

/**
 * Where and how to reach Odoo ({@code odoo.*}).
 *
 * @param reviewUser the login of the user who gets the to-dos for records kept for review; empty for each
 *                   invoice's salesperson
 */
public record OdooConfig(
        URI url,
        String database,
        String username,
        Secret password,
        OdooProtocol protocol,
        int pageSize,
        Duration timeout,
        Optional<String> reviewUser) {
}
