package io.provctl.config;

import java.util.Map;
import java.util.Optional;

/**
 * Which YAML keys are blocks in the HCL model, so a YAML file becomes the same syntax tree as the
 * equivalent HCL file and goes through the same decoding and validation. Keys not listed here are
 * attributes, whatever their value (maps such as labels and tags included).
 */
record YamlShape(Map<String, Child> children) {

    /** How the value under a key maps to blocks. */
    enum Form {
        /** A mapping: one block. */
        SINGLE,
        /** A list of mappings with a {@code name} key, or a mapping from name to mapping: labelled blocks. */
        LABELLED,
        /** A list of mappings: one unlabelled block each. */
        REPEATED,
        /** A list of named mappings wrapped in one outer block (worker_pools → pool "<name>"). */
        WRAPPED
    }

    /** {@code blockType} is the block each element becomes; {@code inner} for WRAPPED only. */
    record Child(Form form, String blockType, String inner, YamlShape shape) {
    }

    static final YamlShape LEAF = new YamlShape(Map.of());

    static final YamlShape POOL = new YamlShape(Map.of(
            "spot", new Child(Form.SINGLE, "spot", "", LEAF),
            "taints", new Child(Form.REPEATED, "taints", "", LEAF)));

    static final YamlShape CONTROL_PLANE = new YamlShape(Map.of(
            "identity", new Child(Form.SINGLE, "identity", "", LEAF)));

    static final YamlShape CLUSTER = new YamlShape(Map.of(
            "network", new Child(Form.SINGLE, "network", "", LEAF),
            "control_plane", new Child(Form.SINGLE, "control_plane", "", CONTROL_PLANE),
            "worker_pools", new Child(Form.WRAPPED, "worker_pools", "pool", POOL)));

    static final YamlShape ROOT = new YamlShape(Map.of(
            "clusters", new Child(Form.LABELLED, "cluster", "", CLUSTER),
            "variables", new Child(Form.LABELLED, "variable", "", LEAF),
            "providers", new Child(Form.LABELLED, "provider", "", LEAF),
            "budgets", new Child(Form.LABELLED, "budget", "", LEAF),
            "pricing", new Child(Form.SINGLE, "pricing", "", LEAF)));

    Optional<Child> child(String key) {
        return Optional.ofNullable(children.get(key));
    }
}
