package io.provctl.operator.rightsizing;

import io.javaoperatorsdk.operator.api.reconciler.Cleaner;
import io.javaoperatorsdk.operator.api.reconciler.Context;
import io.javaoperatorsdk.operator.api.reconciler.ControllerConfiguration;
import io.javaoperatorsdk.operator.api.reconciler.DeleteControl;
import io.javaoperatorsdk.operator.api.reconciler.Reconciler;
import io.javaoperatorsdk.operator.api.reconciler.UpdateControl;
import io.provctl.operator.api.v1alpha1.costoptimization.CostOptimization;

import java.time.Clock;

/**
 * The JOSDK face of {@link CostOptimizationController}: each reconcile runs one controller pass and
 * reschedules when the controller says; deletion restores an applied change before the finalizer goes.
 */
@ControllerConfiguration(name = CostOptimizationReconciler.NAME)
public final class CostOptimizationReconciler implements Reconciler<CostOptimization>, Cleaner<CostOptimization> {

    public static final String NAME = "costoptimization";

    private final RightsizingSettings settings;
    private final Clock clock;
    private final CostOptimizationMetrics metrics;

    public CostOptimizationReconciler(RightsizingSettings settings, Clock clock, CostOptimizationMetrics metrics) {
        this.settings = settings;
        this.clock = clock;
        this.metrics = metrics;
    }

    @Override
    public UpdateControl<CostOptimization> reconcile(CostOptimization co, Context<CostOptimization> context) {
        return metrics.timed(() -> UpdateControl.<CostOptimization>noUpdate()
                .rescheduleAfter(controller(context).reconcile(co)));
    }

    @Override
    public DeleteControl cleanup(CostOptimization co, Context<CostOptimization> context) {
        controller(context).cleanup(co);
        return DeleteControl.defaultDelete();
    }

    private CostOptimizationController controller(Context<CostOptimization> context) {
        return new CostOptimizationController(context.getClient(), settings, clock, metrics);
    }
}
