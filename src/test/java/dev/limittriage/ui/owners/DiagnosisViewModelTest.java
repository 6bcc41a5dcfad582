package dev.limittriage.ui.owners;

import static org.assertj.core.api.Assertions.assertThat;

import dev.limittriage.diagnosis.TierMatch;
import dev.limittriage.knowledge.Bucket;
import dev.limittriage.knowledge.Owner;
import dev.limittriage.knowledge.RetryVerdict;
import dev.limittriage.knowledge.TierTable;
import dev.limittriage.ui.CaseResolver;
import dev.limittriage.ui.I18n;
import dev.limittriage.ui.MutableClock;
import dev.limittriage.ui.RecordingDialogService;
import dev.limittriage.ui.Route;
import dev.limittriage.ui.TestApp;
import dev.limittriage.ui.TestDiagnoses;
import dev.limittriage.ui.TriageCase;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** Diagnosis screen: tiers by owner, the ChatGPT exception, the matched tier and the stale warning. */
class DiagnosisViewModelTest {
    private final TriageCase triageCase = new TriageCase(new CaseResolver(TestApp.knowledge()), TestApp.NOW);
    private final RecordingDialogService dialogs = new RecordingDialogService();

    @Test
    void should_not_offer_api_tiers_on_the_chatgpt_route() {
        // given
        DiagnosisViewModel vm = new DiagnosisViewModel(triageCase, TestApp.knowledge(), new MutableClock(TestApp.NOW),
                dialogs);
        triageCase.routeProperty().set(Route.CHATGPT_APP);
        // when
        triageCase.pasteDiagnosisProperty().set(TestDiagnoses.of("You've hit the plus plan limit",
                Owner.CHATGPT_APP, Bucket.APP_CAP));
        // then
        assertThat(vm.tiersApplyProperty().get()).isFalse();
        assertThat(vm.tierRows()).isEmpty();
        assertThat(vm.tierNoteProperty().get()).isEqualTo(I18n.text("diagnosis.tiers.chatgpt"));
        assertThat(vm.ownerProperty().get()).isEqualTo(Owner.CHATGPT_APP);
    }

    @Test
    void should_highlight_the_matched_tier_and_warn_when_the_table_is_old() {
        // given: today is a year after the table was checked
        TierTable table = TestApp.knowledge().tierTable("gpt-image-2").orElseThrow();
        MutableClock clock = new MutableClock(table.source().checkedOn().plusDays(365).atStartOfDay()
                .toInstant(ZoneOffset.UTC));
        DiagnosisViewModel vm = new DiagnosisViewModel(triageCase, TestApp.knowledge(), clock, dialogs);
        // when
        triageCase.pasteDiagnosisProperty().set(TestDiagnoses.of("429 ipm", Owner.OPENAI_API, Bucket.IPM,
                RetryVerdict.WAIT_THEN_RETRY, null, new TierMatch("gpt-image-2", "Tier 2", false, "matches Tier 2")));
        // then
        assertThat(vm.tiersApplyProperty().get()).isTrue();
        assertThat(vm.tierRows()).hasSize(table.rows().size());
        assertThat(vm.matchedTierProperty().get()).isEqualTo("Tier 2");
        assertThat(vm.staleWarningProperty().get()).isEqualTo(I18n.text("diagnosis.tiers.stale", 365));
        assertThat(vm.tierCaptionProperty().get()).contains(table.source().checkedOn().toString());
        vm.copySourceLink();
        if (table.source().url() != null) {
            assertThat(dialogs.clipboard).containsExactly(table.source().url());
        }
    }

    @Test
    void should_not_warn_about_a_freshly_checked_table() {
        // given
        TierTable table = TestApp.knowledge().tierTable("gpt-image-2").orElseThrow();
        MutableClock clock = new MutableClock(table.source().checkedOn().plusDays(10).atStartOfDay()
                .toInstant(ZoneOffset.UTC));
        DiagnosisViewModel vm = new DiagnosisViewModel(triageCase, TestApp.knowledge(), clock, dialogs);
        // when
        triageCase.pasteDiagnosisProperty().set(TestDiagnoses.of("429", Owner.OPENAI_API, Bucket.TPM));
        // then
        assertThat(vm.staleWarningProperty().get()).isEmpty();
    }
}
