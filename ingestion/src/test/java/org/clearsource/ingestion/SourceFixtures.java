package org.clearsource.ingestion;

import java.util.List;
import org.clearsource.core.manifest.HowObtained;
import org.clearsource.core.manifest.OsaidClass;
import org.clearsource.core.manifest.Provenance;
import org.clearsource.core.manifest.ReaderOptions;
import org.clearsource.core.manifest.Source;
import org.clearsource.core.manifest.SourceFormat;

/** Sources for tests that do not go through a manifest. */
public final class SourceFixtures {

  private SourceFixtures() {}

  /** An open source "s" with the given paths and exclude patterns. */
  public static Source source(List<String> paths, List<String> exclude) {
    return new Source("s", "s", null, OsaidClass.OPEN, paths, SourceFormat.AUTO,
        ReaderOptions.builder().exclude(exclude).build(),
        new Provenance("x", null, null, null, HowObtained.OTHER, null, null, null, null, null, null),
        0, 1);
  }
}
