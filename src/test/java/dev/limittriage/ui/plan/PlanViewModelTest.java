package dev.limittriage.ui.plan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.limittriage.diagnosis.Diagnoser;
import dev.limittriage.knowledge.Knowledge;
import dev.limittriage.knowledge.Quality;
import dev.limittriage.packet.FieldName;
import dev.limittriage.ui.CaseResolver;
import dev.limittriage.ui.Route;
import dev.limittriage.ui.TestApp;
import dev.limittriage.ui.TriageCase;
import dev.limittriage.ui.plan.PlanViewModel.LimitsChoice;
import org.junit.jupiter.api.Test;

class PlanViewModelTest {
    private final Knowledge knowledge = TestApp.knowledge();
    private final TriageCase triageCase = new TriageCase(new CaseResolver(() -> knowledge), TestApp.NOW);
    private final PlanViewModel vm = new PlanViewModel(triageCase, () -> knowledge);

    @Test
    void with_nothing_in_the_case_it_plans_100_high_square_images_on_tier_1() {
        vm.prepare();
        assertThat(vm.errorProperty().get()).isEmpty();
        assertThat(vm.bindingProperty().get()).isEqualTo("IPM");
        assertThat(vm.timeProperty().get()).isEqualTo("19.8 min for 100 requests");
        assertThat(vm.paceProperty().get()).isEqualTo("one request every 12 s");
        assertThat(vm.nextTiers()).extracting(PlanViewModel.TierRowView::tier)
                .containsExactly("Tier 2", "Tier 3", "Tier 4", "Tier 5");
        assertThat(vm.demand()).hasSize(20).allSatisfy(m -> {
            assertThat(m.ipm()).isEqualTo(100.0);
            assertThat(m.tpm()).isEqualTo(35.12);
            assertThat(m.rpm()).isNull();
        });
        assertThat(vm.prefilledFromProperty().get()).startsWith("Nothing in the case");
    }

    @Test
    void prefills_size_n_quality_and_the_matched_tier_from_the_case() {
        triageCase.routeProperty().set(Route.OPENAI_API);
        triageCase.pasteDiagnosisProperty().set(new Diagnoser(knowledge).diagnose(
                TestApp.paste("openai-api-gpt-image-2-ipm-curl.txt")));
        triageCase.enteredFields().put(FieldName.REQUEST_SIZE.key(), "1536x1024, n=2");
        triageCase.enteredFields().put(FieldName.QUALITY.key(), "Medium");
        vm.prepare();
        assertThat(vm.limitsProperty().get()).isEqualTo(LimitsChoice.TIER_2);
        assertThat(vm.sizeProperty().get()).isEqualTo("1536x1024");
        assertThat(vm.perRequestProperty().get()).isEqualTo(2);
        assertThat(vm.qualityProperty().get()).isEqualTo(Quality.MEDIUM);
        assertThat(vm.tokensProperty().get()).startsWith("1,372 output tokens.");
        assertThat(PlanViewModel.offeredFor(triageCase.diagnosisProperty().get())).isTrue();
    }

    @Test
    void bad_input_shows_a_message_and_no_plan_and_good_input_brings_it_back() {
        vm.prepare();
        vm.limitsProperty().set(LimitsChoice.CUSTOM);
        assertThat(vm.errorProperty().get()).contains("no limit given");
        assertThat(vm.planProperty().get()).isNull();
        assertThat(vm.bindingProperty().get()).isEmpty();
        vm.customRpmProperty().set("abc");
        assertThat(vm.errorProperty().get()).isEqualTo("Limits must be whole numbers (was \"abc\").");
        vm.customRpmProperty().set("9");
        assertThat(vm.errorProperty().get()).isEmpty();
        assertThat(vm.bindingProperty().get()).isEqualTo("RPM");
        vm.limitsProperty().set(LimitsChoice.AZURE);
        assertThat(vm.paceProperty().get()).isEqualTo("one request every 6.67 s");
    }

    @Test
    void add_to_packet_appends_the_plan_to_the_notes() {
        triageCase.notesProperty().set("Customer asked at 10:00.");
        vm.prepare();
        vm.addToPacket();
        assertThat(triageCase.notesProperty().get()).startsWith("Customer asked at 10:00.\n\nBatch plan: 100 images"
                + " of gpt-image-2, 1024x1024, high quality, 1 per request, Tier 1. IPM binds first.")
                .contains("one request every 12 s", "7,024 output tokens per image", "$21.07");
        assertThat(triageCase.entered()).containsKey(FieldName.NOTES);
    }
}
