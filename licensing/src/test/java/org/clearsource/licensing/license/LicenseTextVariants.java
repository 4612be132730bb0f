package org.clearsource.licensing.license;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The ways a licence text shows up in documents, per the SPDX matching guidelines: rewrapped,
 * inside the comments of C, Java, Python, shell and HTML files, with another copyright line, with
 * its replaceable parts filled in.
 */
enum LicenseTextVariants {
  ORIGINAL {
    @Override
    String apply(ListedText listed) {
      return listed.text();
    }
  },
  REWRAPPED_60 {
    @Override
    String apply(ListedText listed) {
      return rewrap(listed.text(), 60);
    }
  },
  C_BLOCK_COMMENT {
    @Override
    String apply(ListedText listed) {
      return "/*\n" + prefixLines(listed.text(), " * ") + " */\n#include <stdio.h>\n"
          + "int main(void) { return 0; }\n";
    }
  },
  JAVA_LINE_COMMENTS {
    @Override
    String apply(ListedText listed) {
      return prefixLines(listed.text(), "// ") + "package demo;\n\npublic final class Demo {}\n";
    }
  },
  PYTHON_COMMENTS {
    @Override
    String apply(ListedText listed) {
      return "# -*- coding: utf-8 -*-\n" + prefixLines(listed.text(), "# ")
          + "\nimport os\n\n\ndef main():\n    return os.getcwd()\n";
    }
  },
  SHELL_COMMENTS {
    @Override
    String apply(ListedText listed) {
      return "#!/bin/sh\n" + prefixLines(rewrap(listed.text(), 72), "#  ") + "set -eu\necho ok\n";
    }
  },
  HTML_COMMENT {
    @Override
    String apply(ListedText listed) {
      return "<!DOCTYPE html>\n<!--\n" + listed.text() + "\n-->\n<html><body><p>Hello</p></body>"
          + "</html>\n";
    }
  },
  COPYRIGHT_CHANGED {
    @Override
    String apply(ListedText listed) {
      String replaced = COPYRIGHT_LINE.matcher(listed.text()).replaceAll(NEW_COPYRIGHT);
      return replaced.equals(listed.text()) ? NEW_COPYRIGHT + "\n\n" + replaced : replaced;
    }
  },
  VALUES_REPLACED {
    @Override
    String apply(ListedText listed) {
      StringBuilder text = new StringBuilder();
      for (LicenseTemplate.Part part : LicenseTemplate.parse(listed.template())) {
        if (part instanceof LicenseTemplate.Fixed fixed) {
          text.append(fixed.text());
        } else if (part instanceof LicenseTemplate.Replaceable replaceable) {
          text.append(accepts(replaceable.match(), REPLACEMENT) ? REPLACEMENT
              : replaceable.original());
        }
      }
      return text.toString();
    }
  };

  static final String NEW_COPYRIGHT = "Copyright (c) 2019-2024 Jane Example <jane@example.org>";
  private static final String REPLACEMENT = "Example Project Authors";
  private static final Pattern COPYRIGHT_LINE =
      Pattern.compile("(?im)^[ \\t]*copyright[ \\t]*(\\(c\\)|\u00a9|[0-9]{4}|<).*$");

  /** The licence text as this variant shows it. */
  abstract String apply(ListedText listed);

  private static boolean accepts(String regex, String value) {
    try {
      return Pattern.compile(regex, Pattern.DOTALL | Pattern.CASE_INSENSITIVE).matcher(value)
          .matches();
    } catch (PatternSyntaxException e) {
      return false;
    }
  }

  static String prefixLines(String text, String prefix) {
    StringBuilder out = new StringBuilder();
    for (String line : text.split("\n", -1)) {
      out.append(line.isBlank() ? prefix.stripTrailing() : prefix + line).append('\n');
    }
    return out.toString();
  }

  /** Each paragraph's lines joined and wrapped again at {@code width} columns. */
  static String rewrap(String text, int width) {
    StringBuilder out = new StringBuilder();
    for (String paragraph : text.split("\n\\s*\n")) {
      List<String> words = new ArrayList<>(List.of(paragraph.trim().split("\\s+")));
      int column = 0;
      for (String word : words) {
        if (word.isEmpty()) {
          continue;
        }
        if (column > 0 && column + 1 + word.length() > width) {
          out.append('\n');
          column = 0;
        } else if (column > 0) {
          out.append(' ');
          column++;
        }
        out.append(word);
        column += word.length();
      }
      out.append("\n\n");
    }
    return out.toString();
  }
}
