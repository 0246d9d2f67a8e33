package io.provctl.cli;

import picocli.CommandLine;

/** Reads the version from the jar's manifest, or says it is a development build. */
public final class VersionProvider implements CommandLine.IVersionProvider {

    @Override
    public String[] getVersion() {
        String v = VersionProvider.class.getPackage().getImplementationVersion();
        return new String[] {"provctl " + (v == null ? "development build" : v)};
    }
}
