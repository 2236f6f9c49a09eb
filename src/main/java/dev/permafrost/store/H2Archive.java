package dev.permafrost.store;

import java.nio.file.Path;

/** The H2 archive. Placeholder until the store issue lands. */
public final class H2Archive {
    private H2Archive() {}

    public static Archive open(Path path) {
        throw new UnsupportedOperationException("the H2 archive is not built yet: " + path);
    }
}
