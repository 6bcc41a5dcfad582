package dev.limittriage.io;

import tools.jackson.databind.json.JsonMapper;

/** The app's mapper configuration, made once for the tests (the app makes its own once per process). */
public final class TestJson {
    public static final JsonMapper MAPPER = Json.create();

    private TestJson() {
    }
}
