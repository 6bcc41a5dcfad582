package dev.limittriage.ui;

import dev.limittriage.diagnosis.Diagnosis;
import dev.limittriage.diagnosis.Timeline;
import dev.limittriage.io.KnowledgeLoader;
import dev.limittriage.io.PacketExport;
import dev.limittriage.io.PacketStore;
import dev.limittriage.knowledge.Knowledge;
import dev.limittriage.ui.about.AboutView;
import dev.limittriage.ui.about.AboutViewModel;
import dev.limittriage.ui.classify.EvidenceView;
import dev.limittriage.ui.classify.EvidenceViewModel;
import dev.limittriage.ui.export.ExportView;
import dev.limittriage.ui.export.ExportViewModel;
import dev.limittriage.ui.export.PacketView;
import dev.limittriage.ui.export.PacketViewModel;
import dev.limittriage.ui.help.HelpView;
import dev.limittriage.ui.help.HelpViewModel;
import dev.limittriage.ui.interview.InterviewView;
import dev.limittriage.ui.interview.InterviewViewModel;
import dev.limittriage.ui.owners.DiagnosisView;
import dev.limittriage.ui.owners.DiagnosisViewModel;
import dev.limittriage.ui.plan.PlanView;
import dev.limittriage.ui.plan.PlanViewModel;
import dev.limittriage.ui.recovery.RecoveryView;
import dev.limittriage.ui.recovery.RecoveryViewModel;
import dev.limittriage.ui.recovery.ResetTimelineViewModel;
import dev.limittriage.ui.shell.ShellView;
import dev.limittriage.ui.shell.ShellViewModel;
import dev.limittriage.ui.start.StartView;
import dev.limittriage.ui.start.StartViewModel;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.scene.Node;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/**
 * The composition root: the only place that creates services, view models and views. {@code TriageApp} passes
 * the real seams; tests pass a current-thread executor, immediate debouncers, a recording dialog service and a
 * fixed clock.
 */
public final class AppComposition {
    private final TriageCase triageCase;
    private final CaseAutosaver autosaver;
    private final ShellViewModel shell;
    private final StartViewModel start;
    private final EvidenceViewModel evidence;
    private final InterviewViewModel interview;
    private @Nullable DiagnosisViewModel diagnosis;
    private final RecoveryViewModel recovery;
    private final ResetTimelineViewModel resetTimeline;
    private final PlanViewModel plan;
    private final BooleanBinding planOffered;
    private final PacketViewModel packet;
    private final ExportViewModel export;
    private final HelpViewModel help;
    private @Nullable AboutViewModel about;
    private final Services services;
    private @Nullable ShellView root;

    /**
     * The services the composition needs from outside. Knowledge and the draft store are suppliers: the app loads
     * them in the background while the window opens, and nothing reads them before the Start screen is left
     * (the recent-cases list is read through the executor, off the FX thread).
     */
    public record Services(Supplier<Knowledge> knowledge, Function<String, Diagnosis> diagnoser,
                           TaskExecutor executor, DialogService dialogs, Supplier<Debouncer> debouncers,
                           Supplier<PacketStore> drafts, Settings settings, JsonMapper json, Clock clock,
                           ZoneId zone, ActiveKnowledge updates) {

        /** Services whose knowledge never changes at run time (tests): knowledge updates are off. */
        public Services(Supplier<Knowledge> knowledge, Function<String, Diagnosis> diagnoser,
                        TaskExecutor executor, DialogService dialogs, Supplier<Debouncer> debouncers,
                        Supplier<PacketStore> drafts, Settings settings, JsonMapper json, Clock clock,
                        ZoneId zone) {
            this(knowledge, diagnoser, executor, dialogs, debouncers, drafts, settings, json, clock, zone,
                    ActiveKnowledge.fixed(knowledge));
        }

        /** Services with everything already loaded (tests, the CLI's way of working). */
        public Services(Knowledge knowledge, Function<String, Diagnosis> diagnoser, TaskExecutor executor,
                        DialogService dialogs, Supplier<Debouncer> debouncers, PacketStore drafts,
                        Settings settings, JsonMapper json, Clock clock, ZoneId zone) {
            this(() -> knowledge, diagnoser, executor, dialogs, debouncers, () -> drafts, settings, json, clock,
                    zone);
        }
    }

