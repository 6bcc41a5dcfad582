package dev.limittriage.ui.classify;

import static org.assertj.core.api.Assertions.assertThat;

import dev.limittriage.diagnosis.Diagnosis;
import dev.limittriage.knowledge.Bucket;
import dev.limittriage.knowledge.Owner;
import dev.limittriage.ui.CaseResolver;
import dev.limittriage.ui.CurrentThreadTaskExecutor;
import dev.limittriage.ui.Debouncer;
import dev.limittriage.ui.I18n;
import dev.limittriage.ui.TaskExecutor;
import dev.limittriage.ui.TestApp;
import dev.limittriage.ui.TestDiagnoses;
import dev.limittriage.ui.TriageCase;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** The paste screen's live diagnosis and its friendly messages, without the toolkit. */
class EvidenceViewModelTest {
    private final TriageCase triageCase = new TriageCase(new CaseResolver(TestApp.knowledge()), TestApp.NOW);
    private final Function<String, Diagnosis> fake = text -> TestDiagnoses.of(text, Owner.OPENAI_API, Bucket.RPM);

    @Test
    void should_diagnose_as_the_user_types() {
        // given
        EvidenceViewModel vm = new EvidenceViewModel(triageCase, fake, new CurrentThreadTaskExecutor(),
                Debouncer.immediate());
        // when
        vm.pasteProperty().set("HTTP/1.1 429 Too Many Requests");
        // then
        assertThat(triageCase.pasteDiagnosisProperty().get().owner()).isEqualTo(Owner.OPENAI_API);
        assertThat(vm.summaryProperty().get()).isEqualTo("summary openai_api rpm");
        assertThat(vm.signals()).extracting(SignalChip::value).containsExactly("HTTP/");
        assertThat(vm.segments()).extracting(Segment::signal).containsExactly("phrase", null);
    }

    @Test
    void should_say_so_kindly_when_the_paste_is_empty_or_binary() {
        // given
        EvidenceViewModel vm = new EvidenceViewModel(triageCase, fake, new CurrentThreadTaskExecutor(),
                Debouncer.immediate());
        // when / then
        assertThat(vm.messageProperty().get()).isEqualTo(I18n.text("evidence.message.empty"));
        vm.pasteProperty().set("\u0000\u0001\u0002PK\u0003\u0004 binary");
        assertThat(vm.messageProperty().get()).isEqualTo(I18n.text("evidence.message.binary"));
        assertThat(vm.problemProperty().get()).isTrue();
        assertThat(triageCase.pasteDiagnosisProperty().get()).isNull();
    }

    @Test
    void should_diagnose_a_large_paste_in_the_background_and_keep_only_the_newest_result() {
        // given: an executor that holds work until the test releases it
        List<Runnable> pending = new ArrayList<>();
        TaskExecutor deferred = new TaskExecutor() {
            @Override
            public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
                pending.add(() -> new CurrentThreadTaskExecutor().run(work, onSuccess, onFailure));
            }
        };
        EvidenceViewModel vm = new EvidenceViewModel(triageCase, fake, deferred, Debouncer.immediate());
        String big = "x".repeat(EvidenceViewModel.BACKGROUND_THRESHOLD + 1) + " 429";
        // when
        vm.pasteProperty().set(big);
        assertThat(vm.busyProperty().get()).isTrue();
        vm.pasteProperty().set(big + " more");
        pending.get(0).run(); // the stale result arrives first and must be ignored
        assertThat(triageCase.pasteDiagnosisProperty().get()).isNull();
        pending.get(1).run();
        // then
        assertThat(vm.busyProperty().get()).isFalse();
        assertThat(triageCase.pasteDiagnosisProperty().get().evidence().text()).endsWith(" more");
        assertThat(vm.segments()).anyMatch(s -> s.start() == -1); // long text: only windows around signals
    }

    @Test
    void should_keep_the_text_and_explain_when_the_diagnoser_fails() {
        // given
        EvidenceViewModel vm = new EvidenceViewModel(triageCase, text -> {
            throw new IllegalStateException("boom");
        }, new CurrentThreadTaskExecutor(), Debouncer.immediate());
        // when
        vm.pasteProperty().set("anything");
        // then
        assertThat(vm.messageProperty().get()).isEqualTo(I18n.text("evidence.message.failed"));
        assertThat(vm.pasteProperty().get()).isEqualTo("anything");
    }
}
