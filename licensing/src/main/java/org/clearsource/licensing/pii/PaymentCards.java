package org.clearsource.licensing.pii;

/** The Luhn check and the issuer prefixes (IIN ranges) of payment card numbers. */
final class PaymentCards {

  private PaymentCards() {}

  /** Whether a string of 13 to 19 ASCII digits is a card number: a known issuer and Luhn. */
  static boolean isCardNumber(CharSequence digits) {
    int length = digits.length();
    return length >= 13 && length <= 19 && hasKnownIssuer(digits) && passesLuhn(digits);
  }

  static boolean passesLuhn(CharSequence digits) {
    int sum = 0;
    boolean twice = false;
    for (int i = digits.length() - 1; i >= 0; i--) {
      int digit = digits.charAt(i) - '0';
      if (twice) {
        digit *= 2;
        if (digit > 9) {
          digit -= 9;
        }
      }
      sum += digit;
      twice = !twice;
    }
    return sum % 10 == 0;
  }

  /**
   * Visa 4 (13, 16, 19 digits); Mastercard 51-55 and 2221-2720 (16); American Express 34, 37 (15);
   * Discover 6011, 622126-622925, 644-649, 65 (16-19); JCB 3528-3589 (16-19); Diners Club 300-305,
   * 36, 38-39 (14-19).
   */
  static boolean hasKnownIssuer(CharSequence digits) {
    int length = digits.length();
    int p1 = prefix(digits, 1);
    int p2 = prefix(digits, 2);
    int p3 = prefix(digits, 3);
    int p4 = prefix(digits, 4);
    int p6 = prefix(digits, 6);
    if (p1 == 4) {
      return length == 13 || length == 16 || length == 19;
    }
    if ((p2 >= 51 && p2 <= 55) || (p4 >= 2221 && p4 <= 2720)) {
      return length == 16;
    }
    if (p2 == 34 || p2 == 37) {
      return length == 15;
    }
    if (p4 == 6011 || (p6 >= 622126 && p6 <= 622925) || (p3 >= 644 && p3 <= 649) || p2 == 65
        || (p4 >= 3528 && p4 <= 3589)) {
      return length >= 16;
    }
    return (p3 >= 300 && p3 <= 305) || p2 == 36 || p2 == 38 || p2 == 39 ? length >= 14 : false;
  }

  private static int prefix(CharSequence digits, int count) {
    int value = 0;
    for (int i = 0; i < count; i++) {
      value = value * 10 + (digits.charAt(i) - '0');
    }
    return value;
  }
}