    /** Creates the services and view models; no toolkit needed until {@link #root()}. */
    public AppComposition(Services services) {
        this.services = services;
        Supplier<Knowledge> knowledge = services.knowledge();
        Clock clock = services.clock();
        triageCase = new TriageCase(new CaseResolver(knowledge), clock.instant());
        autosaver = new CaseAutosaver(triageCase, services.drafts(), services.executor(),
                services.debouncers().get(), clock, knowledge);
        shell = new ShellViewModel(triageCase, autosaver, clock);
        start = new StartViewModel(shell, autosaver, services.executor(), services.zone());
        // the log's time line reads stamps without a zone in the user's zone, with the classifier diagnoses use (one
        // rule set in memory, and an imported knowledge update reaches the time line too)
        Function<String, @Nullable Timeline> timeline = text -> services.updates().timeline(text, services.zone(),
                LocalDate.now(clock.withZone(services.zone())));
        evidence = new EvidenceViewModel(triageCase, services.diagnoser(), timeline, services.zone(),
                services.executor(), services.debouncers().get());
        interview = new InterviewViewModel(triageCase, () -> knowledge.get().tree(), clock,
                shell.callerModeProperty());
        recovery = new RecoveryViewModel(triageCase, knowledge, clock, services.zone());
        resetTimeline = new ResetTimelineViewModel(triageCase, knowledge, clock, services.zone(), services.dialogs(),
                services.executor(), services.settings(), shell.callerModeProperty(), shell::notify);
        shell.setOnTick(resetTimeline::tick);
        plan = new PlanViewModel(triageCase, knowledge);
        planOffered = Bindings.createBooleanBinding(() -> PlanViewModel.offeredFor(
                triageCase.diagnosisProperty().get()), triageCase.diagnosisProperty());
        packet = new PacketViewModel(triageCase, knowledge, clock, appVersion());
        packet.useTimeline(timeline);
        export = new ExportViewModel(packet, services.dialogs(), services.executor(), services.settings(),
                once(() -> new PacketExport(services.json())));
        export.setOnExported(autosaver::markFinished);
        help = new HelpViewModel(once(() -> KnowledgeLoader.loadFaq(services.json())), services.executor(),
                services.dialogs());
        shell.setOnLeave(step -> {
            if (step == Step.EVIDENCE) {
                evidence.flush();
            }
        });
        shell.setOnEnter(step -> {
            switch (step) {
                case START -> start.refresh();
                case QUESTIONS -> interview.prepare();
                case RECOVERY -> {
                    recovery.refresh();
                    resetTimeline.refresh();
                }
                case PLAN -> plan.prepare();
                case PACKET -> packet.prepare();
                case EXPORT -> {
                    packet.prepare();
                    export.prepare();
                }
                default -> {}
            }
        });
        start.refresh();
    }

    /** The main window's content, built on first use (needs the FX toolkit). */
    public ShellView root() {
        if (root != null) {
            return root;
        }
        // built on first show: the window opens with the Start view alone
        Map<Step, Supplier<? extends Node>> views = new EnumMap<>(Step.class);
        views.put(Step.START, () -> new StartView(start));
        views.put(Step.EVIDENCE, () -> new EvidenceView(evidence));
        views.put(Step.QUESTIONS, () -> new InterviewView(interview, services.zone()));
        views.put(Step.DIAGNOSIS, () -> new DiagnosisView(diagnosis(), planOffered, shell::openPlan));
        views.put(Step.RECOVERY, () -> new RecoveryView(recovery, resetTimeline, planOffered, shell::openPlan));
        views.put(Step.PLAN, () -> new PlanView(plan));
        views.put(Step.PACKET, () -> new PacketView(packet));
        views.put(Step.EXPORT, () -> new ExportView(export));
        SideWindows side = new SideWindows(() -> new AboutView(about()), () -> new HelpView(help), help::showFor);
        root = new ShellView(shell, views, new FileOpener(services.executor(), services.dialogs()), side);
        return root;
    }

    public ShellViewModel shell() {
        return shell;
    }

    public TriageCase triageCase() {
        return triageCase;
    }

    public CaseAutosaver autosaver() {
        return autosaver;
    }

    public StartViewModel start() {
        return start;
    }

    public EvidenceViewModel evidence() {
        return evidence;
    }

    public InterviewViewModel interview() {
        return interview;
    }

    /**
     * Made on first use: it fills the tier table from the knowledge at once, and it reads everything else from
     * the case when it is made, so a late start misses nothing.
     */
    public DiagnosisViewModel diagnosis() {
        if (diagnosis == null) {
            diagnosis = new DiagnosisViewModel(triageCase, services.updates()::active, services.clock(),
                    services.dialogs());
        }
        return diagnosis;
    }

    /** Made on first use: it reads the active knowledge, which the app loads in the background. */
    public AboutViewModel about() {
        if (about == null) {
            about = new AboutViewModel(services.updates(), services.dialogs(), services.executor(),
                    services.settings().folder(), appVersion());
        }
        return about;
    }

    public HelpViewModel help() {
        return help;
    }

    public RecoveryViewModel recovery() {
        return recovery;
    }

    public ResetTimelineViewModel resetTimeline() {
        return resetTimeline;
    }

    public PlanViewModel plan() {
        return plan;
    }

    public PacketViewModel packet() {
        return packet;
    }

    public ExportViewModel export() {
        return export;
    }

    /** Made on first use, by whichever thread needs it first (an export runs on the executor). */
    private static <T> Supplier<T> once(Supplier<T> make) {
        return new Supplier<>() {
            private @Nullable T value;

            @Override
            public synchronized T get() {
                if (value == null) {
                    value = make.get();
                }
                return value;
            }
        };
    }

    static String appVersion() {
        String v = AppComposition.class.getPackage().getImplementationVersion();
        return v == null ? "development" : v;
    }
}
