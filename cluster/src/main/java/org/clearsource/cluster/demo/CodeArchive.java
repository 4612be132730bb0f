package org.clearsource.cluster.demo;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;

/**
 * Source {@code code}: a {@code .tar.gz} of a small mixed-language project with licence headers in
 * every comment style (and one GPL file that conflicts), plus a {@code .zip} of a few more files.
 */
final class CodeArchive {

  static final String PROJECT = "demo-project-1.4.0/";
  static final String AUTHORS = "Copyright 2021-2024 The Demo Authors";
  static final String JANE = "(C) 2020 Jane Roe";

  private static final String[] JAVA = {
    "Tokenizer", "Vocabulary", "Shingler", "Checksum", "LineReader", "TextStats", "Config", "Main"};
  private static final String[] PYTHON = {
    "__init__", "cli", "io_utils", "normalize", "stats", "report"};
  private static final String[] C = {"hash", "buffer", "utf8"};
  private static final String[] JS = {"index", "tokenize", "format", "cache", "cli"};

  private final Synth synth = new Synth(0x5EED_0003L);

  void write(Path dir) throws IOException {
    writeTar(dir.resolve("demo-project-1.4.0.tar.gz"), projectFiles());
    writeZip(dir.resolve("demo-extras.zip"), extraFiles());
  }

  private Map<String, byte[]> projectFiles() {
    Map<String, String> files = new LinkedHashMap<>();
    files.put("LICENSE", Licences.text("Apache-2.0"));
    files.put("NOTICE", "Demo Project\n" + AUTHORS + "\n\nThe python/ module is MIT licensed,"
        + " see python/LICENSE.\n");
    files.put("README.md", "# Demo Project\n\nText utilities in four languages, used as the code"
        + " sample of the Clearsource demo corpus.\n\nLicensed under the Apache License 2.0"
        + " except python/, which is under the MIT License.\n");
    String apacheBlock = block("/*", " * ", " */",
        Licences.header("Apache-2.0").replace("[yyyy] [name of copyright owner]",
            "2021-2024 The Demo Authors"));
    for (String name : JAVA) {
      files.put("java/src/main/java/org/demo/core/" + name + ".java", apacheBlock + java(name));
    }
    for (String name : new String[] {"TokenizerTest", "ShinglerTest"}) {
      files.put("java/src/test/java/org/demo/core/" + name + ".java",
          "// SPDX-License-Identifier: Apache-2.0\n// " + AUTHORS + "\n\n" + java(name));
    }
    files.put("python/LICENSE", mit("2020 Jane Roe"));
    String mitComment = block(null, "# ", null, mit("2020 Jane Roe").replace("Copyright (c)",
        "Copyright (C)").replace("MIT License\n\n", ""));
    for (String name : PYTHON) {
      files.put("python/demo_tools/" + name + ".py", mitComment + python(name));
    }
    for (String name : new String[] {"test_normalize", "test_stats"}) {
      files.put("python/tests/" + name + ".py",
          "# SPDX-License-Identifier: MIT\n# " + JANE + "\n\n" + python(name));
    }
    String cHeader = "/* SPDX-License-Identifier: Apache-2.0 */\n/* " + AUTHORS + " */\n\n";
    for (String name : C) {
      files.put("c/src/" + name + ".c", cHeader + c(name));
      files.put("c/src/" + name + ".h", cHeader + cHeaderFile(name));
    }
    files.put("c/src/main.c", cHeader + "#include <stdio.h>\n#include \"hash.h\"\n\nint main(int"
        + " argc, char **argv) {\n    for (int i = 1; i < argc; i++) {\n        printf(\"%lu\\n\","
        + " hash(argv[i]));\n    }\n    return 0;\n}\n");
    // The one file under a copyleft licence: a GPL-3.0-or-later file in an Apache-2.0 project.
    files.put("c/src/legacy_crc.c", block("/*", " * ", " */", Licences.header("GPL-3.0-or-later")
        .replace("<one line to give the program's name and a brief idea of what it does.>",
            "legacy_crc: the table-driven checksum of the first prototype.")
        .replace("<year> <name of author>", "2018 Free Demo Contributors")) + c("legacy_crc"));
    files.put("c/Makefile", "# SPDX-License-Identifier: Apache-2.0\n\nCFLAGS ?= -O2 -Wall\n\n"
        + "demo: src/main.c src/hash.c src/buffer.c src/utf8.c src/legacy_crc.c\n"
        + "\t$(CC) $(CFLAGS) -o $@ $^\n");
    for (String name : JS) {
      files.put("js/" + name + ".js", "// SPDX-License-Identifier: MIT\n// " + AUTHORS + "\n\n"
          + js(name));
    }
    files.put("js/package.json", "{\n  \"name\": \"demo-tools\",\n  \"version\": \"1.4.0\",\n"
        + "  \"license\": \"MIT\",\n  \"main\": \"index.js\"\n}\n");
    // Vendored without any licence notice: its terms are unknown.
    files.put("js/vendor/leftpad.js", js("leftpad"));
    files.put("docs/architecture.md", "# Architecture\n\nEach language directory holds the same"
        + " three steps: split text into tokens, hash them, and count them.\n");
    files.put("scripts/release.sh", "#!/bin/sh\n# SPDX-License-Identifier: Apache-2.0\n# "
        + AUTHORS + "\nset -eu\ntar czf \"demo-project-$1.tar.gz\" demo-project\n");
    Map<String, byte[]> bytes = new LinkedHashMap<>();
    files.forEach((name, text) -> bytes.put(name, Outputs.utf8(text)));
    bytes.put("assets/logo.png", Outputs.png(8));
    return bytes;
  }

