package org.clearsource.cluster.cli;

import picocli.CommandLine.IVersionProvider;

/** The version from the jar manifest, or "development" when run from classes. */
final class VersionProvider implements IVersionProvider {
  @Override
  public String[] getVersion() {
    String version = ClearsourceCommand.class.getPackage().getImplementationVersion();
    return new String[] {"clearsource " + (version == null ? "development" : version)};
  }
}
