package dev.limittriage.ui.about;

import dev.limittriage.io.KnowledgeException;
import dev.limittriage.io.KnowledgePacks;
import dev.limittriage.knowledge.Knowledge;
import dev.limittriage.ui.ActiveKnowledge;
import dev.limittriage.ui.DialogService;
import dev.limittriage.ui.I18n;
import dev.limittriage.ui.TaskExecutor;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * About: versions, the active knowledge (with "Import knowledge update…" and "Back to built-in"), the data folder
 * and the licences. Imports run on the executor; a refused pack is shown with the file and field it names.
 */
public final class AboutViewModel {
    static final String LICENSE = "LICENSE";
    static final String THIRD_PARTY = "THIRD-PARTY.txt";

    private final ActiveKnowledge knowledge;
    private final DialogService dialogs;
    private final TaskExecutor executor;
    private final Path dataFolder;
    private final String appVersion;
    private final ReadOnlyStringWrapper knowledgeLine = new ReadOnlyStringWrapper(this, "knowledgeLine", "");
    private final ReadOnlyStringWrapper knowledgeNote = new ReadOnlyStringWrapper(this, "knowledgeNote", "");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyBooleanWrapper imported = new ReadOnlyBooleanWrapper(this, "imported");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");

    public AboutViewModel(ActiveKnowledge knowledge, DialogService dialogs, TaskExecutor executor, Path dataFolder,
                          String appVersion) {
        this.knowledge = knowledge;
        this.dialogs = dialogs;
        this.executor = executor;
        this.dataFolder = dataFolder;
        this.appVersion = appVersion;
        refresh();
    }

    /** Reads the active knowledge again (it may have been loaded or replaced since). */
    public void refresh() {
        show(knowledge.active());
    }

    private void show(KnowledgePacks.Active active) {
        knowledgeLine.set(describe(active));
        knowledgeNote.set(active.note() == null ? "" : I18n.text("about.knowledge.notUsed", active.note()));
        imported.set(active.origin() == KnowledgePacks.Origin.IMPORTED);
    }

    /** "2026.11.1, checked on 2026-11-28 (built in)": the words About and the Diagnosis screen use. */
    public static String describe(KnowledgePacks.Active active) {
        Knowledge k = active.knowledge();
        return I18n.text(active.origin() == KnowledgePacks.Origin.IMPORTED ? "about.knowledge.imported"
                : "about.knowledge.builtIn", k.version(), k.checkedOn().toString());
    }

    /** "Import knowledge update…": asks for a .zip or a pack's manifest.json, validates, installs. */
    public void importUpdate() {
        if (!knowledge.canImport()) {
            return;
        }
        Optional<Path> chosen = dialogs.chooseKnowledgeUpdate(I18n.text("about.import.choose"));
        if (chosen.isEmpty()) {
            return;
        }
        busy.set(true);
        status.set(I18n.text("about.import.checking"));
        executor.run(() -> knowledge.importFrom(chosen.get()), active -> {
            busy.set(false);
            show(active);
            status.set(I18n.text("about.import.done", active.knowledge().version(),
                    active.knowledge().checkedOn().toString()));
        }, error -> {
            busy.set(false);
            String reason = error instanceof KnowledgeException || error instanceof IOException
                    ? String.valueOf(error.getMessage()) : error.toString();
            status.set(I18n.text("about.import.refused", reason));
            dialogs.showError(I18n.text("about.import.refusedTitle"), I18n.text("about.import.refused", reason),
                    error);
        });
    }

    /** "Back to built-in": the imported copy is deleted; the next diagnosis uses the shipped knowledge. */
    public void revert() {
        busy.set(true);
        executor.run(knowledge::revert, active -> {
            busy.set(false);
            show(active);
            status.set(I18n.text("about.revert.done", active.knowledge().version()));
        }, error -> {
            busy.set(false);
            dialogs.showError(I18n.text("about.revert.failed"), String.valueOf(error.getMessage()), error);
        });
    }

    public void openDataFolder() {
        dialogs.openLink(dataFolder.toUri().toString());
    }

    public void copyDataFolder() {
        dialogs.copyToClipboard(dataFolder.toString());
        status.set(I18n.text("about.copied", dataFolder.toString()));
    }

    public boolean canImport() {
        return knowledge.canImport();
    }

    public String appVersion() {
        return appVersion;
    }

    public String javaVersion() {
        return System.getProperty("java.version", "?") + " (" + System.getProperty("java.vendor", "?") + ")";
    }

    public String javafxVersion() {
        return System.getProperty("javafx.runtime.version", System.getProperty("javafx.version", "?"));
    }

    public String dataFolder() {
        return dataFolder.toString();
    }

    /** Our licence, then the third-party notices generated from the dependency list at build time. */
    public String licences() {
        return resource(LICENSE).orElse(I18n.text("about.licence.missing", LICENSE)) + "\n\n"
                + resource(THIRD_PARTY).orElse(I18n.text("about.licence.missing", THIRD_PARTY));
    }

    private static Optional<String> resource(String name) {
        try (InputStream in = AboutViewModel.class.getResourceAsStream(name)) {
            return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    public ReadOnlyStringProperty knowledgeLineProperty() {
        return knowledgeLine.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty knowledgeNoteProperty() {
        return knowledgeNote.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty importedProperty() {
        return imported.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}
