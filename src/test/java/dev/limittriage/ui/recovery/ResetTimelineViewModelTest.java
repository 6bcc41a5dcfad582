package dev.limittriage.ui.recovery;

import static org.assertj.core.api.Assertions.assertThat;

import dev.limittriage.diagnosis.Diagnoser;
import dev.limittriage.io.TestJson;
import dev.limittriage.knowledge.Knowledge;
import dev.limittriage.ui.CaseResolver;
import dev.limittriage.ui.CurrentThreadTaskExecutor;
import dev.limittriage.ui.MutableClock;
import dev.limittriage.ui.RecordingDialogService;
import dev.limittriage.ui.Settings;
import dev.limittriage.ui.TestApp;
import dev.limittriage.ui.TriageCase;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.SimpleBooleanProperty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResetTimelineViewModelTest {
    private static final String BANNER = "You\u2019ve hit the plus plan limit for image generations requests. You can"
            + " create more images when the limit resets in 12 hours and 43 minutes.";
    private final Knowledge knowledge = TestApp.knowledge();
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-28T13:32:00Z"));
    private final TriageCase triageCase = new TriageCase(new CaseResolver(() -> knowledge), clock.instant());
    private final List<String> notices = new ArrayList<>();
    private final SimpleBooleanProperty callerMode = new SimpleBooleanProperty();

    @TempDir
    Path dir;

    private ResetTimelineViewModel vm(ZoneId zone) {
        return new ResetTimelineViewModel(triageCase, () -> knowledge, clock, zone, new RecordingDialogService(),
                new CurrentThreadTaskExecutor(), new Settings(dir, TestJson.MAPPER), callerMode, notices::add);
    }

    @Test
    void a_reset_after_midnight_reads_as_tomorrow_in_local_time() {
        ResetTimelineViewModel vm = vm(ZoneId.of("UTC"));
        triageCase.pasteDiagnosisProperty().set(new Diagnoser(knowledge).diagnose(BANNER));
        assertThat(vm.items()).singleElement().satisfies(i -> {
            assertThat(i.label()).isEqualTo("ChatGPT cap 02:15 tomorrow");
            assertThat(i.unblocks()).isTrue();
            assertThat(i.position()).isEqualTo(1.0);
        });
        assertThat(vm.unblockProperty().get()).isEqualTo("You can go on after ChatGPT cap at 02:15 tomorrow (in"
                + " 12:43:00).");
        callerMode.set(true);
        assertThat(vm.readAloudProperty().get()).isEqualTo("Read aloud: \"You can try again at 2:15 AM tomorrow"
                + " (UTC).\"");
    }

    @Test
    void the_same_reset_in_another_zone_shows_that_zones_clock() {
        ResetTimelineViewModel vm = vm(ZoneId.of("Europe/Berlin"));
        triageCase.pasteDiagnosisProperty().set(new Diagnoser(knowledge).diagnose(BANNER));
        assertThat(vm.items().get(0).label()).isEqualTo("ChatGPT cap 03:15 tomorrow");
        callerMode.set(true);
        assertThat(vm.readAloudProperty().get()).contains("3:15 AM tomorrow (Central European");
    }

    @Test
    void the_notice_comes_once_when_the_unblocking_reset_passes() {
        ResetTimelineViewModel vm = vm(ZoneId.of("UTC"));
        triageCase.pasteDiagnosisProperty().set(new Diagnoser(knowledge).diagnose(BANNER));
        vm.tick();
        assertThat(notices).isEmpty();
        clock.advance(Duration.ofHours(12).plusMinutes(43));
        vm.tick();
        vm.tick();
        assertThat(notices).containsExactly("ChatGPT cap reset at 02:15:00: you can go on now.");
        assertThat(vm.canRemindProperty().get()).isFalse();
    }
}
