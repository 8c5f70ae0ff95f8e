package com.kraviabridge.config;

import java.util.ArrayList;
import java.util.List;

/** {@code key = value (source)} for every key, secrets masked whole: not even their length shows. */
final class SettingsRenderer {

    private SettingsRenderer() {
    }

    static List<String> render(SettingReader in) {
        List<String> lines = new ArrayList<>();
        for (ConfigKey key : KeyCatalog.KEYS) {
            List<String> keys = key.templated() ? in.instancesOf(key.name()) : List.of(key.name());
            keys.forEach(k -> lines.add(line(in.setting(k), key.secret())));
        }
        return lines;
    }

    private static String line(Setting setting, boolean secret) {
        String value = setting.value().isEmpty() ? "(not set)" : secret ? Secret.MASK : setting.value();
        return setting.key() + " = " + value + " (" + setting.origin().describe() + ")";
    }
}
