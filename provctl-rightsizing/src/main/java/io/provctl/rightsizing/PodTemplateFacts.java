package io.provctl.rightsizing;

import io.provctl.rightsizing.placement.PodPlacement;

import java.util.List;
import java.util.Objects;

/**
 * What SPOT_INSTANCES needs to know of a pod template beyond its containers, as plain values.
 *
 * @param claimVolumes the names of the template's PersistentVolumeClaim volumes (a pod that owns a
 *                     volume is not stateless)
 * @param pdbs         every PodDisruptionBudget whose selector matches the template's labels
 * @param placement    the template's tolerations and preferred node affinity as they are now
 */
public record PodTemplateFacts(List<String> claimVolumes, List<PdbCoverage> pdbs, PodPlacement placement) {

    public PodTemplateFacts {
        claimVolumes = List.copyOf(claimVolumes);
        pdbs = List.copyOf(pdbs);
        Objects.requireNonNull(placement, "placement");
    }

    /** No volumes, no PDB, no tolerations or affinity: what a caller that does not read the cluster knows. */
    public static PodTemplateFacts none() {
        return new PodTemplateFacts(List.of(), List.of(), PodPlacement.none());
    }
}
