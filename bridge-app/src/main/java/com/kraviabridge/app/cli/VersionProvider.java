package com.kraviabridge.app.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

import picocli.CommandLine.IVersionProvider;

/** The Maven project version, written into a resource at build time. */
public final class VersionProvider implements IVersionProvider {

    static final String RESOURCE = "/com/kraviabridge/app/version.properties";

    @Override
    public String[] getVersion() throws IOException {
        return new String[] {"kravia-bridge " + version()};
    }

    public static String version() throws IOException {
        try (InputStream in = VersionProvider.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return "unknown";
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version", "unknown");
        }
    }
}
