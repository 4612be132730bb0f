package org.clearsource.core.manifest;

import java.util.Locale;

/** How the corpus owner came to hold a source; the EU summary groups sources by it. */
public enum HowObtained {
  CRAWL,
  PUBLIC_DATASET,
  LICENCE_DEAL,
  PARTNER,
  USER_DATA,
  SYNTHETIC,
  INTERNAL,
  OTHER;

  public String id() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  public static HowObtained fromId(String id) {
    for (HowObtained value : values()) {
      if (value.id().equals(id)) {
        return value;
      }
    }
    throw new IllegalArgumentException("Cannot parse how-obtained value: " + id);
  }
}
