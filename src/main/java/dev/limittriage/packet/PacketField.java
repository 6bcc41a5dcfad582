package dev.limittriage.packet;

import java.util.function.UnaryOperator;

/**
 * One value of the packet and where it came from.
 *
 * @param value  the value as text (multi-line for the body, headers and notes)
 * @param origin parsed, entered or inferred
 */
public record PacketField(String value, Origin origin) {
    public static PacketField parsed(String value) {
        return new PacketField(value, Origin.PARSED);
    }

    public static PacketField entered(String value) {
        return new PacketField(value, Origin.ENTERED);
    }

    public static PacketField inferred(String value) {
        return new PacketField(value, Origin.INFERRED);
    }

    PacketField map(UnaryOperator<String> f) {
        return new PacketField(f.apply(value), origin);
    }
}
