package dev.permafrost.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine;

/** Reads the version Maven wrote into the jar. */
final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() throws IOException {
        Properties properties = new Properties();
        try (InputStream in = VersionProvider.class.getResourceAsStream("/dev/permafrost/version.properties")) {
            if (in != null) {
                properties.load(in);
            }
        }
        return new String[] {"permafrost " + properties.getProperty("version", "unknown"),
            "Java " + System.getProperty("java.version")};
    }
}
