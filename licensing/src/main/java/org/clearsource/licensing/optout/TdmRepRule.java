package org.clearsource.licensing.optout;

import java.io.Serializable;
import java.util.Objects;

/**
 * One entry of a {@code /.well-known/tdmrep.json} file.
 *
 * @param location the path pattern as written in the file
 * @param reservation what its {@code tdm-reservation} says ({@link TdmRep.Reservation#UNSET} when
 *     missing or neither 0 nor 1)
 * @param policy its {@code tdm-policy} URL, or null
 */
public record TdmRepRule(String location, TdmRep.Reservation reservation, String policy)
    implements Serializable {

  public TdmRepRule {
    Objects.requireNonNull(location, "Cannot create a TDMRep rule without a location");
    Objects.requireNonNull(reservation, "Cannot create a TDMRep rule without a reservation");
  }
}
