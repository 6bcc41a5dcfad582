package dev.limittriage.io;

import dev.limittriage.packet.IncidentPacket;
import dev.limittriage.packet.PacketTemplate;
import java.io.IOException;
import java.nio.file.Path;
import tools.jackson.databind.json.JsonMapper;

/** Renders and writes packets: the one place the CLI and the UI export through. Redacts before rendering. */
public final class PacketExport {
    private final PacketJson json;
    private final PacketMarkdown markdown = new PacketMarkdown();

    public PacketExport(JsonMapper mapper) {
        this.json = new PacketJson(mapper);
    }

    /** The packet as text; the template matters for Markdown only (JSON is always complete). */
    public String render(IncidentPacket packet, ExportFormat format, PacketTemplate template) {
        return switch (format) {
            case JSON -> json.write(packet);
            case MARKDOWN -> markdown.write(packet, template);
        };
    }

    /**
     * Writes the packet atomically, owner-only where POSIX. Without {@code overwrite} an existing file is left
     * alone and {@link java.nio.file.FileAlreadyExistsException} is thrown, so the caller can ask first.
     */
    public void write(Path target, IncidentPacket packet, ExportFormat format, PacketTemplate template,
                      boolean overwrite) throws IOException {
        AtomicFiles.writeString(target, render(packet, format, template), overwrite);
    }

    /** A file name for the packet: {@code limit-incident-2026-11-28T0905Z.md}. */
    public static String suggestedFileName(IncidentPacket packet, ExportFormat format) {
        String stamp = packet.created().toString().replace(":", "").replaceAll("\\.[0-9]+Z$", "Z");
        return "limit-incident-" + stamp + "." + format.extension();
    }
}
