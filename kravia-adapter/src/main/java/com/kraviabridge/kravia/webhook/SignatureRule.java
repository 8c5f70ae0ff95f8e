package com.kraviabridge.kravia.webhook;

/**
 * How Kravia turns a webhook's canonical {@code data} text and the creditor's secret into the signature.
 * Kravia's own sample is cut off before it says (docs/kravia-contract.md §11.3), so the rule is a choice behind this
 * interface, picked by name from configuration (see {@link SignatureRules}).
 */
public interface SignatureRule {

    /** The configuration value that selects this rule. */
    String name();

    /** The digest Kravia would send, as raw bytes (the body carries it as hex). */
    byte[] digest(String canonicalData, String secret);
}
