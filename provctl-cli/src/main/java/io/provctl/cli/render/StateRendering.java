package io.provctl.cli.render;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.provctl.json.Json;
import io.provctl.model.Attributes;
import io.provctl.store.RecordedResource;
import io.provctl.store.StateEvent;
import io.provctl.store.StateView;

import java.util.List;

/** Text and JSON forms of recorded resources and of the event log. */
public final class StateRendering {

    private StateRendering() {
    }

    public static String text(RecordedResource r) {
        StringBuilder b = new StringBuilder("# ").append(r.id()).append('\n');
        b.append("  id       = ").append(r.providerId()).append('\n');
        b.append("  provider = ").append(r.provider()).append('\n');
        b.append("  region   = ").append(r.region()).append('\n');
        r.attributes().forEach((k, v) -> b.append("  ").append(k).append(" = ").append(Attributes.render(v)).append('\n'));
        return b.toString();
    }

    public static String json(RecordedResource r) {
        return Json.write(node(r));
    }

    public static String json(StateView state) {
        ObjectNode root = Json.MAPPER.createObjectNode();
        root.put("lineage", state.lineage());
        root.put("serial", state.serial());
        ArrayNode resources = root.putArray("resources");
        state.resources().values().forEach(r -> resources.add(node(r)));
        ArrayNode pending = root.putArray("pending_intents");
        state.pendingIntents().values().forEach(p -> pending.addObject().put("address", p.resource().address())
                .put("intent", p.intent().name().toLowerCase()).put("sequence", p.sequence()));
        return Json.write(root);
    }

    public static String json(List<StateEvent> events) {
        ArrayNode out = Json.MAPPER.createArrayNode();
        for (StateEvent e : events) {
            ObjectNode n = out.addObject();
            n.put("sequence", e.sequence());
            n.put("at", e.at().toString());
            n.put("actor", e.actor());
            n.put("command", e.command());
            n.put("type", e.type().name().toLowerCase());
            n.put("resource", e.resource().map(Object::toString).orElse(null));
            n.put("serial", e.serial());
            n.set("payload", Json.MAPPER.valueToTree(e.payload()));
        }
        return Json.write(out);
    }

    private static ObjectNode node(RecordedResource r) {
        ObjectNode n = Json.MAPPER.createObjectNode();
        n.put("address", r.id().address());
        n.put("kind", r.id().kind().label());
        n.put("provider_id", r.providerId());
        n.put("provider", r.provider());
        n.put("region", r.region());
        n.put("created_at", r.createdAt().toString());
        n.put("updated_at", r.updatedAt().toString());
        n.set("attributes", Json.MAPPER.valueToTree(r.attributes()));
        return n;
    }
}
