package org.clearsource.licensing.optout;

import java.io.Serializable;

/**
 * A host's rights files, parsed.
 *
 * @param robotsTxt the robots.txt rules, or null when none was captured (or its status says
 *     nothing, such as a redirect)
 * @param robotsTxtUrl where the robots.txt was fetched, or null
 * @param tdmRep the tdmrep.json rules, or null when none was captured with a 2xx status
 * @param tdmRepUrl where the tdmrep.json was fetched, or null
 */
public record SiteRules(
    RobotsTxt robotsTxt, String robotsTxtUrl, TdmRepFile tdmRep, String tdmRepUrl)
    implements Serializable {

  /** A host with no captured rights files. */
  public static final SiteRules NONE = new SiteRules(null, null, null, null);

  /** Parses a host's captures. */
  public static SiteRules of(SiteCaptures captures) {
    if (captures == null) {
      return NONE;
    }
    RobotsTxt robots = null;
    String robotsUrl = null;
    CapturedFile robotsFile = captures.robotsTxt();
    if (robotsFile != null) {
      robots = RobotsTxt.fromResponse(robotsFile.status(), robotsFile.body()).orElse(null);
      robotsUrl = robots == null ? null : robotsFile.url();
    }
    TdmRepFile tdmRep = null;
    String tdmRepUrl = null;
    CapturedFile tdmRepFile = captures.tdmRepJson();
    if (tdmRepFile != null) {
      tdmRep = TdmRepFile.fromResponse(tdmRepFile.status(), tdmRepFile.body()).orElse(null);
      tdmRepUrl = tdmRep == null ? null : tdmRepFile.url();
    }
    return new SiteRules(robots, robotsUrl, tdmRep, tdmRepUrl);
  }
}
