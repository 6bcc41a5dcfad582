package dev.limittriage.ui;

import dev.limittriage.diagnosis.Diagnoser;
import dev.limittriage.io.KnowledgeLoader;
import dev.limittriage.io.PacketStore;
import dev.limittriage.io.TestJson;
import dev.limittriage.knowledge.Knowledge;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** Builds the real composition with test seams: current-thread executor, immediate debouncers, fixed clock. */
public final class TestApp {
    public static final Instant NOW = Instant.parse("2026-11-28T09:00:00Z");
    private static Knowledge knowledge;

    private TestApp() {
    }

    public static synchronized Knowledge knowledge() {
        if (knowledge == null) {
            knowledge = KnowledgeLoader.loadDefault(TestJson.MAPPER);
        }
        return knowledge;
    }

    public static AppComposition.Services services(Path dataDir, DialogService dialogs, Clock clock) {
        Diagnoser diagnoser = new Diagnoser(knowledge());
        return new AppComposition.Services(knowledge(), diagnoser::diagnose, new CurrentThreadTaskExecutor(),
                dialogs, Debouncer::immediate, new PacketStore(dataDir, TestJson.MAPPER),
                new Settings(dataDir, TestJson.MAPPER), TestJson.MAPPER, clock, ZoneOffset.UTC);
    }

    public static AppComposition compose(Path dataDir, DialogService dialogs) {
        return new AppComposition(services(dataDir, dialogs, Clock.fixed(NOW, ZoneId.of("UTC"))));
    }

    public static String paste(String name) {
        try (InputStream in = TestApp.class.getResourceAsStream("pastes/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing test paste " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
