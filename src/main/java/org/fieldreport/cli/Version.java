package org.fieldreport.cli;

import picocli.CommandLine;

/** Supplies {@code --version} from the jar's manifest (the Maven project version). */
final class Version implements CommandLine.IVersionProvider {

    @Override
    public String[] getVersion() {
        String v = Version.class.getPackage().getImplementationVersion();
        return new String[] {"fieldreport " + (v == null ? "development build" : v)};
    }
}
