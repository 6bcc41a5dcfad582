package dev.limittriage.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.limittriage.packet.AnsweredQuestion;
import dev.limittriage.packet.CaseDraft;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Caller mode: the call's start and end and each answer, with times, reach the draft and the exported packet. */
class CallerPacketTest {
    @TempDir
    Path dataDir;
    private final MutableClock clock = new MutableClock(TestApp.NOW);
    private final RecordingDialogService dialogs = new RecordingDialogService();

    private AppComposition app() {
        return new AppComposition(TestApp.services(dataDir, dialogs, clock));
    }

    @Test
    void should_put_call_start_answers_and_call_end_with_times_into_the_exported_markdown() throws IOException {
        // given: support staff take a ChatGPT-app caller; the call starts when caller mode is switched on
        AppComposition app = app();
        app.shell().callerModeProperty().set(true);
        app.shell().chooseRoute(Route.CHATGPT_APP);
        clock.advance(Duration.ofSeconds(75));
        app.interview().answer("plan_or_time");
        clock.advance(Duration.ofSeconds(125));
        app.shell().endCall();
        String started = "2026-11-28 09:00:00 UTC";
        String answered = "2026-11-28 09:01:15 UTC";
        String ended = "2026-11-28 09:03:20 UTC";

        // when: the packet is exported as Markdown
        app.shell().jumpToExport();
        Path target = dataDir.resolve("packet.md");
        dialogs.saveAnswers.add(target);
        app.export().saveMarkdown();

        // then: the timeline shows the call framing the answer, each with its time, in order
        String md = Files.readString(target);
        AnsweredQuestion answer = app.triageCase().answers().get(0);
        assertThat(answer.at()).isEqualTo(TestApp.NOW.plusSeconds(75));
        int start = md.indexOf("| " + started + " | Support call started | Caller on the line |");
        int middle = md.indexOf("| " + answered + " | ");
        int end = md.indexOf("| " + ended + " | Support call ended | Call finished |");
        assertThat(start).as(md).isPositive();
        assertThat(middle).as(md).isGreaterThan(start);
        assertThat(end).as(md).isGreaterThan(middle);
        assertThat(md.substring(middle, end)).contains(answer.answer());
        assertThat(app.shell().callTimerProperty().get()).contains("3:20");
    }

    @Test
    void should_keep_the_call_times_in_the_draft_and_start_a_new_call_for_the_next_caller() throws IOException {
        // given
        AppComposition app = app();
        app.shell().callerModeProperty().set(true);
        app.shell().chooseRoute(Route.OPENAI_API);
        app.triageCase().pasteProperty().set("HTTP 429");
        String firstId = app.triageCase().idProperty().get();
        clock.advance(Duration.ofMinutes(4));
        Instant handover = clock.instant();

        // when
        app.shell().nextCaller();

        // then: the first case's draft holds its call; the new case's call starts at the hand-over
        CaseDraft first = app.autosaver().store().load(firstId).orElseThrow();
        assertThat(first.callerMode()).isTrue();
        assertThat(first.callStartedAt()).isEqualTo(TestApp.NOW);
        assertThat(first.callEndedAt()).isEqualTo(handover);
        assertThat(app.triageCase().callStartedAtProperty().get()).isEqualTo(handover);
        assertThat(app.triageCase().callEndedAtProperty().get()).isNull();
        assertThat(app.shell().callRunningProperty().get()).isTrue();

        // and: reopening the first case brings its call times back
        AppComposition restarted = app();
        restarted.start().open(restarted.start().recent().stream().filter(c -> c.id().equals(firstId))
                .findFirst().orElseThrow());
        assertThat(restarted.triageCase().callStartedAtProperty().get()).isEqualTo(TestApp.NOW);
        assertThat(restarted.triageCase().callEndedAtProperty().get()).isEqualTo(handover);
    }
}