  private Map<String, byte[]> extraFiles() {
    Map<String, byte[]> files = new LinkedHashMap<>();
    files.put("extras/README.txt", Outputs.utf8(
        "Extra snippets that did not fit in the main project.\n"));
    files.put("extras/LICENSE-MIT", Outputs.utf8(mit("2022 The Demo Authors")));
    files.put("extras/snippets/retry.py", Outputs.utf8(
        "# SPDX-License-Identifier: MIT\n# Copyright 2022 The Demo Authors\n\n" + python("retry")));
    files.put("extras/snippets/Retry.java", Outputs.utf8(block("/*", " * ", " */",
        Licences.header("Apache-2.0").replace("[yyyy] [name of copyright owner]",
            "2022 The Demo Authors")) + java("Retry")));
    files.put("extras/snippets/retry.js", Outputs.utf8(
        "// SPDX-License-Identifier: Apache-2.0 OR MIT\n// Copyright 2022 The Demo Authors\n\n"
            + js("retry")));
    files.put("extras/snippets/backoff.c", Outputs.utf8(
        "/* SPDX-License-Identifier: BSD-3-Clause */\n/* Copyright (c) 2023 Kestrel Labs */\n\n"
            + c("backoff")));
    return files;
  }

  private static String mit(String holder) {
    return Licences.text("MIT").replace("<year> <copyright holders>", holder);
  }

  /** Puts text in a comment: each line behind {@code prefix}, between optional open and close. */
  private static String block(String open, String prefix, String close, String text) {
    StringBuilder out = new StringBuilder(open == null ? "" : open + "\n");
    for (String line : text.strip().split("\n", -1)) {
      out.append((prefix + line).stripTrailing()).append('\n');
    }
    return out.append(close == null ? "" : close + "\n").append('\n').toString();
  }

  private String java(String name) {
    return "package org.demo.core;\n\n/** " + name + " of the demo text tools. */\npublic final"
        + " class " + name + " {\n  private static final int LIMIT = " + synth.between(8, 512)
        + ";\n\n  private " + name + "() {}\n\n  public static int apply(String input) {\n"
        + "    int total = 0;\n    for (int i = 0; i < input.length() && i < LIMIT; i++) {\n"
        + "      total = total * " + synth.pick("31", "37", "131") + " + input.charAt(i);\n"
        + "    }\n    return total;\n  }\n}\n";
  }

