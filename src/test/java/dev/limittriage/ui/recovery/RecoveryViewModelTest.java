package dev.limittriage.ui.recovery;

import static org.assertj.core.api.Assertions.assertThat;

import dev.limittriage.diagnosis.Reset;
import dev.limittriage.knowledge.Bucket;
import dev.limittriage.knowledge.Owner;
import dev.limittriage.knowledge.RetryVerdict;
import dev.limittriage.ui.CaseResolver;
import dev.limittriage.ui.I18n;
import dev.limittriage.ui.MutableClock;
import dev.limittriage.ui.TestApp;
import dev.limittriage.ui.TestDiagnoses;
import dev.limittriage.ui.TriageCase;
import java.time.Duration;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The countdown and the retry verdict, with a clock the test moves. */
class RecoveryViewModelTest {
    private final MutableClock clock = new MutableClock(TestApp.NOW);
    private final TriageCase triageCase = new TriageCase(new CaseResolver(TestApp.knowledge()), TestApp.NOW);
    private final RecoveryViewModel vm = new RecoveryViewModel(triageCase, TestApp.knowledge(), clock,
            ZoneOffset.UTC);

    @Test
    void should_count_down_to_a_reset_given_in_seconds() {
        // given
        triageCase.pasteDiagnosisProperty().set(TestDiagnoses.of("try again in 90s", Owner.OPENAI_API, Bucket.TPM,
                RetryVerdict.WAIT_THEN_RETRY, new Reset(90.0, null, "message"), null));
        assertThat(vm.countdownProperty().get()).isEqualTo(I18n.text("recovery.countdown", "1:30"));
        // when
        clock.advance(Duration.ofSeconds(31));
        vm.tick();
        // then
        assertThat(vm.countdownProperty().get()).isEqualTo(I18n.text("recovery.countdown", "0:59"));
        clock.advance(Duration.ofSeconds(60));
        vm.tick();
        assertThat(vm.countdownProperty().get()).isEqualTo(I18n.text("recovery.countdown.done"));
        assertThat(vm.resetPassedProperty().get()).isTrue();
    }

    @Test
    void should_show_no_countdown_when_retrying_cannot_help() {
        // given / when
        triageCase.pasteDiagnosisProperty().set(TestDiagnoses.of("insufficient_quota", Owner.OPENAI_BILLING,
                Bucket.CREDITS, RetryVerdict.DO_NOT_RETRY, new Reset(20.0, null, "header"), null));
        // then
        assertThat(vm.hasResetProperty().get()).isFalse();
        assertThat(vm.retryTextProperty().get()).isEqualTo(I18n.text("recovery.retry.do_not_retry"));
        assertThat(vm.nextStepProperty().get()).isEqualTo("next step for openai_billing");
    }
}
