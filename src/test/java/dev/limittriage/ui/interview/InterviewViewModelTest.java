package dev.limittriage.ui.interview;

import static org.assertj.core.api.Assertions.assertThat;

import dev.limittriage.diagnosis.Diagnoser;
import dev.limittriage.knowledge.Bucket;
import dev.limittriage.knowledge.Owner;
import dev.limittriage.ui.CaseResolver;
import dev.limittriage.ui.MutableClock;
import dev.limittriage.ui.Route;
import dev.limittriage.ui.TestApp;
import dev.limittriage.ui.TestDiagnoses;
import dev.limittriage.ui.TriageCase;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The questions screen over the real recovery tree, without the toolkit. */
class InterviewViewModelTest {
    private final MutableClock clock = new MutableClock(TestApp.NOW);
    private final TriageCase triageCase = new TriageCase(new CaseResolver(TestApp.knowledge()), TestApp.NOW);
    private final InterviewViewModel vm = new InterviewViewModel(triageCase, TestApp.knowledge().tree(), clock);

    @Test
    void should_start_the_chatgpt_route_at_the_app_message_question() {
        // given
        triageCase.routeProperty().set(Route.CHATGPT_APP);
        // when
        vm.prepare();
        // then
        assertThat(vm.interviewProperty().get().startId()).isEqualTo("app_message");
        var question = (dev.limittriage.knowledge.TreeNode.Question) TestApp.knowledge().tree().node("app_message")
                .orElseThrow();
        assertThat(vm.choices()).containsExactlyElementsOf(question.answers().stream()
                .map(a -> new InterviewViewModel.Choice(a.id(), a.label())).toList());
        assertThat(vm.choices()).extracting(InterviewViewModel.Choice::id).contains("plan_or_time");
        assertThat(vm.finishedProperty().get()).isFalse();
    }

    @Test
    void should_record_each_answer_with_its_time_and_reach_a_diagnosis() {
        // given
        triageCase.routeProperty().set(Route.CHATGPT_APP);
        vm.prepare();
        clock.advance(Duration.ofSeconds(42));
        // when
        vm.answer("plan_or_time");
        // then
        assertThat(triageCase.answers()).hasSize(1);
        assertThat(triageCase.answers().get(0).at()).isEqualTo(TestApp.NOW.plusSeconds(42));
        assertThat(triageCase.answers().get(0).question()).isEqualTo(vm.interviewProperty().get().tree()
                .node("app_message").map(n -> ((dev.limittriage.knowledge.TreeNode.Question) n).text()).orElseThrow());
        assertThat(vm.finishedProperty().get()).isTrue();
        assertThat(triageCase.diagnosisProperty().get().owner()).isEqualTo(Owner.CHATGPT_APP);
        assertThat(triageCase.diagnosisProperty().get().bucket()).isEqualTo(Bucket.APP_CAP);
    }

    @Test
    void should_undo_the_last_answer_and_forget_it() {
        // given
        triageCase.routeProperty().set(Route.CHATGPT_APP);
        vm.prepare();
        vm.answer("plan_or_time");
        // when
        boolean undone = vm.back();
        // then
        assertThat(undone).isTrue();
        assertThat(triageCase.answers()).isEmpty();
        assertThat(triageCase.outcomeProperty().get()).isNull();
        assertThat(vm.back()).isFalse();
    }

    @Test
    void should_start_at_the_owner_the_paste_named_when_the_bucket_is_unknown() {
        // given
        triageCase.routeProperty().set(Route.NOT_SURE);
        triageCase.pasteDiagnosisProperty().set(TestDiagnoses.of("odd azure text", Owner.AZURE, Bucket.UNKNOWN));
        // when
        vm.prepare();
        // then
        assertThat(vm.interviewProperty().get().startId()).isEqualTo("azure_kind");
    }

