package org.clearsource.licensing.pii;

import java.io.Serializable;

/**
 * How many personal-data indicators a text holds. Counts only: the values are never kept.
 *
 * @param emails e-mail addresses
 * @param phones phone numbers
 * @param ipAddresses IPv4 and IPv6 addresses
 * @param paymentCards payment card numbers that pass the Luhn check and carry a known issuer prefix
 */
public record PiiCounts(long emails, long phones, long ipAddresses, long paymentCards)
    implements Serializable {

  /** Nothing found. */
  public static final PiiCounts NONE = new PiiCounts(0, 0, 0, 0);

  public PiiCounts {
    if (emails < 0 || phones < 0 || ipAddresses < 0 || paymentCards < 0) {
      throw new IllegalArgumentException("Cannot count a negative number of PII indicators: "
          + emails + " e-mails, " + phones + " phones, " + ipAddresses + " IP addresses, "
          + paymentCards + " payment cards");
    }
  }

  /** All indicators together. */
  public long total() {
    return emails + phones + ipAddresses + paymentCards;
  }

  /** These counts and {@code other}'s added up, as a source's totals are. */
  public PiiCounts plus(PiiCounts other) {
    return new PiiCounts(emails + other.emails, phones + other.phones,
        ipAddresses + other.ipAddresses, paymentCards + other.paymentCards);
  }
}
