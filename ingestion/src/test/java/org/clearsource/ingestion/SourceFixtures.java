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

  /**
   * File names a URI parser would change or refuse (one per character class), and {@code
   * 100A.jsonl}, which {@code 100%41.jsonl} decodes to.
   */
  public static final List<String> ODD_NAMES = List.of(
      "100%41.jsonl", "100A.jsonl", "with space.txt", "hash#tag.txt", "question?.txt",
      "[brackets].txt", "{braces}.txt", "back\\slash.txt", "co:lon.txt", "per%cent.txt",
      "%zz.txt", "plus+and&.txt", "umlaut-m\u00fcnchen.txt");

  private SourceFixtures() {}

  /** An open source "s" with the given paths and exclude patterns. */
  public static Source source(List<String> paths, List<String> exclude) {
    return new Source("s", "s", null, OsaidClass.OPEN, paths, SourceFormat.AUTO,
        ReaderOptions.builder().exclude(exclude).build(),
        new Provenance("x", null, null, null, HowObtained.OTHER, null, null, null, null, null, null),
        0, 1);
  }
}
