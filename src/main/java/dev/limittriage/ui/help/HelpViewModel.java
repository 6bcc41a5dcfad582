package dev.limittriage.ui.help;

import dev.limittriage.knowledge.FaqEntry;
import dev.limittriage.knowledge.Source;
import dev.limittriage.ui.DialogService;
import dev.limittriage.ui.I18n;
import dev.limittriage.ui.TaskExecutor;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.jspecify.annotations.Nullable;

/**
 * Help (F1): the questions people ask about these limits, from {@code faq.json}, searchable; opened from a screen
 * it shows that screen's first question. Links open in the browser only on a click, or are copied.
 */
public final class HelpViewModel {
    private final Supplier<List<FaqEntry>> faq;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final ObservableList<FaqEntry> all = FXCollections.observableArrayList();
    private final FilteredList<FaqEntry> shown = new FilteredList<>(all, e -> true);
    private final StringProperty query = new SimpleStringProperty(this, "query", "");
    private final ReadOnlyObjectWrapper<@Nullable FaqEntry> selected = new ReadOnlyObjectWrapper<>(this, "selected");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private boolean loading;
    private @Nullable String pendingScreen;

    public HelpViewModel(Supplier<List<FaqEntry>> faq, TaskExecutor executor, DialogService dialogs) {
        this.faq = faq;
        this.executor = executor;
        this.dialogs = dialogs;
        query.addListener((obs, old, q) -> filter(q));
    }

    /** Reads the questions (once, on the executor) and selects the first question of {@code screen}, if given. */
    public void showFor(@Nullable String screen) {
        pendingScreen = screen;
        if (!all.isEmpty()) {
            selectFor(screen);
            return;
        }
        if (loading) {
            return;
        }
        loading = true;
        executor.run(faq::get, entries -> {
            loading = false;
            all.setAll(entries);
            selectFor(pendingScreen);
        }, error -> {
            loading = false;
            status.set(I18n.text("help.error", String.valueOf(error.getMessage())));
        });
    }

    private void selectFor(@Nullable String screen) {
        query.set("");
        FaqEntry pick = screen == null ? null
                : all.stream().filter(e -> e.screens().contains(screen)).findFirst().orElse(null);
        selected.set(pick != null ? pick : all.isEmpty() ? null : all.get(0));
    }

    private void filter(String q) {
        String[] words = q.toLowerCase(Locale.ROOT).trim().split("\\s+");
        shown.setPredicate(e -> {
            String hay = (e.question() + " " + e.answer() + " " + String.join(" ", e.keywords()))
                    .toLowerCase(Locale.ROOT);
            for (String w : words) {
                if (!w.isEmpty() && !hay.contains(w)) {
                    return false;
                }
            }
            return true;
        });
        if (!shown.contains(selected.get())) {
            selected.set(shown.isEmpty() ? null : shown.get(0));
        }
        status.set(shown.isEmpty() ? I18n.text("help.noMatch", q.trim()) : "");
    }

    public void select(@Nullable FaqEntry entry) {
        if (entry != null) {
            selected.set(entry);
        }
    }

    /** Opens a source in the system browser: only ever on the user's click. */
    public void open(Source source) {
        if (source.url() != null) {
            dialogs.openLink(source.url());
        }
    }

    public void copy(Source source) {
        if (source.url() != null) {
            dialogs.copyToClipboard(source.url());
            status.set(I18n.text("help.copied", source.url()));
        }
    }

    public ObservableList<FaqEntry> questions() {
        return shown;
    }

    public StringProperty queryProperty() {
        return query;
    }

    public ReadOnlyObjectProperty<@Nullable FaqEntry> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }
}
