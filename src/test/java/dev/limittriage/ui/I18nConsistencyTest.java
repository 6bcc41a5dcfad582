package dev.limittriage.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.limittriage.evidence.FactKind;
import dev.limittriage.knowledge.Bucket;
import dev.limittriage.knowledge.Owner;
import dev.limittriage.knowledge.RetryVerdict;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every key the code asks for exists, and every key in the file is used (literally or through an enum loop). */
class I18nConsistencyTest {
    private static final Pattern LITERAL = Pattern.compile("I18n\\.(?:text|has)\\(\\s*\"([^\"]+)\"");
    private static final Pattern PREFIX = Pattern.compile("I18n\\.(?:text|has)\\(\\s*\"([^\"]+\\.)\"\\s*\\+");
    private static Properties messages;
    private static Set<String> literalKeys;
    private static Set<String> prefixes;

    @BeforeAll
    static void load() throws IOException {
        messages = new Properties();
        try (InputStream in = I18n.class.getResourceAsStream("messages.properties")) {
            messages.load(new java.io.InputStreamReader(in, StandardCharsets.ISO_8859_1));
        }
        literalKeys = new TreeSet<>();
        prefixes = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String code = Files.readString(file);
                Matcher m = LITERAL.matcher(code);
                while (m.find()) {
                    literalKeys.add(m.group(1));
                }
                Matcher p = PREFIX.matcher(code);
                while (p.find()) {
                    prefixes.add(p.group(1));
                }
            }
        }
    }

    /** Keys built at run time from enums and ids, each checked by looping. */
    private static Set<String> builtKeys() {
        Set<String> keys = new TreeSet<>();
        for (Step s : Step.values()) {
            keys.add("step." + s.id());
        }
        for (Route r : Route.values()) {
            keys.add("route." + r.id() + ".title");
            keys.add("route." + r.id() + ".detail");
        }
        for (Owner o : Owner.values()) {
            keys.add("owner." + o.id());
        }
        for (Bucket b : Bucket.values()) {
            keys.add("bucket." + b.id());
            keys.add("bucket.short." + b.id());
        }
        for (RetryVerdict r : RetryVerdict.values()) {
            keys.add("retry." + r.id());
            keys.add("recovery.retry." + r.id());
        }
        for (FactKind k : FactKind.values()) {
            keys.add("fact." + k.name());
        }
        for (String route : dev.limittriage.ui.owners.DiagnosisViewModel.ROUTES.keySet()) {
            keys.add("diagram.route." + route);
        }
        return keys;
    }

    @Test
    void should_define_every_key_the_code_uses() {
        // given
        Set<String> needed = new TreeSet<>(literalKeys);
        needed.addAll(builtKeys());
        // when
        Set<String> missing = new TreeSet<>(needed);
        missing.removeAll(messages.stringPropertyNames());
        // then
        assertThat(missing).isEmpty();
    }

    @Test
    void should_use_every_key_the_file_defines() {
        // given
        Set<String> used = new TreeSet<>(literalKeys);
        used.addAll(builtKeys());
        // when
        Set<String> unused = new TreeSet<>();
        for (String key : messages.stringPropertyNames()) {
            boolean optionalByPrefix = prefixes.stream().anyMatch(key::startsWith) && key.startsWith("signal.");
            if (!used.contains(key) && !optionalByPrefix) {
                unused.add(key);
            }
        }
        // then
        assertThat(unused).isEmpty();
    }

    @Test
    void should_build_every_enum_key_through_a_prefix_the_code_really_uses() {
        // given: each family of built keys must be produced by code, or the loop above proves nothing
        Set<String> families = Set.of("step.", "route.", "owner.", "bucket.", "bucket.short.", "retry.", "recovery.retry.",
                "fact.", "diagram.route.", "signal.");
        // when / then
        assertThat(prefixes).containsAll(families);
    }
}
