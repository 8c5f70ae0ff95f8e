package com.kraviabridge.config;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** Merges the file and the environment into one value per key, and resolves references. */
final class SettingSources {

    /**
     * @param settings   effective raw text per known key (defaults not included)
     * @param unresolved keys whose reference could not be read; already reported, so not reported again as missing
     */
    record Collected(Map<String, Setting> settings, Set<String> unresolved) {
    }

    private SettingSources() {
    }

    static Collected collect(List<Setting> fileEntries, Map<String, String> environment, SmallFiles files,
                             Problems problems) {
        Map<String, Setting> merged = new LinkedHashMap<>();
        fileEntries.forEach(entry -> addFromFile(entry, merged, problems));
        new TreeMap<>(environment).forEach((name, value) -> addFromEnvironment(name, value, merged, problems));

        Map<String, Setting> resolved = new LinkedHashMap<>();
        Set<String> unresolved = new HashSet<>();
        for (Setting setting : merged.values()) {
            References.resolve(setting, environment, files, problems)
                    .filter(s -> printable(s, problems))
                    .ifPresentOrElse(s -> resolved.put(s.key(), s), () -> unresolved.add(setting.key()));
        }
        return new Collected(resolved, unresolved);
    }

    /**
     * No setting takes a line break, an escape or another control character but the tab: in a header value it
     * fails only at run time, and printed back it could forge a line of output or drive the terminal. The value
     * may be a secret, so it is not shown.
     */
    private static boolean printable(Setting setting, Problems problems) {
        if (setting.value().chars().noneMatch(SettingSources::isForbiddenControl)) {
            return true;
        }
        String what = setting.origin().via().isEmpty() ? "" : "the value read through " + setting.origin().via() + " ";
        problems.error(setting.key(), setting.origin(), what + "holds a line break or another control character,"
                + " which no setting takes (the value is not shown)");
        return false;
    }

    /** A tab is whitespace like a space, harmless in a header value and on a terminal. */
    private static boolean isForbiddenControl(int c) {
        return c != '\t' && Character.isISOControl(c);
    }

    private static void addFromFile(Setting entry, Map<String, Setting> merged, Problems problems) {
        if (entry.key().isEmpty()) {
            problems.error("", entry.origin(), "a value without a key; write key = value");
            return;
        }
        if (KeyCatalog.find(entry.key()).isEmpty()) {
            String hint = KeyCatalog.suggestKey(entry.key())
                    .map(s -> "; did you mean " + s + "?")
                    .orElse("; bridge.properties.example lists every key");
            problems.error(entry.key(), entry.origin(), "unknown key" + hint);
            return;
        }
        Setting earlier = merged.get(entry.key());
        if (earlier != null) {
            problems.error(entry.key(), entry.origin(), "set again (first set on line " + earlier.origin().line()
                    + "); keep one of the two");
            return;
        }
        merged.put(entry.key(), entry);
    }

    private static void addFromEnvironment(String name, String value, Map<String, Setting> merged, Problems problems) {
        if (!name.startsWith(ConfigKey.ENV_PREFIX)) {
            return;
        }
        KeyCatalog.keyForEnvironmentVariable(name).ifPresentOrElse(
                key -> merged.put(key, new Setting(key, value.strip(), Origin.environment(name))),
                () -> problems.warning("", Origin.environment(name), "not a setting the bridge knows, ignored"
                        + KeyCatalog.suggestEnvironmentVariable(name).map(s -> "; did you mean " + s + "?").orElse("")));
    }
}