    @Test
    void should_first_ask_the_question_that_settles_what_the_paste_left_open() {
        // given: an axios line with no body, on the OpenAI API route
        triageCase.routeProperty().set(Route.OPENAI_API);
        triageCase.pasteDiagnosisProperty().set(new Diagnoser(TestApp.knowledge())
                .diagnose("Error: Request failed with status code 429"));
        // when
        vm.prepare();
        // then: which limit the message names settles the most among OpenAI's rate and money limits
        assertThat(vm.interviewProperty().get().startId()).isEqualTo("api_bucket");
        assertThat(vm.choices()).extracting(InterviewViewModel.Choice::id)
                .containsExactly("zero", "ipm", "tpm", "rpm", "rpd", "tpd", "slow_down", "none");
        // and when the route is not known, where it stopped
        triageCase.routeProperty().set(Route.NOT_SURE);
        vm.prepare();
        assertThat(vm.interviewProperty().get().startId()).isEqualTo("route");
    }

    @Test
    void should_let_the_chosen_route_outrank_an_owner_the_paste_only_guessed() {
        // given: a per-minute cap in nobody's own words (a real Kimi relay paste): provider, by elimination
        var paste = new Diagnoser(TestApp.knowledge())
                .diagnose("request reached organization max RPM: 3, please try again after 1 seconds");
        assertThat(paste.owner()).isEqualTo(Owner.PROVIDER);
        assertThat(paste.bucket()).isEqualTo(Bucket.RPM);
        triageCase.pasteDiagnosisProperty().set(paste);
        // when the user said the request went to OpenAI's API
        triageCase.routeProperty().set(Route.OPENAI_API);
        vm.prepare();
        // then the questions start on OpenAI's side, and the answer that ends them names OpenAI's API
        assertThat(triageCase.needsQuestions()).isTrue();
        assertThat(vm.interviewProperty().get().startId()).isEqualTo("api_bucket");
        vm.answer("rpm");
        assertThat(vm.finishedProperty().get()).isTrue();
        assertThat(triageCase.diagnosisProperty().get().owner()).isEqualTo(Owner.OPENAI_API);
        assertThat(triageCase.diagnosisProperty().get().bucket()).isEqualTo(Bucket.RPM);
        vm.back();
        // and on the provider route, or with no route, the guess stands and nothing needs asking
        triageCase.routeProperty().set(Route.PROVIDER);
        assertThat(triageCase.needsQuestions()).isFalse();
        triageCase.routeProperty().set(Route.NOT_SURE);
        assertThat(triageCase.needsQuestions()).isFalse();
        assertThat(triageCase.diagnosisProperty().get().owner()).isEqualTo(Owner.PROVIDER);
    }

    @Test
    void should_keep_an_owner_the_paste_is_sure_of_whatever_the_route() {
        // given: OpenRouter's own credit code, on the OpenAI API route
        var paste = new Diagnoser(TestApp.knowledge()).diagnose("{\"error\":{\"message\":\"Insufficient credits. "
                + "Add more using https://openrouter.ai/credits\",\"code\":402}}");
        assertThat(paste.owner()).isEqualTo(Owner.PROVIDER);
        assertThat(paste.confidence()).isGreaterThanOrEqualTo(0.45);
        triageCase.pasteDiagnosisProperty().set(paste);
        triageCase.routeProperty().set(Route.OPENAI_API);
        // then
        assertThat(triageCase.needsQuestions()).isFalse();
        assertThat(triageCase.diagnosisProperty().get().owner()).isEqualTo(Owner.PROVIDER);
    }

    @Test
    void should_show_the_script_in_caller_mode() {
        // given
        triageCase.routeProperty().set(Route.CHATGPT_APP);
        vm.prepare();
        String plain = vm.questionProperty().get();
        // when
        vm.callerModeProperty().set(true);
        // then
        var question = (dev.limittriage.knowledge.TreeNode.Question) TestApp.knowledge().tree().node("app_message")
                .orElseThrow();
        assertThat(vm.questionProperty().get()).isEqualTo(question.script());
        assertThat(plain).isEqualTo(question.text());
    }
}
