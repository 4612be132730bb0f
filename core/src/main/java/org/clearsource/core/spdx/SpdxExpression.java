package org.clearsource.core.spdx;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A parsed SPDX licence expression (SPDX 2.3 annex D): licence ids checked against the bundled SPDX
 * licence list, {@code LicenseRef-} references, {@code +}, {@code WITH}, {@code AND}, {@code OR} and
 * parentheses, with WITH binding tighter than AND, and AND tighter than OR. {@link #toString()} gives
 * the canonical spelling.
 */
public sealed interface SpdxExpression {

  /** A listed licence, e.g. {@code GPL-2.0-or-later} or {@code Apache-2.0+}. */
  record License(String id, boolean orLater) implements SpdxExpression {
    @Override
    public String toString() {
      return orLater ? id + "+" : id;
    }
  }

  /** A {@code LicenseRef-} or {@code DocumentRef-x:LicenseRef-y} reference to an unlisted licence. */
  record LicenseRef(String ref) implements SpdxExpression {
    /** What a name without any letter or digit becomes. */
    public static final String UNNAMED = "LicenseRef-Unnamed";

    private static final Pattern PREFIX =
        Pattern.compile("^(?i)(DocumentRef-[^:\\s]*:)?LicenseRef-+");

    /**
     * The reference for an unlisted licence called {@code name}. A name that is already a
     * reference ({@code LicenseRef-x}, {@code DocumentRef-d:LicenseRef-x}, any case, even
     * repeated) keeps one prefix, never two; runs of chars an SPDX id may not hold become one
     * {@code -}. So {@code LicenseRef-My_Terms} and {@code My Terms} are {@code
     * LicenseRef-My-Terms}; a name without a letter or digit is {@value #UNNAMED}.
     */
    public static LicenseRef named(String name) {
      String bare = name.strip();
      for (Matcher prefix = PREFIX.matcher(bare); prefix.find(); prefix = PREFIX.matcher(bare)) {
        bare = bare.substring(prefix.end());
      }
      bare = bare.replaceAll("[^A-Za-z0-9.]+", "-").replaceAll("^-+|-+$", "");
      return new LicenseRef(bare.isEmpty() ? UNNAMED : "LicenseRef-" + bare);
    }

    @Override
    public String toString() {
      return ref;
    }
  }

  /** {@code NONE} or {@code NOASSERTION}. */
  record Special(String value) implements SpdxExpression {
    @Override
    public String toString() {
      return value;
    }
  }

  record With(SpdxExpression license, String exception) implements SpdxExpression {
    @Override
    public String toString() {
      return license + " WITH " + exception;
    }
  }

  record And(List<SpdxExpression> terms) implements SpdxExpression {
    @Override
    public String toString() {
      return terms.stream().map(SpdxExpression::group).collect(Collectors.joining(" AND "));
    }
  }

  record Or(List<SpdxExpression> terms) implements SpdxExpression {
    @Override
    public String toString() {
      return terms.stream().map(SpdxExpression::group).collect(Collectors.joining(" OR "));
    }
  }

  private static String group(SpdxExpression term) {
    return term instanceof Or || (term instanceof And) ? "(" + term + ")" : term.toString();
  }

  /**
   * Parses and checks an expression.
   *
   * @throws InvalidSpdxExpressionException naming what is wrong, with a suggestion where one exists
   */
  static SpdxExpression parse(String text) {
    return new Parser(text, SpdxLicenseList.get()).parseAll();
  }

  /** Thrown for an expression that does not parse or names an unknown licence. */
  final class InvalidSpdxExpressionException extends IllegalArgumentException {
    InvalidSpdxExpressionException(String message) {
      super(message);
    }
  }

  final class Parser {
    private static final Pattern TOKEN = Pattern.compile("\\s*(\\(|\\)|[^\\s()]+)");
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9.\\-]+\\+?");
    private static final Pattern REF =
        Pattern.compile("(DocumentRef-[A-Za-z0-9.\\-]+:)?LicenseRef-[A-Za-z0-9.\\-]+");

    private final String text;
    private final SpdxLicenseList list;
    private final List<String> tokens = new ArrayList<>();
    private int position;

    private Parser(String text, SpdxLicenseList list) {
      this.text = text;
      this.list = list;
      var matcher = TOKEN.matcher(text);
      int end = 0;
      while (matcher.lookingAt()) {
        tokens.add(matcher.group(1));
        end = matcher.end();
        matcher.region(end, text.length());
      }
      if (!text.substring(end).isBlank()) {
        throw fail("unexpected text '" + text.substring(end).trim() + "'");
      }
    }

    SpdxExpression parseAll() {
      if (tokens.isEmpty()) {
        throw fail("it is empty");
      }
      if (tokens.size() == 1 && (tokens.get(0).equals("NONE") || tokens.get(0).equals("NOASSERTION"))) {
        return new Special(tokens.get(0));
      }
      SpdxExpression expression = parseOr();
      if (position < tokens.size()) {
        throw fail("unexpected '" + tokens.get(position) + "'");
      }
      return expression;
    }

    private SpdxExpression parseOr() {
      List<SpdxExpression> terms = new ArrayList<>();
      terms.add(parseAnd());
      while (isOperator("OR")) {
        position++;
        terms.add(parseAnd());
      }
      return terms.size() == 1 ? terms.get(0) : new Or(List.copyOf(terms));
    }

    private SpdxExpression parseAnd() {
      List<SpdxExpression> terms = new ArrayList<>();
      terms.add(parseWith());
      while (isOperator("AND")) {
        position++;
        terms.add(parseWith());
      }
      return terms.size() == 1 ? terms.get(0) : new And(List.copyOf(terms));
    }

    private SpdxExpression parseWith() {
      SpdxExpression license = parsePrimary();
      if (!isOperator("WITH")) {
        return license;
      }
      position++;
      String exception = next("a licence exception after WITH");
      String canonical = list.canonicalExceptionId(exception);
      if (canonical == null) {
        throw fail("'" + exception + "' is not an SPDX licence exception id");
      }
      if (license instanceof And || license instanceof Or) {
        throw fail("WITH must follow a single licence");
      }
      return new With(license, canonical);
    }

    private SpdxExpression parsePrimary() {
      String token = next("a licence id");
      if (token.equals("(")) {
        SpdxExpression inner = parseOr();
        if (position >= tokens.size() || !tokens.get(position).equals(")")) {
          throw fail("a '(' is not closed");
        }
        position++;
        return inner;
      }
      if (REF.matcher(token).matches()) {
        return new LicenseRef(token);
      }
      if (isOperatorWord(token) || token.equals(")") || !ID.matcher(token).matches()) {
        throw fail("expected a licence id, found '" + token + "'");
      }
      boolean orLater = token.endsWith("+");
      String id = orLater ? token.substring(0, token.length() - 1) : token;
      String canonical = list.canonicalLicenseId(id);
      if (canonical == null) {
        throw fail("'" + id + "' is not an SPDX licence id" + suggestion(id));
      }
      return new License(canonical, orLater);
    }

    private String suggestion(String id) {
      String lower = id.toLowerCase(Locale.ROOT);
      for (String candidate : list.licenseIds()) {
        String candidateLower = candidate.toLowerCase(Locale.ROOT);
        if (candidateLower.startsWith(lower + "-") || candidateLower.equals(lower + ".0")) {
          return " (did you mean " + candidate + "? for an unlisted licence use LicenseRef-"
              + id.replaceAll("[^A-Za-z0-9.\\-]", "-") + ")";
        }
      }
      return " (for an unlisted licence write LicenseRef-<name>; the list is at spdx.org/licenses)";
    }

    private boolean isOperator(String operator) {
      return position < tokens.size() && tokens.get(position).equalsIgnoreCase(operator);
    }

    private static boolean isOperatorWord(String token) {
      return token.equalsIgnoreCase("AND") || token.equalsIgnoreCase("OR")
          || token.equalsIgnoreCase("WITH");
    }

    private String next(String expected) {
      if (position >= tokens.size()) {
        throw fail("it ends where " + expected + " was expected");
      }
      return tokens.get(position++);
    }

    private InvalidSpdxExpressionException fail(String why) {
      return new InvalidSpdxExpressionException(
          "Cannot parse SPDX expression '" + text + "': " + why);
    }
  }
}
