package com.kraviabridge.app.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

import picocli.CommandLine.IVersionProvider;

/**
 * What {@code bridge --version} prints: the Maven project version, the git commit and the build date, written into
 * a resource at build time. A build made outside a git checkout (from a source archive) has no commit: it says
 * "unknown" rather than failing.
 */
public final class VersionProvider implements IVersionProvider {

    static final String RESOURCE = "/com/kraviabridge/app/version.properties";
    private static final String UNKNOWN = "unknown";

    /** The build's identity; every field is "unknown" when the build could not tell. */
    public record BuildInfo(String version, String commit, boolean dirty, String builtAt) {

        /** One line, e.g. {@code kravia-bridge 0.1.0 (commit 1a2b3c4d5e, built 2026-12-06T01:02:03Z)}. */
        public String describe() {
            return "kravia-bridge " + version + " (commit " + commit + (dirty ? ", with uncommitted changes" : "")
                    + ", built " + builtAt + ")";
        }
    }

    @Override
    public String[] getVersion() {
        return new String[] {buildInfo().describe()};
    }

    public static String version() {
        return buildInfo().version();
    }

    public static BuildInfo buildInfo() {
        Properties properties = new Properties();
        try (InputStream in = VersionProvider.class.getResourceAsStream(RESOURCE)) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE + " from the bridge's jar", e);
        }
        return new BuildInfo(value(properties, "version"), value(properties, "commit"),
                "true".equals(properties.getProperty("dirty")), value(properties, "built"));
    }

    /** A placeholder Maven left unfilled (no git, for one) reads as unknown. */
    private static String value(Properties properties, String key) {
        String value = properties.getProperty(key, "").strip();
        return value.isEmpty() || value.contains("${") ? UNKNOWN : value;
    }
}
