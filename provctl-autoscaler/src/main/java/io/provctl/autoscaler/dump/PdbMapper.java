package io.provctl.autoscaler.dump;

import com.fasterxml.jackson.databind.JsonNode;
import io.provctl.autoscaler.model.PdbInfo;

/** A policy/v1 PodDisruptionBudget; without a status it allows nothing, the safe reading. */
final class PdbMapper {

    private PdbMapper() {
    }

    static PdbInfo map(JsonNode pdb) {
        JsonNode meta = pdb.path("metadata");
        return new PdbInfo(Fields.text(meta, "namespace").orElse("default"),
                Fields.text(meta, "name").orElseThrow(() -> new IllegalArgumentException("a PodDisruptionBudget has no metadata.name")),
                Selectors.labelSelector(pdb.path("spec").path("selector")),
                Fields.integer(pdb.path("status"), "disruptionsAllowed", 0));
    }
}
