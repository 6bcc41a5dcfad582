package dev.limittriage.ui.export;

import dev.limittriage.io.ExportFormat;
import dev.limittriage.io.PacketExport;
import dev.limittriage.packet.IncidentPacket;
import dev.limittriage.packet.PacketTemplate;
import dev.limittriage.ui.DialogService;
import dev.limittriage.ui.I18n;
import dev.limittriage.ui.Settings;
import dev.limittriage.ui.TaskExecutor;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import org.jspecify.annotations.Nullable;

/**
 * The export screen: pick the reader (template), preview the Markdown, save JSON or Markdown through the file chooser
 * (the folder is remembered), or copy the Markdown. The confirmation says exactly where it went.
 */
public final class ExportViewModel {
    static final String FOLDER_KEY = "exportFolder";
    private final PacketViewModel packetViewModel;
    private final DialogService dialogs;
    private final TaskExecutor executor;
    private final Settings settings;
    private final Supplier<PacketExport> export;
    private final ObjectProperty<PacketTemplate> template = new SimpleObjectProperty<>(this, "template",
            PacketTemplate.OPENAI);
    private final ReadOnlyStringWrapper preview = new ReadOnlyStringWrapper(this, "preview", "");
    private final ReadOnlyStringWrapper confirmation = new ReadOnlyStringWrapper(this, "confirmation", "");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyStringWrapper lastSaved = new ReadOnlyStringWrapper(this, "lastSaved", "");
    private Runnable onExported = () -> {};

    public ExportViewModel(PacketViewModel packetViewModel, DialogService dialogs, TaskExecutor executor,
                           Settings settings, PacketExport export) {
        this(packetViewModel, dialogs, executor, settings, () -> export);
    }

    /** The exporter builds a Jackson mapper: the composition hands it over lazily, made on first use. */
    public ExportViewModel(PacketViewModel packetViewModel, DialogService dialogs, TaskExecutor executor,
                           Settings settings, Supplier<PacketExport> export) {
        this.packetViewModel = packetViewModel;
        this.dialogs = dialogs;
        this.executor = executor;
        this.settings = settings;
        this.export = export;
        template.addListener((obs, old, t) -> refresh());
    }

    /** Called after a packet was saved to a file (the composition marks the case finished). */
    public void setOnExported(Runnable onExported) {
        this.onExported = onExported;
    }

    public List<PacketTemplate> templates() {
        return List.of(PacketTemplate.OPENAI, PacketTemplate.AZURE, PacketTemplate.PROVIDER, PacketTemplate.CHATGPT,
                PacketTemplate.FULL);
    }

    /** Entering the step: the reader that fits the diagnosis, and a fresh preview. */
    public void prepare() {
        confirmation.set("");
        PacketTemplate fitting = packetViewModel.defaultTemplate();
        if (template.get() != fitting) {
            template.set(fitting);
        } else {
            refresh();
        }
    }

    private void refresh() {
        IncidentPacket p = packetViewModel.packet();
        preview.set(p == null ? "" : export.get().render(p, ExportFormat.MARKDOWN, template.get()));
    }

    public void saveJson() {
        save(ExportFormat.JSON);
    }

    public void saveMarkdown() {
        save(ExportFormat.MARKDOWN);
    }

    private void save(ExportFormat format) {
        IncidentPacket p = packetViewModel.packet();
        if (p == null) {
            return;
        }
        PacketTemplate chosen = template.get();
        Optional<Path> target = dialogs.chooseSaveFile(I18n.text("export.save.title"),
                PacketExport.suggestedFileName(p, format), format.extension(), rememberedFolder());
        if (target.isEmpty()) {
            return;
        }
        Path file = target.get();
        busy.set(true);
        executor.run(() -> {
            // the file chooser has already asked before replacing an existing file
            export.get().write(file, p, format, chosen, true);
            return file;
        }, saved -> {
            busy.set(false);
            Path folder = saved.toAbsolutePath().getParent();
            if (folder != null) {
                settings.put(FOLDER_KEY, folder.toString());
                settings.save();
            }
            lastSaved.set(saved.toAbsolutePath().toString());
            confirmation.set(I18n.text("export.saved", I18n.text("export.format." + format.id()),
                    saved.toAbsolutePath()));
            onExported.run();
        }, error -> {
            busy.set(false);
            confirmation.set("");
            dialogs.showError(I18n.text("export.error.title"), I18n.text("export.error", file), error);
        });
    }

    public void copyMarkdown() {
        IncidentPacket p = packetViewModel.packet();
        if (p == null) {
            return;
        }
        dialogs.copyToClipboard(export.get().render(p, ExportFormat.MARKDOWN, template.get()));
        confirmation.set(I18n.text("export.copied", template.get().reader()));
    }

    private @Nullable Path rememberedFolder() {
        return settings.get(FOLDER_KEY).map(Path::of).orElse(null);
    }

    public ObjectProperty<PacketTemplate> templateProperty() {
        return template;
    }

    public ReadOnlyStringProperty previewProperty() {
        return preview.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty confirmationProperty() {
        return confirmation.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty lastSavedProperty() {
        return lastSaved.getReadOnlyProperty();
    }
}
