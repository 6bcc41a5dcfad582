package dev.limittriage.ui;

import dev.limittriage.packet.Redactor;
import java.util.function.UnaryOperator;

/** The redaction applied to every text before a draft is written: the packet's redactor, ids kept. */
final class Redaction {
    private Redaction() {
    }

    static UnaryOperator<String> forDrafts() {
        Redactor redactor = new Redactor(false);
        return redactor::redact;
    }
}
