package org.clearsource.reports.model;

import java.util.Objects;

/** A name (a copyright holder, a licence expression) and how many documents carry it. */
public record NamedCount(String name, long documents) {

  public NamedCount {
    Objects.requireNonNull(name, "Cannot create a count without a name");
  }
}
