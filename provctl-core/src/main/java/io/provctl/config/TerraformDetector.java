package io.provctl.config;

import io.provctl.config.hcl.Ast;
import io.provctl.model.SourcePosition;

import java.util.Optional;
import java.util.Set;

/**
 * Recognises a Terraform file given by mistake, so the user gets one clear sentence instead of an
 * "unknown block" error for every resource in it.
 */
final class TerraformDetector {

    private static final Set<String> TERRAFORM_BLOCKS = Set.of("resource", "module", "terraform", "data",
            "locals", "output");

    private TerraformDetector() {
    }

    /** The diagnostic for a file that has Terraform blocks and no cluster, if it is one. */
    static Optional<Diagnostic> check(Ast.Body body, String file) {
        if (body.blocks().stream().anyMatch(b -> b.name().equals("cluster"))) {
            return Optional.empty();
        }
        return body.blocks().stream().filter(b -> TERRAFORM_BLOCKS.contains(b.name())).findFirst()
                .map(b -> new Diagnostic(SourcePosition.unknown(file), "not a provctl configuration (it looks like"
                        + " Terraform: found " + describe(b) + " at " + BodyReader.at(b.position())
                        + "); provctl reads cluster, provider, variable, budget and pricing blocks"));
    }

    private static String describe(Ast.Block b) {
        return b.labels().isEmpty() ? b.name() : b.name() + " \"" + b.labels().get(0).value() + "\"";
    }
}
