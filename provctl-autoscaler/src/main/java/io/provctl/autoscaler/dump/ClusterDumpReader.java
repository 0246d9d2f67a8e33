package io.provctl.autoscaler.dump;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.provctl.autoscaler.model.ClusterSnapshot;
import io.provctl.autoscaler.model.NodeGroupInfo;
import io.provctl.autoscaler.model.NodeInfo;
import io.provctl.autoscaler.model.PdbInfo;
import io.provctl.autoscaler.model.PodInfo;
import io.provctl.cost.pricing.PriceSource;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a cluster dump, the multi-document YAML {@code kubectl get pods,nodes,pdb,nodegroups -A -o yaml}
 * writes (List objects with items, or one object per document), into a snapshot. Other kinds are skipped.
 * Every error names the file, the document and its line.
 */
public final class ClusterDumpReader {

    private static final ObjectMapper YAML = new YAMLMapper();

    private final OfferingResolver offerings;

    public ClusterDumpReader(PriceSource prices) {
        this.offerings = new OfferingResolver(prices);
    }

    private record Located(JsonNode object, Where where) {
    }

    public ClusterSnapshot read(List<DumpSource> sources) {
        List<Located> objects = new ArrayList<>();
        for (DumpSource s : sources) {
            objects.addAll(documents(s));
        }
        List<PodInfo> pods = new ArrayList<>();
        List<NodeInfo> nodes = new ArrayList<>();
        List<PdbInfo> pdbs = new ArrayList<>();
        List<Located> groups = new ArrayList<>();
        for (Located o : objects) {
            String kind = Fields.text(o.object(), "kind").orElse("");
            switch (kind) {
                case "Pod" -> {
                    if (!PodMapper.terminal(o.object())) {
                        pods.add(mapped(o, () -> PodMapper.map(o.object())));
                    }
                }
                case "Node" -> nodes.add(mapped(o, () -> NodeMapper.map(o.object())));
                case "PodDisruptionBudget" -> pdbs.add(mapped(o, () -> PdbMapper.map(o.object())));
                case "NodeGroup" -> groups.add(o);
                default -> {
                    if (kind.isEmpty()) {
                        throw o.where().error("not a Kubernetes object: no kind");
                    }
                }
            }
        }
        Map<String, Integer> sizes = new HashMap<>();
        nodes.forEach(n -> n.group().ifPresent(g -> sizes.merge(g, 1, Integer::sum)));
        List<NodeGroupInfo> nodeGroups = groups.stream().map(o -> mapped(o, () -> NodeGroupMapper.map(o.object(),
                sizes.getOrDefault(Fields.text(o.object(), "metadata", "name").orElse(""), 0), offerings))).toList();
        return new ClusterSnapshot(pods, nodes, pdbs, nodeGroups);
    }

    private interface Mapping<T> {
        T map();
    }

    private static <T> T mapped(Located o, Mapping<T> mapping) {
        try {
            return mapping.map();
        } catch (DumpException e) {
            throw e;
        } catch (IllegalArgumentException e) {
            String kind = Fields.text(o.object(), "kind").orElse("object");
            String name = Fields.text(o.object(), "metadata", "name").orElse("?");
            throw o.where().error(kind + " " + name + ": " + e.getMessage());
        }
    }

    private static List<Located> documents(DumpSource source) {
        List<Located> out = new ArrayList<>();
        int document = 0;
        try (MappingIterator<JsonNode> it = YAML.readerFor(JsonNode.class).readValues(source.text())) {
            JsonParser parser = it.getParser();
            while (it.hasNextValue()) {
                document++;
                int line = parser.currentTokenLocation().getLineNr();
                JsonNode doc = it.nextValue();
                Where where = new Where(source.name(), document, line, -1);
                if (doc == null || doc.isNull() || doc.isMissingNode()) {
                    continue;
                }
                if (!doc.isObject()) {
                    throw where.error("expected a Kubernetes object, got " + doc.getNodeType().toString().toLowerCase());
                }
                if (doc.path("kind").asText().equals("List") || (doc.has("items") && !doc.has("spec"))) {
                    List<JsonNode> items = Fields.list(doc.path("items"));
                    for (int i = 0; i < items.size(); i++) {
                        out.add(new Located(items.get(i), where.inItem(i)));
                    }
                } else {
                    out.add(new Located(doc, where));
                }
            }
        } catch (JsonProcessingException e) {
            throw syntax(source, document, e.getLocation(), e.getOriginalMessage(), e);
        } catch (RuntimeException e) {
            if (e instanceof DumpException d) {
                throw d;
            }
            if (e.getCause() instanceof JsonProcessingException j) {
                throw syntax(source, Math.max(1, document), j.getLocation(), j.getOriginalMessage(), e);
            }
            throw e;
        } catch (IOException e) {
            throw new DumpException(source.name() + ": cannot read: " + e.getMessage(), e);
        }
        return out;
    }

    private static DumpException syntax(DumpSource source, int document, JsonLocation at, String message, Exception e) {
        String line = at == null ? "" : " (line " + at.getLineNr() + ")";
        return new DumpException(source.name() + ": document " + Math.max(1, document) + line + ": invalid YAML: "
                + message.lines().findFirst().orElse(message), e);
    }
}
