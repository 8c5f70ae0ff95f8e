package com.kraviabridge.config;

/** One key's raw text and where it came from. */
record Setting(String key, String value, Origin origin) {

    Setting withValue(String newValue, Origin newOrigin) {
        return new Setting(key, newValue, newOrigin);
    }
}
