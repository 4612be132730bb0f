package org.clearsource.cluster.cli;

import org.apache.hadoop.conf.Configuration;
import org.clearsource.core.manifest.Manifest;
import org.clearsource.core.manifest.ManifestReader;
import picocli.CommandLine.Parameters;

/** The manifest every command starts from. */
final class ManifestArgument {

  @Parameters(
      index = "0",
      paramLabel = "MANIFEST",
      description = "The corpus manifest (YAML): a local path or any Hadoop URI. See docs/manifest.md.")
  String location;

  Manifest read() {
    return ManifestReader.read(location, new Configuration());
  }
}
