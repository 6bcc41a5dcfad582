package dev.limittriage.ui;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** A dialog service that records what was asked and answers from a script; no window ever opens. */
public final class RecordingDialogService implements DialogService {
    public final List<String> errors = new ArrayList<>();
    public final List<String> infos = new ArrayList<>();
    public final List<String> confirmations = new ArrayList<>();
    public final List<String> clipboard = new ArrayList<>();
    public final Deque<Path> saveAnswers = new ArrayDeque<>();
    public final List<String> saveRequests = new ArrayList<>();
    public final List<String> opened = new ArrayList<>();
    public final Deque<Path> openAnswers = new ArrayDeque<>();
    public boolean confirmAnswer = true;

    @Override
    public Optional<Path> chooseSaveFile(String title, String suggestedName, String extension,
                                         @Nullable Path initialFolder) {
        saveRequests.add(suggestedName + "|" + extension + "|" + initialFolder);
        return Optional.ofNullable(saveAnswers.poll());
    }

    @Override
    public Optional<Path> chooseOpenFile(String title, @Nullable Path initialFolder) {
        return Optional.ofNullable(openAnswers.poll());
    }

    @Override
    public void openLink(String uri) {
        opened.add(uri);
    }

    @Override
    public void showError(String title, String message, @Nullable Throwable cause) {
        errors.add(message);
    }

    @Override
    public void showInfo(String title, String message) {
        infos.add(message);
    }

    @Override
    public boolean confirm(String title, String message, String yes, String no) {
        confirmations.add(message);
        return confirmAnswer;
    }

    @Override
    public void copyToClipboard(String text) {
        clipboard.add(text);
    }
}
