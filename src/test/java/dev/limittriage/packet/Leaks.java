package dev.limittriage.packet;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The one check every planted-secret test uses: a secret has leaked when the output holds the whole secret or any
 * {@value #PIECE}-character piece of its random part. A redaction cut short (a pattern that stops after 16
 * characters of a 164-character key) passes a whole-secret check while leaking most of the key; this one fails.
 *
 * <p>The random part is the secret without the fixed prefix its kind always starts with ({@code sk-proj-},
 * {@code AIza}, a JWT's standard header...): those prefixes may appear in ordinary text and say nothing secret.
 */
public final class Leaks {
    /** Length of the pieces looked for; long enough that random text never holds one by chance. */
    public static final int PIECE = 12;

    /** Fixed starts of key kinds, longest first so the most specific one is stripped. */
    private static final List<String> FIXED_PREFIXES = List.of(
            "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiI", "sk-ant-api03-", "sk-svcacct-", "sk-or-v1-",
            "sk-admin-", "sk-proj-", "sk-", "AIza", "r8_", "AKIA", "ASIA");

    private Leaks() {
    }

    /** The part of a secret that carries its entropy: the secret less the fixed prefix of its kind. */
    public static String randomPart(String secret) {
        for (String prefix : FIXED_PREFIXES) {
            if (secret.startsWith(prefix) && secret.length() > prefix.length()) {
                return secret.substring(prefix.length());
            }
        }
        return secret;
    }

    /** Every piece of {@link #PIECE} characters of the random part (the whole part when it is shorter). */
    public static List<String> pieces(String secret) {
        String random = randomPart(secret);
        List<String> pieces = new ArrayList<>();
        if (random.length() <= PIECE) {
            pieces.add(random);
            return pieces;
        }
        for (int i = 0; i + PIECE <= random.length(); i++) {
            pieces.add(random.substring(i, i + PIECE));
        }
        return pieces;
    }

    /** Fails, naming the secret and the first surviving piece, if any piece of the secret is in the output. */
    public static void assertNoLeak(String output, String secret) {
        assertThat(output).as("whole secret %s", abbreviate(secret)).doesNotContain(secret);
        for (String piece : pieces(secret)) {
            if (output.contains(piece)) {
                int at = output.indexOf(piece);
                String around = output.substring(Math.max(0, at - 30), Math.min(output.length(), at + PIECE + 30));
                throw new AssertionError("part of secret " + abbreviate(secret) + " survived: \"" + piece
                        + "\" in \"" + around + "\"");
            }
        }
    }

    /** {@link #assertNoLeak(String, String)} for a planted secret, naming its kind. */
    public static void assertNoLeak(String output, PlantedSecrets.Planted planted) {
        try {
            assertNoLeak(output, planted.secret());
        } catch (AssertionError e) {
            throw new AssertionError("[" + planted.kind() + "] " + e.getMessage(), e);
        }
    }

    /** {@link #assertNoLeak(String, PlantedSecrets.Planted)} for each of the planted secrets. */
    public static void assertNoneLeaked(String output, Collection<PlantedSecrets.Planted> planted) {
        for (PlantedSecrets.Planted p : planted) {
            assertNoLeak(output, p);
        }
    }

    /** Every secret of {@link PlantedSecrets#all()}. */
    public static void assertNoneLeaked(String output) {
        assertNoneLeaked(output, PlantedSecrets.all());
    }

    private static String abbreviate(String secret) {
        return secret.length() <= 14 ? secret : secret.substring(0, 14) + "…";
    }
}
