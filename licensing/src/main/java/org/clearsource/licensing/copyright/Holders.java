package org.clearsource.licensing.copyright;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the raw holder part of a copyright statement into normalized holder names. Inputs are at
 * most {@link CopyrightExtractor#MAX_HOLDER_CHARS} chars, so the regular expressions here run on
 * short strings only.
 */
final class Holders {

  private static final Pattern EMAIL = Pattern.compile(
      "[<(\\[]?\\s*(?:mailto:)?[\\w.+%'-]{1,64}@[\\w-]{1,63}(?:\\.[\\w-]{1,63})+\\s*[>)\\]]?");

  private static final Pattern URL = Pattern.compile(
      "[<(\\[]?\\s*(?:(?:https?|ftp)://|www\\.)[^\\s<>()\\[\\]]*\\s*[>)\\]]?");

  private static final Pattern EMPTY_BRACKETS = Pattern.compile("\\(\\s*\\)|<\\s*>|\\[\\s*]");

  private static final Pattern RIGHTS_RESERVED =
      Pattern.compile("(?i)\\b(?:all|some)\\s+rights?\\s+reserved\\b.*$");

  private static final Pattern LEADING_JUNK =
      Pattern.compile("^(?:[\\s,;:|*#%!\u2013\u2014-]|//|/\\*|<!--)+");

  private static final Pattern TRAILING_JUNK =
      Pattern.compile("(?:\\*/|-->|\\*\\)|[\\s,;:|*#/\\\\(\u2013\u2014-])+$");

  private static final Pattern LEADING_CONJUNCTION = Pattern.compile("(?i)^(?:and|&)\\s+");

  private static final Pattern INITIALISM = Pattern.compile("(?:[A-Za-z]\\.)*[A-Za-z]");

  /** Words that end with a period as part of a name, compared without it and in lower case. */
  private static final Set<String> ABBREVIATIONS = Set.of(
      "inc", "ltd", "co", "corp", "llc", "plc", "pty", "pte", "ltda", "cie", "jr", "sr", "bros",
      "assn", "assoc", "dept", "univ", "intl", "mfg", "inst", "al", "etc", "st");

  /**
   * First words that show the "holder" is prose ("copyright law", "the copyright holder", "Copyright
   * Act of 1976"), compared in lower case.
   */
  private static final Set<String> PROSE_STARTS = Set.of(
      "act", "acts", "agent", "and", "are", "as", "at", "be", "been", "can", "claim", "claims",
      "could", "date", "dates", "did", "do", "does", "for", "from", "had", "has", "have", "holder",
      "holders", "if", "in", "infringement", "infringements", "info", "information", "is", "issue",
      "issues", "it", "its", "law", "laws", "licence", "license", "licensing", "material",
      "materials", "may", "must", "notice", "notices", "of", "office", "on", "or", "owner",
      "owners", "ownership", "page", "period", "policy", "protected", "protection", "registration",
      "shall", "should", "statement", "statements", "status", "term", "terms", "that", "these",
      "this", "those", "to", "under", "violation", "violations", "was", "were", "which", "will",
      "with", "within", "would", "year", "years");

  private Holders() {}

  /**
   * The holders named by {@code raw}: normally one, several when e-mail addresses separate them
   * ("Foo &lt;foo@x.org&gt;, Bar &lt;bar@y.org&gt;"); an empty list when nothing but addresses or
   * punctuation is left; null when the text reads as prose or as a template placeholder rather than
   * a name.
   */
  static List<String> parse(String raw) {
    String text = raw.indexOf('&') < 0 ? raw : raw.replace("&amp;", "&").replace("&nbsp;", " ");
    text = Mojibake.repair(text);
    List<String> pieces = new ArrayList<>();
    int from = 0;
    if (text.indexOf('@') >= 0) {
      Matcher email = EMAIL.matcher(text);
      while (email.find()) {
        pieces.add(text.substring(from, email.start()));
        from = email.end();
      }
    }
    pieces.add(text.substring(from));
    List<String> holders = new ArrayList<>();
    for (String piece : pieces) {
      String holder = clean(piece);
      if (holder.isEmpty()) {
        continue;
      }
      if (looksLikeProse(holder)) {
        return null;
      }
      holders.add(holder);
    }
    return holders;
  }

  /** Whether {@code word} (without its final period) is an abbreviation that keeps the period. */
  static boolean isAbbreviation(String word) {
    String bare = word.endsWith(".") ? word.substring(0, word.length() - 1) : word;
    return ABBREVIATIONS.contains(bare.toLowerCase(Locale.ROOT))
        || INITIALISM.matcher(bare).matches();
  }

  // Each step runs only when its trigger is present: most holders are a few plain words.
  private static String clean(String piece) {
    String text = piece;
    if (text.contains("://") || text.contains("www.")) {
      text = URL.matcher(text).replaceAll(" ");
    }
    if (text.indexOf('(') >= 0 || text.indexOf('<') >= 0 || text.indexOf('[') >= 0) {
      text = EMPTY_BRACKETS.matcher(text).replaceAll(" ");
    }
    if (containsIgnoreCase(text, "reserved")) {
      text = RIGHTS_RESERVED.matcher(text).replaceAll("");
    }
    text = collapseWhitespace(text);
    if (!text.isEmpty() && !Character.isLetterOrDigit(text.charAt(0))) {
      text = LEADING_JUNK.matcher(text).replaceAll("");
    }
    if (text.length() > 1 && (text.charAt(0) == '&' || text.regionMatches(true, 0, "and ", 0, 4))) {
      text = LEADING_CONJUNCTION.matcher(text).replaceAll("");
    }
    return stripTrailing(text);
  }

  private static boolean containsIgnoreCase(String text, String word) {
    for (int i = 0; i + word.length() <= text.length(); i++) {
      if (text.regionMatches(true, i, word, 0, word.length())) {
        return true;
      }
    }
    return false;
  }

  /** {@code text} with each run of whitespace made one space, and none at either end. */
  static String collapseWhitespace(String text) {
    StringBuilder out = new StringBuilder(text.length());
    boolean space = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c) || c == '\u00A0') {
        space = true;
      } else {
        if (space && out.length() > 0) {
          out.append(' ');
        }
        space = false;
        out.append(c);
      }
    }
    return out.toString();
  }

  // Trailing punctuation goes, except the period of "Inc." or of an initial.
  private static String stripTrailing(String text) {
    if (text.isEmpty() || Character.isLetterOrDigit(text.charAt(text.length() - 1))) {
      return text;
    }
    String result = text;
    while (true) {
      String stripped = TRAILING_JUNK.matcher(result).replaceAll("");
      if (stripped.endsWith(")") && count(stripped, '(') < count(stripped, ')')) {
        stripped = stripped.substring(0, stripped.length() - 1);
      }
      if (stripped.endsWith(".")) {
        String lastWord = stripped.substring(stripped.lastIndexOf(' ') + 1);
        boolean keep =
            !stripped.endsWith("..") && lastWord.length() > 1 && isAbbreviation(lastWord);
        if (!keep) {
          stripped = stripped.substring(0, stripped.length() - 1);
        }
      }
      if (stripped.equals(result)) {
        return result;
      }
      result = stripped;
    }
  }

  private static boolean looksLikeProse(String holder) {
    char first = holder.charAt(0);
    if (first == '<' || first == '[' || first == '{' || first == '$' || first == '%') {
      return true;
    }
    int space = holder.indexOf(' ');
    String firstWord = space < 0 ? holder : holder.substring(0, space);
    boolean allDigits = true;
    for (int i = 0; i < firstWord.length(); i++) {
      allDigits &= Character.isDigit(firstWord.charAt(i));
    }
    boolean anyLetter = false;
    for (int i = 0; i < holder.length() && !anyLetter; i++) {
      anyLetter = Character.isLetter(holder.charAt(i));
    }
    return allDigits || !anyLetter || PROSE_STARTS.contains(firstWord.toLowerCase(Locale.ROOT));
  }

  private static int count(String text, char c) {
    int count = 0;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == c) {
        count++;
      }
    }
    return count;
  }
}
