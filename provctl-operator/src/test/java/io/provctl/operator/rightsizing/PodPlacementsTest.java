package io.provctl.operator.rightsizing;

import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.PodSpecBuilder;
import io.fabric8.kubernetes.api.model.TolerationBuilder;
import io.provctl.metrics.WorkloadKind;
import io.provctl.metrics.WorkloadRef;
import io.provctl.operator.testsupport.SpotFixtures;
import io.provctl.rightsizing.apply.WorkloadPatch;
import io.provctl.rightsizing.placement.NodeSelectorRequirement;
import io.provctl.rightsizing.placement.PlacementChange;
import io.provctl.rightsizing.placement.PodPlacement;
import io.provctl.rightsizing.placement.PreferredSchedulingTerm;
import io.provctl.rightsizing.placement.Toleration;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

import static org.assertj.core.api.Assertions.assertThat;

/** Placement to and from fabric8 pod specs and the rollback JSON, every field kept. */
class PodPlacementsTest {

    private static final WorkloadRef WEB = new WorkloadRef("default", WorkloadKind.DEPLOYMENT, "web");

    private static PodSpec spec() {
        return new PodSpecBuilder().withTolerations(SpotFixtures.DEDICATED, new TolerationBuilder()
                        .withKey("node.kubernetes.io/unreachable").withOperator("Exists").withEffect("NoExecute")
                        .withTolerationSeconds(300L).build())
                .withAffinity(SpotFixtures.ownAffinity()).build();
    }

    @Test
    void readingAndWritingBackGivesTheSameSpec() {
        PodSpec spec = spec();
        PodPlacement read = PodPlacements.read(spec);
        assertThat(read.tolerations()).containsExactly(
                new Toleration("dedicated", "Equal", "shop", "NoSchedule", OptionalLong.empty()),
                new Toleration("node.kubernetes.io/unreachable", "Exists", "", "NoExecute", OptionalLong.of(300)));

        PodSpec written = spec();
        PodPlacements.write(written, read.withSpot());
        PodPlacements.write(written, read);

        assertThat(written).isEqualTo(spec());
    }

    @Test
    void writingNothingRemovesOnlyWhatProvctlOwns() {
        PodSpec written = spec();
        PodPlacements.write(written, PodPlacement.none());

        assertThat(written.getTolerations()).isNullOrEmpty();
        assertThat(written.getAffinity().getNodeAffinity().getRequiredDuringSchedulingIgnoredDuringExecution())
                .isEqualTo(SpotFixtures.ownAffinity().getNodeAffinity().getRequiredDuringSchedulingIgnoredDuringExecution());
        assertThat(written.getAffinity().getNodeAffinity().getPreferredDuringSchedulingIgnoredDuringExecution())
                .isNullOrEmpty();
        assertThat(written.getAffinity().getPodAntiAffinity()).isEqualTo(SpotFixtures.ownAffinity().getPodAntiAffinity());

        PodSpec bare = new PodSpec();
        PodPlacements.write(bare, PodPlacement.none().withSpot());
        PodPlacements.write(bare, PodPlacement.none());
        assertThat(bare.getAffinity()).isNull();
    }

    @Test
    void theRollbackJsonKeepsEveryField() {
        PodPlacement before = new PodPlacement(List.of(new Toleration("", "Exists", "", "", OptionalLong.of(30))),
                List.of(new PreferredSchedulingTerm(7, List.of(new NodeSelectorRequirement("a", "NotIn", List.of("x", "y"))),
                        List.of(new NodeSelectorRequirement("metadata.name", "In", List.of("n1"))))));
        WorkloadPatch patch = new WorkloadPatch(WEB, List.of(), Optional.empty(),
                Optional.of(new PlacementChange(before, before.withSpot())));

        assertThat(WorkloadPatchJson.read(WorkloadPatchJson.write(patch))).isEqualTo(patch);
    }

    @Test
    void foldingKeepsTheFirstOriginalPlacement() {
        PodPlacement first = PodPlacement.none();
        PodPlacement second = PodPlacement.none().withSpot();
        WorkloadPatch earlier = new WorkloadPatch(WEB, List.of(), Optional.empty(),
                Optional.of(new PlacementChange(first, second)));
        WorkloadPatch next = new WorkloadPatch(WEB, List.of(), Optional.empty(),
                Optional.of(new PlacementChange(second, new PodPlacement(second.tolerations(), List.of()))));

        assertThat(PatchHistory.fold(earlier, next).placement().orElseThrow().before()).isEqualTo(first);
    }
}
