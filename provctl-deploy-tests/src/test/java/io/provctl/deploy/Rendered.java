package io.provctl.deploy;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.client.utils.Serialization;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Manifests as a real renderer produced them, each document parsed with the fabric8 model. */
record Rendered(String source, List<HasMetadata> objects) {

    /**
     * {@code kubectl kustomize DIR}: the kustomize built into the kubectl on the PATH, or into the one
     * PROVCTL_KUBECTL names (to check an older kubectl, such as Debian's 1.20 with kustomize v2.0.3).
     */
    static Rendered kustomize(Path dir) {
        String chosen = System.getenv("PROVCTL_KUBECTL");
        Path kubectl = chosen != null ? Path.of(chosen) : Tools.require("kubectl", "rendering " + dir.getFileName());
        String yaml = Tools.runOk(List.of(kubectl.toString(), "kustomize", dir.toString()));
        return parse(dir.toString(), yaml);
    }

    /** Splits a multi-document stream and parses every non-empty document; one that fails, fails. */
    static Rendered parse(String source, String yaml) {
        List<HasMetadata> objects = new ArrayList<>();
        for (String doc : yaml.split("(?m)^---\\s*$")) {
            if (doc.lines().allMatch(l -> l.isBlank() || l.stripLeading().startsWith("#"))) {
                continue;
            }
            Object parsed = Serialization.unmarshal(new ByteArrayInputStream(doc.getBytes(StandardCharsets.UTF_8)));
            if (!(parsed instanceof HasMetadata object)) {
                throw new AssertionError(source + ": a document is not a Kubernetes object:\n" + doc);
            }
            objects.add(object);
        }
        return new Rendered(source, List.copyOf(objects));
    }

    <T extends HasMetadata> List<T> all(Class<T> type) {
        return objects.stream().filter(type::isInstance).map(type::cast).toList();
    }

    <T extends HasMetadata> T one(Class<T> type) {
        List<T> found = all(type);
        if (found.size() != 1) {
            throw new AssertionError(source + ": expected one " + type.getSimpleName() + ", found " + found.size());
        }
        return found.get(0);
    }

    List<HasMetadata> kind(String kind) {
        return objects.stream().filter(o -> kind.equals(o.getKind())).toList();
    }

    Deployment deployment() {
        return one(Deployment.class);
    }

    /** The ConfigMap made by the generator {@code name} (its name carries a content hash). */
    ConfigMap generated(String name) {
        List<ConfigMap> found = all(ConfigMap.class).stream()
                .filter(c -> c.getMetadata().getName().startsWith(name + "-")).toList();
        if (found.size() != 1) {
            throw new AssertionError(source + ": expected one ConfigMap generated as " + name + ", found " + found.size());
        }
        return found.get(0);
    }
}
