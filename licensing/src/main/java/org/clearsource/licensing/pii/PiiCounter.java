package org.clearsource.licensing.pii;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Counts personal-data indicators in a text: e-mail addresses, phone numbers, IP addresses and
 * payment card numbers. Counts only; no value leaves this class.
 *
 * <p>What counts (heuristics, tuned to miss some rather than count dates, ids and versions):
 *
 * <ul>
 *   <li><b>E-mail</b>: {@code local@domain} with an ASCII local part of letters, digits and {@code
 *       ._%+-} (at most 64, no leading, trailing or doubled dot) and a domain of at least two labels
 *       whose last is alphabetic (or {@code xn--}); "logo@2x.png" is not an address.
 *   <li><b>Payment card</b>: 13 to 19 digits, unseparated or in groups of 3 to 6 split by single
 *       spaces or single dashes of one kind, with a known issuer prefix and length (Visa,
 *       Mastercard, American Express, Discover, JCB, Diners Club) and a valid Luhn check digit.
 *   <li><b>IPv4</b>: four dot-separated numbers 0-255 without leading zeros (a "/24" suffix allowed),
 *       not part of a longer dotted or alphanumeric run ("1.2.3.4.5", "v1.2.3.4"), not followed by
 *       ".name" (a host name), and not right after the words version, ver, v, release, rel, build,
 *       firmware, section, chapter, clause or OID.
 *   <li><b>IPv6</b>: full (eight groups) or compressed ({@code ::}, once) forms of 1-4 hex digit
 *       groups, an IPv4 tail allowed, with at least one decimal digit; times ("12:30:45"), MAC
 *       addresses (six groups) and C++ names ("std::map") do not qualify.
 *   <li><b>Phone</b>: a run of digits and single separators (space, {@code - . / ( )}) that is
 *       <ul>
 *         <li>international: "+" and 8 to 15 digits (10 or more when unseparated), or "00", a
 *             separator and 10 to 15 digits;
 *         <li>North American: 3-3-4 digit groups (or 1-3-3-4 starting with 1) whose area code
 *             starts with 2-9, as in "(212) 555-0142" or "212.555.0142";
 *         <li>national with a trunk 0: 9 to 11 digits in at least two groups of 2 or more digits,
 *             the first of 2 to 5, as in "020 7946 0000", "030 12345678", "01 23 45 67 89".
 *       </ul>
 *       Runs glued to letters, digits, "$", "/", "-" or "." before them ("ID-555-010-0199", URL
 *       paths), runs after "ISBN" or "ISSN", dates ("14.05.2024", "05/14/2024 10"), unseparated
 *       national numbers and runs of more than 15 digits never count. Local numbers without area
 *       code ("555-0142") are not counted: they look like ranges.
 * </ul>
 *
 * <p>Cost: e-mails are found from each '@' and IPv6 addresses from each ':' with bounded expansion
 * either side; the digit pass visits each char once and classifies runs of at most {@value
 * #MAX_NUMBER_CHARS} chars. No regular expression runs over the text, so time is linear in its
 * length. Stateless and thread-safe.
 */
public final class PiiCounter {

  /** A run of digits and separators is cut after this many chars. */
  public static final int MAX_NUMBER_CHARS = 40;

  private static final int MAX_LOCAL_PART = 64;
  private static final int MAX_DOMAIN = 253;
  private static final int MAX_IPV6_CHARS = 45;

  private static final Set<String> NOT_AN_ADDRESS_BEFORE = Set.of(
      "version", "ver", "v", "release", "rel", "build", "firmware", "section", "sec", "chapter",
      "clause", "oid", "\u00A7");

  private static final Set<String> NOT_A_PHONE_BEFORE = Set.of("isbn", "issn");

  private PiiCounter() {}

  /** The indicators in {@code text}. */
  public static PiiCounts count(String text) {
    Objects.requireNonNull(text, "Cannot count PII in a null text");
    return new Scan(text).run();
  }

  /** One pass over one text; not shared. */
  private static final class Scan {
    private final String text;
    private final int length;
    // Spans already counted (e-mails, IPv6), which the digit pass must not count again.
    private final BitSet claimed = new BitSet();
    private long emails;
    private long phones;
    private long ipAddresses;
    private long paymentCards;

    Scan(String text) {
      this.text = text;
      this.length = text.length();
    }

    PiiCounts run() {
      if (text.indexOf('@') >= 0) {
        findEmails();
      }
      if (text.indexOf(':') >= 0) {
        findIpv6();
      }
      findNumbers();
      return new PiiCounts(emails, phones, ipAddresses, paymentCards);
    }

    // --- e-mail ---

    private void findEmails() {
      int resume = 0;
      int at = text.indexOf('@');
      while (at >= 0) {
        int start = at;
        while (start > resume && at - start < MAX_LOCAL_PART
            && isLocalChar(text.charAt(start - 1))) {
          start--;
        }
        int end = at + 1;
        while (end < length && end - at - 1 < MAX_DOMAIN && isDomainChar(text.charAt(end))) {
          end++;
        }
        boolean cut = (start > resume && isLocalChar(text.charAt(start - 1)))
            || (end < length && isDomainChar(text.charAt(end)));
        int domainEnd = end;
        while (domainEnd > at + 1 && (text.charAt(domainEnd - 1) == '.'
            || text.charAt(domainEnd - 1) == '-')) {
          domainEnd--;
        }
        if (!cut && isLocalPart(start, at) && isDomain(at + 1, domainEnd)) {
          emails++;
          claimed.set(start, domainEnd);
          resume = domainEnd;
          at = text.indexOf('@', domainEnd);
        } else {
          at = text.indexOf('@', at + 1);
        }
      }
    }

    private boolean isLocalPart(int start, int end) {
      if (start >= end || text.charAt(start) == '.' || text.charAt(end - 1) == '.') {
        return false;
      }
      for (int i = start + 1; i < end; i++) {
        if (text.charAt(i) == '.' && text.charAt(i - 1) == '.') {
          return false;
        }
      }
      return true;
    }

    private boolean isDomain(int start, int end) {
      int labels = 0;
      int labelStart = start;
      int lastLabelStart = start;
      for (int i = start; i <= end; i++) {
        if (i == end || text.charAt(i) == '.') {
          int labelLength = i - labelStart;
          if (labelLength < 1 || labelLength > 63 || text.charAt(labelStart) == '-'
              || text.charAt(i - 1) == '-') {
            return false;
          }
          labels++;
          lastLabelStart = labelStart;
          labelStart = i + 1;
        }
      }
      if (labels < 2 || isRetinaSuffix(start)) {
        return false;
      }
      if (text.startsWith("xn--", lastLabelStart)) {
        return true;
      }
      if (end - lastLabelStart < 2) {
        return false;
      }
      for (int i = lastLabelStart; i < end; i++) {
        if (!isAsciiLetter(text.charAt(i))) {
          return false;
        }
      }
      return true;
    }

    // "icon@2x.png": digits and an x as the first label are an image scale, not a host.
    private boolean isRetinaSuffix(int start) {
      int i = start;
      while (i < length && isDigit(text.charAt(i))) {
        i++;
      }
      return i > start && i + 1 < length && text.charAt(i) == 'x' && text.charAt(i + 1) == '.';
    }

    // --- IPv6 ---

    private void findIpv6() {
      int resume = 0;
      int colon = text.indexOf(':');
      while (colon >= 0) {
        if (claimed.get(colon)) {
          colon = text.indexOf(':', colon + 1);
          continue;
        }
        // Both expansions are bounded, and the next search starts past this candidate's end, so
        // each char is looked at a bounded number of times.
        int start = colon;
        while (start > resume && colon - start < MAX_IPV6_CHARS
            && isIpv6Char(text.charAt(start - 1))) {
          start--;
        }
        int end = colon + 1;
        while (end < length && end - colon < MAX_IPV6_CHARS && isIpv6Char(text.charAt(end))) {
          end++;
        }
        boolean cut = (end < length && isIpv6Char(text.charAt(end)))
            || end - start > MAX_IPV6_CHARS;
        int addressEnd = end;
        while (addressEnd > colon + 1 && text.charAt(addressEnd - 1) == '.') {
          addressEnd--;
        }
        boolean leftBoundary = start == 0 || !isAddressJoiner(text.charAt(start - 1));
        if (text.charAt(start) == ':' && !text.startsWith("::", start)) {
          start++; // "IP:2001:db8::1": the first colon belongs to the label
          leftBoundary = true;
        }
        boolean rightBoundary = addressEnd == length || !isAddressJoiner(text.charAt(addressEnd))
            || text.charAt(addressEnd) == '.';
        if (!cut && leftBoundary && rightBoundary && start < addressEnd
            && isUnclaimed(start, addressEnd) && isIpv6(text.substring(start, addressEnd))) {
          ipAddresses++;
          claimed.set(start, addressEnd);
        }
        resume = end;
        colon = text.indexOf(':', end);
      }
    }

    private boolean isUnclaimed(int start, int end) {
      int claimedAt = claimed.nextSetBit(start);
      return claimedAt < 0 || claimedAt >= end;
    }

    private static boolean isIpv6(String address) {
      if (address.length() < 3 || address.contains(":::") || address.chars().noneMatch(
          c -> c >= '0' && c <= '9')) {
        return false;
      }
      int compression = address.indexOf("::");
      if (compression >= 0 && address.indexOf("::", compression + 1) >= 0) {
        return false;
      }
      List<String> parts = new ArrayList<>();
      if (compression >= 0) {
        addParts(address.substring(0, compression), parts);
        addParts(address.substring(compression + 2), parts);
      } else {
        addParts(address, parts);
      }
      int groups = 0;
      for (int i = 0; i < parts.size(); i++) {
        String part = parts.get(i);
        if (i == parts.size() - 1 && part.indexOf('.') >= 0) {
          if (!isIpv4(part)) {
            return false;
          }
          groups += 2;
        } else if (part.isEmpty() || part.length() > 4 || !isHex(part)) {
          return false;
        } else {
          groups++;
        }
      }
      return compression >= 0 ? groups >= 1 && groups <= 7 : groups == 8;
    }

    private static void addParts(String side, List<String> into) {
      if (!side.isEmpty()) {
        into.addAll(List.of(side.split(":", -1)));
      }
    }

    // --- numbers: cards, IPv4, phones ---

    private void findNumbers() {
      int i = 0;
      while (i < length) {
        char c = text.charAt(i);
        boolean starts = isDigit(c)
            || ((c == '+' || c == '(') && i + 1 < length && isDigit(text.charAt(i + 1)));
        if (!starts) {
          i++;
        } else if (claimed.get(i)) {
          i = claimed.nextClearBit(i);
        } else if (joinsPrevious(i)) {
          i = skipGluedRun(i);
        } else {
          int end = numberEnd(i);
          if (isUnclaimed(i, end)) {
            classify(i, end);
          }
          i = end;
        }
      }
    }

    /** Whether the char before {@code i} glues the number to a word, URL, amount or number. */
    private boolean joinsPrevious(int i) {
      if (i == 0) {
        return false;
      }
      char p = text.charAt(i - 1);
      if (Character.isLetterOrDigit(p) || "._-/+@#$\\\u20AC\u00A3\u00A5".indexOf(p) >= 0) {
        return true;
      }
      return p == ',' && i >= 2 && isDigit(text.charAt(i - 2));
    }

    private int skipGluedRun(int i) {
      int j = i;
      while (j < length && (Character.isLetterOrDigit(text.charAt(j))
          || "._-/+".indexOf(text.charAt(j)) >= 0)) {
        j++;
      }
      return Math.max(j, i + 1);
    }

    /** The end of the run of digits and single separators starting at {@code i}. */
    private int numberEnd(int i) {
      int j = text.charAt(i) == '+' ? i + 1 : i;
      while (j < length && j - i < MAX_NUMBER_CHARS) {
        char c = text.charAt(j);
        if (isDigit(c)) {
          j++;
          continue;
        }
        if (!isSeparator(c)) {
          break;
        }
        int k = j + 1;
        if (k < length && isSeparator(text.charAt(k)) && text.charAt(k) != c) {
          k++; // ") " or " ("
        }
        if (k < length && (isDigit(text.charAt(k))
            || (text.charAt(k) == '(' && k + 1 < length && isDigit(text.charAt(k + 1))))) {
          j = k;
        } else {
          break;
        }
      }
      return j;
    }

    private void classify(int start, int end) {
      char after = end < length ? text.charAt(end) : ' ';
      if (Character.isLetterOrDigit(after) || after == '_' || after == '%' || after == '@') {
        return;
      }
      if (!longEnough(start, end)) {
        return;
      }
      Structure number = Structure.of(text, start, end);
      if (number.isDate()) {
        return;
      }
      if (number.isPaymentCard()) {
        paymentCards++;
        return;
      }
      int addresses = countIpv4(start, end);
      if (addresses > 0) {
        ipAddresses += addresses;
        return;
      }
      if (number.isPhone() && !followsWord(start, NOT_A_PHONE_BEFORE)) {
        phones++;
      }
    }

    // The cheap test first: an IPv4 address has 4 digits and 3 dots, a phone at least 8 digits.
    private boolean longEnough(int start, int end) {
      int digits = 0;
      int dots = 0;
      for (int i = start; i < end; i++) {
        char c = text.charAt(i);
        if (isDigit(c)) {
          digits++;
        } else if (c == '.') {
          dots++;
        }
      }
      return digits >= 8 || (digits >= 4 && dots >= 3);
    }

    /** IPv4 addresses among the space-separated parts of a run. */
    private int countIpv4(int start, int end) {
      int count = 0;
      int partStart = start;
      for (int i = start; i <= end; i++) {
        if (i == end || text.charAt(i) == ' ' || text.charAt(i) == '\u00A0') {
          if (i > partStart && isAddressAt(partStart, i)) {
            count++;
          }
          partStart = i + 1;
        }
      }
      return count;
    }

    private boolean isAddressAt(int start, int end) {
      String part = text.substring(start, end);
      int slash = part.indexOf('/');
      if (slash >= 0) {
        String prefix = part.substring(slash + 1);
        if (prefix.isEmpty() || prefix.length() > 2 || !prefix.chars().allMatch(Character::isDigit)
            || Integer.parseInt(prefix) > 32) {
          return false;
        }
        part = part.substring(0, slash);
      }
      if (!isIpv4(part) || followsWord(start, NOT_AN_ADDRESS_BEFORE)) {
        return false;
      }
      // "10.0.0.1.example.net" is a host name.
      return !(end + 1 < length && text.charAt(end) == '.'
          && Character.isLetterOrDigit(text.charAt(end + 1)));
    }

    /** Whether one of {@code words} (lower case) ends just before {@code i}, skipping ": =#.". */
    private boolean followsWord(int i, Set<String> words) {
      int end = i;
      while (end > 0 && end > i - 4 && " \t:=#.\u00A0".indexOf(text.charAt(end - 1)) >= 0) {
        end--;
      }
      int start = end;
      while (start > 0 && end - start < 10 && !Character.isWhitespace(text.charAt(start - 1))
          && (Character.isLetter(text.charAt(start - 1)) || text.charAt(start - 1) == '\u00A7')) {
        start--;
      }
      return start < end && words.contains(text.substring(start, end).toLowerCase(Locale.ROOT));
    }
  }

  // --- shared small predicates ---

  static boolean isIpv4(String part) {
    int dots = 0;
    for (int i = 0; i < part.length(); i++) {
      if (part.charAt(i) == '.') {
        dots++;
      }
    }
    if (dots != 3) {
      return false;
    }
    for (String octet : part.split("\\.", -1)) {
      if (octet.isEmpty() || octet.length() > 3 || !octet.chars().allMatch(Character::isDigit)
          || (octet.length() > 1 && octet.charAt(0) == '0') || Integer.parseInt(octet) > 255) {
        return false;
      }
    }
    return true;
  }

  private static boolean isHex(String part) {
    for (int i = 0; i < part.length(); i++) {
      if (Character.digit(part.charAt(i), 16) < 0) {
        return false;
      }
    }
    return true;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  private static boolean isLocalChar(char c) {
    return isAsciiLetter(c) || isDigit(c) || c == '.' || c == '_' || c == '%' || c == '+'
        || c == '-';
  }

  private static boolean isDomainChar(char c) {
    return isAsciiLetter(c) || isDigit(c) || c == '.' || c == '-';
  }

  private static boolean isIpv6Char(char c) {
    return Character.digit(c, 16) >= 0 && c < 0x80 || c == ':' || c == '.';
  }

  private static boolean isAddressJoiner(char c) {
    return Character.isLetterOrDigit(c) || c == '_' || c == ':' || c == '.';
  }

  private static boolean isSeparator(char c) {
    return c == ' ' || c == '-' || c == '.' || c == '/' || c == '(' || c == ')' || c == '\u00A0';
  }

  /** The digit groups of a run and the separators between them. */
  private record Structure(
      boolean plus, String digits, List<Integer> groups, List<String> separators) {

    static Structure of(String text, int start, int end) {
      boolean plus = text.charAt(start) == '+';
      StringBuilder digits = new StringBuilder();
      List<Integer> groups = new ArrayList<>();
      List<String> separators = new ArrayList<>();
      int i = plus ? start + 1 : start;
      StringBuilder separator = new StringBuilder();
      while (i < end) {
        if (isDigit(text.charAt(i))) {
          int groupStart = i;
          while (i < end && isDigit(text.charAt(i))) {
            digits.append(text.charAt(i));
            i++;
          }
          if (!groups.isEmpty()) {
            separators.add(separator.toString());
          }
          separator.setLength(0);
          groups.add(i - groupStart);
        } else {
          separator.append(text.charAt(i));
          i++;
        }
      }
      return new Structure(plus, digits.toString(), groups, separators);
    }

    /** "14.05.2024", "05/14/2024", "2024-05-14" (and anything after): never a card or phone. */
    boolean isDate() {
      if (groups.size() < 3 || !separators.get(0).equals(separators.get(1))
          || !List.of("/", ".", "-").contains(separators.get(0))) {
        return false;
      }
      int a = groups.get(0);
      int b = groups.get(1);
      int c = groups.get(2);
      boolean dayFirst = a <= 2 && b <= 2 && c == 4 && isCentury(a + b);
      boolean yearFirst = a == 4 && b <= 2 && c <= 2 && isCentury(0);
      return dayFirst || yearFirst;
    }

    private boolean isCentury(int offset) {
      return digits.startsWith("19", offset) || digits.startsWith("20", offset);
    }

    /** The longest leading groups, joined by one kind of single space or dash, that are a card. */
    boolean isPaymentCard() {
      if (plus) {
        return false;
      }
      String kind = separators.isEmpty() ? null : separators.get(0);
      if (kind != null && !kind.equals(" ") && !kind.equals("-")) {
        return false;
      }
      int used = 0;
      int count = 0;
      int bestDigits = -1;
      for (int g = 0; g < groups.size(); g++) {
        if (g > 0 && !separators.get(g - 1).equals(kind)) {
          break;
        }
        int size = groups.get(g);
        if (groups.size() > 1 && (size < 3 || size > 6)) {
          break;
        }
        used += size;
        count++;
        boolean endsRun = count == groups.size() || separators.get(count - 1).equals(" ");
        if (used >= 13 && used <= 19 && endsRun
            && PaymentCards.isCardNumber(digits.substring(0, used))) {
          bestDigits = used;
        }
      }
      return bestDigits > 0;
    }

    boolean isPhone() {
      int total = digits.length();
      int count = groups.size();
      for (String separator : separators) {
        if (separator.contains("/") && separator.length() > 1) {
          return false;
        }
      }
      if (plus) {
        return total >= 8 && total <= 15 && (count > 1 || total >= 10);
      }
      if (digits.startsWith("00")) {
        return count >= 2 && groups.get(0) >= 2 && total >= 10 && total <= 15;
      }
      if (digits.charAt(0) == '0') {
        if (total < 9 || total > 11 || count < 2 || groups.get(0) > 5) {
          return false;
        }
        return groups.stream().allMatch(size -> size >= 2);
      }
      boolean slash = separators.stream().anyMatch(s -> s.contains("/"));
      boolean nanp = count == 3 && groups.equals(List.of(3, 3, 4))
          || count == 4 && groups.equals(List.of(1, 3, 3, 4)) && digits.charAt(0) == '1';
      int area = count == 4 ? 1 : 0;
      return nanp && !slash && digits.charAt(area) >= '2';
    }
  }
}
