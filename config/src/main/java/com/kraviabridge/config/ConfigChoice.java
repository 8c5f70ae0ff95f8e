package com.kraviabridge.config;

/** An enum whose constants are spelled in the property file by {@link #configValue()}. */
interface ConfigChoice {
    String configValue();
}
