package io.provctl.operator.crd;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The CustomResourceDefinitions generated from the resource classes at build time, read from the
 * classpath where the CRD generator wrote them. deploy/crds/ holds the same files, and a test keeps
 * them equal.
 */
public final class Crds {

    /** The generated files, in the order they are applied: settings first, then groups, then nodes, then rightsizing. */
    public static final List<String> FILES = List.of(
            "autoscalerconfigs.autoscaling.provctl.io-v1.yml",
            "nodegroups.autoscaling.provctl.io-v1.yml",
            "managednodes.autoscaling.provctl.io-v1.yml",
            "costoptimizations.optimization.provctl.io-v1.yml");

    private Crds() {
    }

    /** The content of one generated file. */
    public static String read(String file) {
        try (InputStream in = Crds.class.getResourceAsStream("/META-INF/fabric8/" + file)) {
            if (in == null) {
                throw new IllegalStateException("the generated CRD " + file + " is not on the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every CRD as one multi-document YAML stream, ready for {@code kubectl apply -f -}. */
    public static String all() {
        StringBuilder out = new StringBuilder();
        for (String file : FILES) {
            out.append("---\n").append(read(file));
        }
        return out.toString();
    }
}
