package com.kraviabridge.kravia.webhook;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.List;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** The signature rules we can choose between until Kravia confirms theirs (docs/kravia-contract.md §11.4). */
final class SignatureRules {

    /** The primary rule: lower-case hex MD5 of the data text followed by the secret. The default. */
    public static final SignatureRule MD5_DATA_SECRET = new Md5("md5-data-secret", true);
    /** MD5 of the secret followed by the data text. */
    public static final SignatureRule MD5_SECRET_DATA = new Md5("md5-secret-data", false);
    /** HMAC-MD5 keyed with the secret over the data text. */
    public static final SignatureRule HMAC_MD5 = new HmacMd5();

    public static final String DEFAULT = MD5_DATA_SECRET.name();

    private static final List<SignatureRule> ALL = List.of(MD5_DATA_SECRET, MD5_SECRET_DATA, HMAC_MD5);

    private SignatureRules() {
    }

    /** The rule a configuration value names, e.g. {@code md5-data-secret}; unknown names are refused. */
    public static SignatureRule named(String name) {
        String wanted = name == null || name.isBlank() ? DEFAULT : name.trim().toLowerCase(Locale.ROOT);
        return ALL.stream().filter(rule -> rule.name().equals(wanted)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown webhook signature rule '" + name
                        + "'; known: " + ALL.stream().map(SignatureRule::name).toList()));
    }

    private record Md5(String name, boolean dataFirst) implements SignatureRule {
        @Override
        public byte[] digest(String canonicalData, String secret) {
            String signed = dataFirst ? canonicalData + secret : secret + canonicalData;
            try {
                return MessageDigest.getInstance("MD5").digest(signed.getBytes(StandardCharsets.UTF_8));
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("MD5 is part of every JDK", e);
            }
        }

        @Override
        public String toString() {
            return name;
        }
    }

    private static final class HmacMd5 implements SignatureRule {
        @Override
        public String name() {
            return "hmac-md5";
        }

        @Override
        public byte[] digest(String canonicalData, String secret) {
            try {
                Mac mac = Mac.getInstance("HmacMD5");
                mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacMD5"));
                return mac.doFinal(canonicalData.getBytes(StandardCharsets.UTF_8));
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("HmacMD5 is part of every JDK", e);
            }
        }

        @Override
        public String toString() {
            return name();
        }
    }
}
