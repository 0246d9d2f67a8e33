package io.provctl.autoscaler.model;

import java.util.List;

/** What a pod asks of a node, counted the way the Kubernetes scheduler counts it. */
public final class PodRequests {

    private PodRequests() {
    }

    /**
     * max(sum of app containers, largest init container) + pod overhead, and one pod slot. Init containers
     * run one at a time before the app containers start, so only the largest of them is ever held at once.
     */
    public static Resources effective(List<Resources> containers, List<Resources> initContainers, Resources overhead) {
        Resources apps = Resources.ZERO;
        for (Resources c : containers) {
            apps = apps.plus(c);
        }
        Resources init = Resources.ZERO;
        for (Resources c : initContainers) {
            init = init.max(c);
        }
        return apps.max(init).plus(overhead).withPods(1);
    }
}