  private String python(String name) {
    return "\"\"\"" + name + ": part of the demo text tools.\"\"\"\n\nLIMIT = "
        + synth.between(8, 512) + "\n\n\ndef " + name.replace("__init__", "version")
        + "(text):\n    words = text.split()\n    return [w.lower() for w in words[:LIMIT] if"
        + " len(w) > " + synth.between(1, 4) + "]\n";
  }

  private String c(String name) {
    return "#include \"" + name + ".h\"\n\nunsigned long " + name + "(const char *s) {\n"
        + "    unsigned long h = " + synth.between(1000, 99999) + "UL;\n    while (*s) {\n"
        + "        h = h * " + synth.pick("31", "33", "65599") + "UL + (unsigned char) *s++;\n"
        + "    }\n    return h;\n}\n";
  }

  private static String cHeaderFile(String name) {
    String guard = "DEMO_" + name.toUpperCase(Locale.ROOT) + "_H";
    return "#ifndef " + guard + "\n#define " + guard + "\n\nunsigned long " + name
        + "(const char *s);\n\n#endif\n";
  }

  private String js(String name) {
    return "'use strict';\n\nconst LIMIT = " + synth.between(8, 512) + ";\n\nfunction " + name
        + "(text) {\n  return text.split(/\\s+/).slice(0, LIMIT).filter((w) => w.length > "
        + synth.between(1, 4) + ");\n}\n\nmodule.exports = { " + name + " };\n";
  }

  /** Sorted entries, directories included, all owned by demo:demo at one fixed time. */
  private static void writeTar(Path file, Map<String, byte[]> files) throws IOException {
    TreeSet<String> names = new TreeSet<>();
    for (String name : files.keySet()) {
      for (int slash = name.indexOf('/'); slash >= 0; slash = name.indexOf('/', slash + 1)) {
        names.add(name.substring(0, slash + 1));
      }
      names.add(name);
    }
    names.add("docs/drafts/empty/");
    names.add("docs/drafts/");
    try (OutputStream out = Outputs.gzip(file);
        TarArchiveOutputStream tar = new TarArchiveOutputStream(out, "UTF-8")) {
      tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
      TarArchiveEntry root = entry(PROJECT, 0);
      tar.putArchiveEntry(root);
      tar.closeArchiveEntry();
      for (String name : names) {
        byte[] content = files.get(name);
        TarArchiveEntry entry = entry(PROJECT + name, content == null ? 0 : content.length);
        if (name.endsWith(".sh")) {
          entry.setMode(0100755);
        }
        tar.putArchiveEntry(entry);
        if (content != null) {
          tar.write(content);
        }
        tar.closeArchiveEntry();
      }
    }
  }

  private static TarArchiveEntry entry(String name, long size) {
    TarArchiveEntry entry = new TarArchiveEntry(name);
    entry.setModTime(FileTime.from(Outputs.FIXED_TIME));
    entry.setUserName("demo");
    entry.setGroupName("demo");
    entry.setUserId(1000);
    entry.setGroupId(1000);
    if (!name.endsWith("/")) {
      entry.setSize(size);
    }
    return entry;
  }

  /** Stored (uncompressed) entries with a time-zone-free timestamp, so the bytes never vary. */
  private static void writeZip(Path file, Map<String, byte[]> files) throws IOException {
    try (ZipOutputStream zip = new ZipOutputStream(Outputs.create(file))) {
      for (Map.Entry<String, byte[]> member : files.entrySet()) {
        byte[] content = member.getValue();
        CRC32 crc = new CRC32();
        crc.update(content);
        ZipEntry entry = new ZipEntry(member.getKey());
        entry.setMethod(ZipEntry.STORED);
        entry.setSize(content.length);
        entry.setCompressedSize(content.length);
        entry.setCrc(crc.getValue());
        entry.setTimeLocal(Outputs.FIXED_LOCAL_TIME);
        zip.putNextEntry(entry);
        zip.write(content);
        zip.closeEntry();
      }
    }
  }
}
