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
    private static final Pattern LITERAL = Pattern.compile("I18n\\.(?:text|has)\\(\\s*\"([^\"]+)\"\\s*[,)]");
    /** Any string literal shaped like a key ("evidence.table.group"), e.g. handed to a helper or a ternary. */
    private static final Pattern KEY_LIKE = Pattern.compile("\"([a-z][A-Za-z]*(?:\\.[A-Za-z_][A-Za-z0-9_]*)+)\"");
    private static final Pattern PREFIX = Pattern.compile("I18n\\.(?:text|has)\\(\\s*\"([^\"]+\\.)\"\\s*\\+");
    private static Properties messages;
    private static Set<String> literalKeys;
    private static Set<String> prefixes;
    private static Set<String> keyLike;

    @BeforeAll
    static void load() throws IOException {
        messages = new Properties();
        try (InputStream in = I18n.class.getResourceAsStream("messages.properties")) {
            messages.load(new java.io.InputStreamReader(in, StandardCharsets.ISO_8859_1));
        }
        literalKeys = new TreeSet<>();
        prefixes = new TreeSet<>();
        keyLike = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/dev/limittriage/ui"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String code = Files.readString(file);
                Matcher m = LITERAL.matcher(code);
                while (m.find()) {
                    literalKeys.add(m.group(1));
                }
                Matcher k = KEY_LIKE.matcher(code);
                while (k.find()) {
                    keyLike.add(k.group(1));
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
        for (dev.limittriage.ui.shell.ShellViewModel.ThemeChoice c
                : dev.limittriage.ui.shell.ShellViewModel.ThemeChoice.values()) {
            String key = "shell.theme." + c.name().toLowerCase(java.util.Locale.ROOT);
            keys.add(key);
            keys.add(key + ".accessible");
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
        for (dev.limittriage.packet.FieldName f : dev.limittriage.packet.FieldName.values()) {
            keys.add("packet.field." + f.key());
        }
        for (dev.limittriage.packet.Origin o : dev.limittriage.packet.Origin.values()) {
            keys.add("packet.origin." + o.id());
        }
        for (dev.limittriage.packet.PacketTemplate t : dev.limittriage.packet.PacketTemplate.values()) {
            keys.add("export.template." + t.id());
        }
        for (dev.limittriage.io.ExportFormat f : dev.limittriage.io.ExportFormat.values()) {
            keys.add("export.format." + f.id());
        }
        for (dev.limittriage.knowledge.Quality q : dev.limittriage.knowledge.Quality.values()) {
            keys.add("plan.quality." + q.id());
        }
        for (var c : dev.limittriage.ui.plan.PlanViewModel.LimitsChoice.values()) {
            keys.add(c.tier() > 0 ? "plan.limits.tier" : "plan.limits." + c.name().toLowerCase(java.util.Locale.ROOT));
        }
        return keys;
    }

    @Test
    void should_define_every_key_the_code_uses() {
        // given
        Set<String> needed = new TreeSet<>(literalKeys);
        needed.addAll(builtKeys());
        Set<String> families = new TreeSet<>();
        messages.stringPropertyNames().forEach(key -> families.add(key.substring(0, key.indexOf('.') + 1)));
        keyLike.stream().filter(k -> families.stream().anyMatch(k::startsWith)).filter(k -> !k.endsWith(".css"))
                .forEach(needed::add);
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
        used.addAll(keyLike);
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
                "fact.", "diagram.route.", "signal.", "packet.field.", "packet.origin.", "export.template.",
                "export.format.");
        // when / then
        assertThat(prefixes).containsAll(families);
    }
}
