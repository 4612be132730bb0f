package org.clearsource.reports.render;

import java.util.Map;
import org.clearsource.reports.model.StageCounters;

/** Phrases every report shares, so that the same thing is always said the same way. */
public final class Texts {

  public static final String NOT_STATED = "Not stated in the manifest";
  public static final String OWNER_QUESTION = "To be answered by the dataset owner.";
  public static final String UNSHAREABLE_PROMISE =
      "No text, title, URL, domain, copyright holder or excerpt of this source appears in any"
          + " report: it contributes numbers only.";

  private static final Map<String, String> HOW_OBTAINED =
      Map.of(
          "crawl", "crawled and scraped online",
          "public-dataset", "a publicly available dataset",
          "licence-deal", "licensed from the rightsholder",
          "partner", "obtained from a partner (third party)",
          "user-data", "user data",
          "synthetic", "synthetic (generated)",
          "internal", "internal data of the provider",
          "other", "other");

  private static final Map<String, String> CLASSES =
      Map.of(
          "open", "open (may be copied and reshared)",
          "public", "public (others can inspect it where it is published)",
          "obtainable", "obtainable from a third party",
          "unshareable", "unshareable (described, never exposed)");

  private static final Map<String, String> STAGES =
      Map.of(
          StageCounters.INGEST, "ingest",
          StageCounters.DEDUP, "dedup",
          StageCounters.SCAN, "scan (licences, copyright, opt-outs, personal data)");

  private Texts() {}

  /** "not measured (dedup stage not run)". */
  public static String notRun(String stage) {
    return "not measured (" + stage + " stage not run)";
  }

  public static String howObtained(String id) {
    return id == null ? NOT_STATED : HOW_OBTAINED.getOrDefault(id, id);
  }

  public static String osaidClass(String id) {
    return CLASSES.getOrDefault(id, id);
  }

  public static String stage(String id) {
    return STAGES.getOrDefault(id, id);
  }

  /** What a measurement says about the stage that was (or was not) run. */
  public static String measuredBy(boolean complete) {
    return complete
        ? "measured by the scan stage, every protocol included"
        : "a lower bound, since only the HTTP headers and HTML meta tags kept at ingest were read;"
            + " robots.txt and tdmrep.json rules are applied by the scan stage, which did not run";
  }
}
