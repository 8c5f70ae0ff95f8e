package com.kraviabridge.sim.kravia;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** The candidate signing rules (docs/kravia-contract.md §11.4), all producing lower-case hex. */
public final class WebhookSigners {

    private WebhookSigners() {
    }

    /** The primary rule: MD5 of the camelCase canonical data JSON followed by the secret. */
    public static WebhookSigner primary() {
        return dataThenSecret(KeyCasing.CAMEL);
    }

    public static WebhookSigner dataThenSecret(KeyCasing casing) {
        return (data, secret) -> md5Hex(data.canonicalJson(casing) + secret);
    }

    public static WebhookSigner secretThenData(KeyCasing casing) {
        return (data, secret) -> md5Hex(secret + data.canonicalJson(casing));
    }

    /** HMAC-MD5 keyed by the secret over the canonical data JSON. */
    public static WebhookSigner hmacMd5(KeyCasing casing) {
        return (data, secret) -> {
            try {
                Mac mac = Mac.getInstance("HmacMD5");
                mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacMD5"));
                return HexFormat.of().formatHex(mac.doFinal(data.canonicalJson(casing).getBytes(StandardCharsets.UTF_8)));
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("HmacMD5 is not available in this JVM", e);
            }
        };
    }

    static String md5Hex(String text) {
        try {
            MessageDigest md5 = MessageDigest.getInstance("MD5");
            return HexFormat.of().formatHex(md5.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("MD5 is not available in this JVM", e);
        }
    }
}
