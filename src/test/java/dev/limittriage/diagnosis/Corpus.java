package dev.limittriage.diagnosis;

import dev.limittriage.io.JsonLines;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;

/**
 * The real pastes used to measure accuracy: every {@code corpus/*.jsonl} (issue 9's extended corpus, each item in
 * the tune or validation split) and the 52 shared fixtures (split "fixtures"). The split is computed from the id,
 * never taken on trust: validation iff the first byte of SHA-1(id) is divisible by 3.
 */
final class Corpus {
    static final String TUNE = "tune";
    static final String VALIDATION = "validation";
    static final String FIXTURES = "fixtures";
    /** A label is a block only when every answer it accepts is one (accept_bucket listing "rpm" admits a window). */
    static final Set<String> NEVER_WAIT_BUCKETS = Set.of("monthly_spend", "credits", "verification", "model_access",
            "content_policy");
    static final Set<String> NEVER_WAIT_OWNERS = Set.of("openai_billing", "openai_access", "content_policy");

    /** One labelled paste. {@code anyOwner}: a content-policy label, where the product names the route instead. */
    record Item(String id, String text, String file, String family, String lang, String split, String owner,
                String bucket, Set<String> owners, Set<String> buckets, boolean anyOwner, String splitField) {
        boolean ownerOk(String got) {
            return anyOwner || owners.contains(got);
        }

        boolean bucketOk(String got) {
            return buckets.contains(got);
        }

        /** Billing, access, verification or policy: retrying never helps, so "wait then retry" is always wrong. */
        boolean neverWait() {
            return NEVER_WAIT_BUCKETS.containsAll(buckets) || NEVER_WAIT_OWNERS.containsAll(owners);
        }
    }

    private Corpus() {
    }

    static String split(String id) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-1").digest(id.getBytes(StandardCharsets.UTF_8));
            return (h[0] & 0xFF) % 3 == 0 ? VALIDATION : TUNE;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every corpus item, then the fixtures. */
    static List<Item> load() {
        List<Item> out = new ArrayList<>();
        URL dir = Corpus.class.getResource("/corpus");
        if (dir != null) {
            try (Stream<Path> files = Files.list(Path.of(dir.toURI()))) {
                for (Path f : files.filter(p -> p.toString().endsWith(".jsonl")).sorted().toList()) {
                    read("/corpus/" + f.getFileName(), false, out);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (URISyntaxException e) {
                throw new IllegalStateException(e);
            }
        }
        read(JsonLines.FIXTURES, true, out);
        return out;
    }

    /**
     * The text of one tune or fixture paste, for a test that pins a rule to a real paste. A validation paste is
     * refused: rules and their tests never read that split.
     */
    static String paste(String id) {
        Item item = ById.ITEMS.get(id);
        if (item == null) {
            throw new IllegalArgumentException("no paste " + id);
        }
        if (item.split().equals(VALIDATION)) {
            throw new IllegalArgumentException(id + " is in the validation split");
        }
        return item.text();
    }

    /** Every item by id, read once for all the tests that pin a rule to one paste. */
    private static final class ById {
        static final Map<String, Item> ITEMS = load().stream()
                .collect(Collectors.toUnmodifiableMap(Item::id, Function.identity()));
    }

    /** The 52 shared fixtures alone. */
    static List<Item> fixtures() {
        List<Item> out = new ArrayList<>();
        read(JsonLines.FIXTURES, true, out);
        return out;
    }

    private static void read(String resource, boolean fixtures, List<Item> out) {
        String file = resource.substring(resource.lastIndexOf('/') + 1);
        for (JsonNode n : JsonLines.read(resource)) {
            String id = n.get("id").asString();
            String owner = n.get("owner").asString();
            String bucket = n.get("bucket").asString();
            Set<String> owners = new LinkedHashSet<>(List.of(owner));
            Set<String> buckets = new LinkedHashSet<>(List.of(bucket));
            if (n.has("accept_owner")) {
                n.get("accept_owner").forEach(x -> owners.add(x.asString()));
            }
            if (n.has("accept_bucket")) {
                n.get("accept_bucket").forEach(x -> buckets.add(x.asString()));
            }
            String family = fixtures ? "fixtures" : text(n, "family");
            out.add(new Item(id, n.get("text").asString(), file, family, text(n, "lang"),
                    fixtures ? FIXTURES : split(id), owner, bucket, owners, buckets, owner.equals("content_policy"),
                    fixtures ? FIXTURES : text(n, "split")));
        }
    }

    private static String text(JsonNode n, String field) {
        return n.has(field) && !n.get(field).isNull() ? n.get(field).asString() : "";
    }

    // ---- re-wrapped forms, as people paste them

    /**
     * Lines wrapped at {@code width} columns as {@code fold -s -w width} does: broken after the last space that fits
     * (the space stays at the end of the line), or cut at the width when a word is longer than a line.
     */
    static String hardWrap(String text, int width) {
        StringBuilder b = new StringBuilder(text.length() + text.length() / width + 8);
        for (String line : text.split("\n", -1)) {
            String rest = line;
            while (rest.length() > width) {
                int space = rest.lastIndexOf(' ', width - 1);
                int cut = space > 0 ? space + 1 : width;
                b.append(rest, 0, cut).append('\n');
                rest = rest.substring(cut);
            }
            b.append(rest).append('\n');
        }
        return b.substring(0, b.length() - 1);
    }

    /** Lines cut at exactly {@code width} columns wherever the width ends, as a terminal shows them. */
    static String terminalCut(String text, int width) {
        StringBuilder b = new StringBuilder(text.length() + text.length() / width + 8);
        for (String line : text.split("\n", -1)) {
            String rest = line;
            while (rest.length() > width) {
                b.append(rest, 0, width).append('\n');
                rest = rest.substring(width);
            }
            b.append(rest).append('\n');
        }
        return b.substring(0, b.length() - 1);
    }

    static String crlf(String text) {
        return text.replace("\r\n", "\n").replace("\n", "\r\n");
    }

    /** Quoted as in a forum or e-mail reply: "> " before every line. */
    static String quoted(String text) {
        return "> " + text.replace("\n", "\n> ");
    }
}
