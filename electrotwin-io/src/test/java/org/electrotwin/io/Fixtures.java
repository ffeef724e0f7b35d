package org.electrotwin.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Path;

/** Access to the committed fixtures in src/test/resources/fixtures. */
final class Fixtures {
    private Fixtures() {
    }

    static Path path(String name) {
        try {
            return Path.of(Fixtures.class.getResource("/fixtures/" + name).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalStateException("missing fixture " + name, e);
        }
    }

    static JsonNode expected() {
        try {
            return new ObjectMapper().readTree(path("expected.json").toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The fixture array's values in C order of (z, y, x), i.e. x fastest. */
    static byte[] values() {
        JsonNode v = expected().get("values_c_order");
        byte[] b = new byte[v.size()];
        for (int i = 0; i < b.length; i++) {
            b[i] = (byte) v.get(i).asInt();
        }
        return b;
    }
}
