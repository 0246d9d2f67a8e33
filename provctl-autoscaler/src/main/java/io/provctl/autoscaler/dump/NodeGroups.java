package io.provctl.autoscaler.dump;

import com.fasterxml.jackson.databind.JsonNode;
import io.provctl.autoscaler.model.NodeGroupInfo;
import io.provctl.cost.pricing.PriceSource;

/**
 * Reads one NodeGroup object (autoscaling.provctl.io/v1alpha1) outside a cluster dump, for tools such as
 * the simulator that take node groups from their own files: same schema, same rules, same errors.
 */
public final class NodeGroups {

    private NodeGroups() {
    }

    /** The group as the decisions see it, with no node yet: its size starts at zero. */
    public static NodeGroupInfo read(JsonNode nodeGroup, PriceSource prices) {
        return NodeGroupMapper.map(nodeGroup, 0, new OfferingResolver(prices));
    }
}
