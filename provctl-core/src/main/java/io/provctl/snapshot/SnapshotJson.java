package io.provctl.snapshot;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.provctl.json.Json;
import io.provctl.model.Attributes;
import io.provctl.model.DesiredState;
import io.provctl.model.Resource;
import io.provctl.model.ResourceId;
import io.provctl.store.RecordedResource;

import java.io.IOException;
import java.math.BigDecimal;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The stored form of a snapshot: one JSON object, the content plus {@code checksum}. The checksum is the
 * SHA-256 of the content's canonical form: compact JSON with sorted keys and canonical attribute values,
 * which reading and writing both produce, so a file that was not changed always verifies.
 */
public final class SnapshotJson {

    public static final String FORMAT_VERSION = "1";

    private SnapshotJson() {
    }

    public static String write(Snapshot s) {
        Map<String, Object> all = new TreeMap<>(content(s));
        all.put("checksum", s.checksum());
        return Json.write(all) + "\n";
    }

    /** The snapshot with its checksum computed. */
    public static Snapshot sealed(Snapshot s) {
        return s.withChecksum(checksum(content(s)));
    }

    /**
     * Reads a stored snapshot and verifies it.
     *
     * @throws SnapshotException when the text is not a snapshot or its checksum does not match
     */
    public static Snapshot read(String text, String name) {
        JsonNode node;
        try {
            node = Json.read(text);
        } catch (IOException e) {
            throw corrupt(name, "it is not valid JSON (" + e.getMessage().lines().findFirst().orElse("") + ")");
        }
        if (!(node instanceof ObjectNode object) || !node.path("checksum").isTextual()) {
            throw corrupt(name, "it has no checksum");
        }
        String stored = object.remove("checksum").asText();
        Object content = Json.canonical(object);
        String computed = checksum(content);
        if (!computed.equals(stored)) {
            throw corrupt(name, "its checksum does not match its content (stored " + stored + ", computed "
                    + computed + "): it was changed or damaged after it was taken");
        }
        try {
            return parse(object).withChecksum(stored);
        } catch (RuntimeException e) {
            throw corrupt(name, "its content is not a snapshot (" + e.getMessage() + ")");
        }
    }

    static String checksum(Object canonicalContent) {
        try {
            byte[] bytes = Json.MAPPER.writer().without(SerializationFeature.INDENT_OUTPUT)
                    .writeValueAsBytes(Attributes.canonical(canonicalContent));
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (IOException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("cannot compute a snapshot checksum", e);
        }
    }

    private static SnapshotException corrupt(String name, String why) {
        return new SnapshotException("snapshot " + name + " is corrupt and will not be used: " + why);
    }

    private static Map<String, Object> content(Snapshot s) {
        Map<String, Object> m = new TreeMap<>();
        m.put("format_version", FORMAT_VERSION);
        m.put("id", s.id());
        m.put("created_at", s.createdAt().toString());
        m.put("trigger", s.trigger().jsonName());
        m.put("description", s.description());
        m.put("lineage", s.lineage());
        m.put("serial", s.serial());
        Map<String, Object> config = new TreeMap<>();
        s.configuration().resources().values().forEach(r -> config.put(r.id().address(), resource(r)));
        m.put("configuration", config);
        Map<String, Object> state = new TreeMap<>();
        s.resources().values().forEach(r -> state.put(r.id().address(), recorded(r)));
        m.put("resources", state);
        return m;
    }

    private static Map<String, Object> resource(Resource r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("provider", r.provider());
        m.put("region", r.region());
        m.put("attributes", r.attributes());
        m.put("depends_on", r.dependsOn().stream().map(ResourceId::address).toList());
        return m;
    }

    private static Map<String, Object> recorded(RecordedResource r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("provider_id", r.providerId());
        m.put("provider", r.provider());
        m.put("region", r.region());
        m.put("attributes", r.attributes());
        m.put("created_at", r.createdAt().toString());
        m.put("updated_at", r.updatedAt().toString());
        return m;
    }

    private static Snapshot parse(JsonNode n) {
        SortedMap<ResourceId, Resource> config = new TreeMap<>();
        n.path("configuration").fields().forEachRemaining(e -> {
            ResourceId id = ResourceId.parse(e.getKey());
            JsonNode r = e.getValue();
            TreeSet<ResourceId> deps = new TreeSet<>();
            r.path("depends_on").forEach(d -> deps.add(ResourceId.parse(d.asText())));
            config.put(id, new Resource(id, text(r, "provider"), text(r, "region"), attributes(r), deps));
        });
        SortedMap<ResourceId, RecordedResource> resources = new TreeMap<>();
        n.path("resources").fields().forEachRemaining(e -> {
            ResourceId id = ResourceId.parse(e.getKey());
            JsonNode r = e.getValue();
            resources.put(id, new RecordedResource(id, text(r, "provider_id"), text(r, "provider"), text(r, "region"),
                    attributes(r), Instant.parse(text(r, "created_at")), Instant.parse(text(r, "updated_at"))));
        });
        return new Snapshot(text(n, "id"), Instant.parse(text(n, "created_at")), SnapshotTrigger.parse(text(n, "trigger")),
                text(n, "description"), text(n, "lineage"), new BigDecimal(n.path("serial").asText()).longValueExact(),
                new DesiredState(config), resources, "");
    }

    @SuppressWarnings("unchecked")
    private static SortedMap<String, Object> attributes(JsonNode r) {
        return new TreeMap<>((Map<String, Object>) Json.canonical(r.path("attributes")));
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        if (v == null || !v.isValueNode()) {
            throw new IllegalArgumentException("missing field " + field);
        }
        return v.asText();
    }
}
