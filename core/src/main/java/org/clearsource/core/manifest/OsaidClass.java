package org.clearsource.core.manifest;

import java.util.Locale;

/** The data classes of the Open Source AI Definition FAQ, as a source declares them. */
public enum OsaidClass {
  /** May be copied and reshared: it must be shared. */
  OPEN,
  /** Others can inspect it while it stays available: say where. */
  PUBLIC,
  /** From a third party, possibly for a fee: say where and how. */
  OBTAINABLE,
  /** Non-public, e.g. personal data: described, never exposed. */
  UNSHAREABLE;

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** True where no text, title, URL path or excerpt of the source may leave the run directory. */
  public boolean isUnshareable() {
    return this == UNSHAREABLE;
  }

  public static OsaidClass fromId(String id) {
    for (OsaidClass value : values()) {
      if (value.id().equals(id)) {
        return value;
      }
    }
    throw new IllegalArgumentException("Cannot parse OSAID class: " + id);
  }
}
