package io.provctl.cli;

import io.provctl.config.ConfigException;
import io.provctl.drift.DriftDetector;
import io.provctl.drift.DriftJson;
import io.provctl.drift.DriftReport;
import io.provctl.drift.Remediation;
import io.provctl.drift.RemediationPlanner;
import io.provctl.model.DesiredState;
import io.provctl.model.Resource;
import io.provctl.plan.PlanTextRenderer;
import io.provctl.provider.ProviderResource;
import io.provctl.snapshot.SnapshotTrigger;
import io.provctl.store.EventType;
import io.provctl.store.NewEvent;
import io.provctl.store.RecordedResource;
import io.provctl.store.StateView;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The steps drift detect, remediate and watch share: observe (configuration, state, providers), detect
 * and record the detection, then remediate through the ordinary applier. Detection takes no lock: it
 * only reads and appends an event that does not change the state.
 */
public final class DriftRunner {

    private final Workspace ws;
    private final String command;

    public DriftRunner(Workspace ws, String command) {
        this.ws = ws;
        this.command = command;
    }

    /** What the three sources say now. */
    public record Observation(DesiredState desired, StateView recorded, List<ProviderResource> actual) {
    }

    public Observation observe(ConfigOptions config) throws ConfigException {
        DesiredState desired = DesiredState.of(ws.configuration(config).clusters());
        StateView recorded = ws.state().current();
        Set<String> providers = new TreeSet<>();
        desired.resources().values().stream().map(Resource::provider).forEach(providers::add);
        recorded.resources().values().stream().map(RecordedResource::provider).forEach(providers::add);
        List<ProviderResource> actual = new ArrayList<>();
        providers.forEach(name -> actual.addAll(ws.providers().apply(name).list()));
        return new Observation(desired, recorded, actual);
    }

    /** Detects drift and records the detection in the log. */
    public DriftReport detect(Observation o) {
        DriftReport report = DriftDetector.detect(o.desired(), o.recorded(), o.actual(), ws.clock().instant());
        append(List.of(NewEvent.of(EventType.DRIFT_DETECTED, DriftJson.eventPayload(report))));
        return report;
    }

    /** The remediation of {@code report}, computed and not yet run. */
    public Remediation plan(DriftReport report, Observation o) {
        return RemediationPlanner.plan(report, o.recorded(), o.actual(), ws.clock().instant());
    }

    /**
     * Runs an approved remediation (the caller holds the lock): a snapshot if the policy wants one, the
     * state corrections, the plan, then the event that closes it.
     */
    public int remediate(Remediation r, Observation o, int parallelism, CliEnvironment env) throws InterruptedException {
        new Snapshots(ws, command).automatic(SnapshotTrigger.DRIFT_REMEDIATE, o.desired(), env.err());
        append(r.corrections());
        int code = ws.applyRunner().run(r.plan(), parallelism, command, "Remediation");
        append(List.of(NewEvent.of(EventType.DRIFT_REMEDIATED, Map.of("actions", r.plan().actions().size(),
                "corrections", r.corrections().size(), "skipped", r.skipped().size(),
                "succeeded", code == ExitCodes.OK, "summary", PlanTextRenderer.summary(r.plan())))));
        return code;
    }

    private void append(List<NewEvent> events) {
        if (!events.isEmpty()) {
            ws.state().append(ws.actor(command), events);
        }
    }
}
