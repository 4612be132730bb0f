import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.clearsource.core.spdx.SpdxLicenseList;
import org.clearsource.licensing.license.LicenseDetector;
import org.clearsource.licensing.license.LicenseSummary;

/**
 * The licence benchmark's Java side.
 *
 * <pre>
 *   java -cp CP LicenseBench.java speed CORPUS OURS_TSV CORES ROUNDS
 *       times LicenseDetector over every file of CORPUS (read into memory first): one thread,
 *       then CORES threads, ROUNDS rounds each after WARM_UP rounds, the best round kept; writes
 *       "path TAB expression" per file to OURS_TSV and key=value timings to stdout.
 *   java -cp CP LicenseBench.java compare CORPUS OURS_TSV LICENSECHECK_TSV ARTIFACTS
 *       compares our summaries with licensecheck's (its names normalized to SPDX ids) and with
 *       the licence each artefact declares; prints Markdown tables.
 * </pre>
 */
public final class LicenseBench {

  public static void main(String[] args) throws Exception {
    switch (args[0]) {
      case "speed" -> speed(Path.of(args[1]), Path.of(args[2]), Integer.parseInt(args[3]),
          Integer.parseInt(args[4]));
      case "compare" -> compare(Path.of(args[1]), Path.of(args[2]), Path.of(args[3]),
          Path.of(args[4]));
      default -> throw new IllegalArgumentException("Cannot run '" + args[0]
          + "': use speed or compare");
    }
  }

  // ---------------------------------------------------------------- speed

  /** Rounds run before timing, for the JIT to compile the detector's loops. */
  private static final int WARM_UP = 3;

  private static void speed(Path corpus, Path out, int cores, int rounds) throws Exception {
    List<Path> paths = files(corpus);
    String[] texts = new String[paths.size()];
    long bytes = 0;
    for (int i = 0; i < texts.length; i++) {
      byte[] content = Files.readAllBytes(paths.get(i));
      bytes += content.length;
      texts[i] = decode(content);
    }
    long buildStart = System.nanoTime();
    LicenseDetector detector = LicenseDetector.standard();
    double buildSeconds = (System.nanoTime() - buildStart) / 1e9;

    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    String[] expressions = new String[texts.length];
    double bestWall = Double.MAX_VALUE;
    double bestCpu = Double.MAX_VALUE;
    for (int round = 0; round < WARM_UP + rounds; round++) {
      long cpu = threads.getCurrentThreadCpuTime();
      long wall = System.nanoTime();
      for (int i = 0; i < texts.length; i++) {
        expressions[i] = LicenseSummary.of(detector.detect(texts[i])).expression();
      }
      double wallSeconds = (System.nanoTime() - wall) / 1e9;
      double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpu) / 1e9;
      if (round >= WARM_UP) {
        bestWall = Math.min(bestWall, wallSeconds);
        bestCpu = Math.min(bestCpu, cpuSeconds);
      }
    }
    double bestParallel = Double.MAX_VALUE;
    ExecutorService pool = Executors.newFixedThreadPool(cores);
    try {
      for (int round = 0; round < WARM_UP + rounds; round++) {
        AtomicInteger next = new AtomicInteger();
        long wall = System.nanoTime();
        List<Future<?>> done = new ArrayList<>();
        for (int t = 0; t < cores; t++) {
          done.add(pool.submit(() -> {
            for (int i = next.getAndAdd(16); i < texts.length; i = next.getAndAdd(16)) {
              for (int j = i; j < Math.min(i + 16, texts.length); j++) {
                detector.detect(texts[j]);
              }
            }
          }));
        }
        for (Future<?> future : done) {
          future.get();
        }
        double seconds = (System.nanoTime() - wall) / 1e9;
        if (round >= WARM_UP) {
          bestParallel = Math.min(bestParallel, seconds);
        }
      }
    } finally {
      pool.shutdown();
    }
    try (PrintWriter writer = new PrintWriter(Files.newBufferedWriter(out))) {
      for (int i = 0; i < texts.length; i++) {
        writer.println(corpus.relativize(paths.get(i)) + "\t" + expressions[i]);
      }
    }
    System.out.printf(Locale.ROOT, "files=%d%nbytes=%d%nbuild_s=%.3f%nsingle_wall_s=%.3f%n"
            + "single_cpu_s=%.3f%nparallel_wall_s=%.3f%ncores=%d%n",
        texts.length, bytes, buildSeconds, bestWall, bestCpu, bestParallel, cores);
  }

  private static List<Path> files(Path corpus) throws IOException {
    try (Stream<Path> walk = Files.walk(corpus)) {
      return walk.filter(Files::isRegularFile).sorted().toList();
    }
  }

  private static String decode(byte[] content) throws IOException {
    return StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPLACE)
        .onUnmappableCharacter(CodingErrorAction.REPLACE)
        .decode(java.nio.ByteBuffer.wrap(content)).toString();
  }

  // ---------------------------------------------------------------- compare

  private static final Pattern DEBIAN_GNU = Pattern.compile("(A?L?GPL)-(\\d)(\\.\\d)?(\\+)?");

  /** One file's licences as each side sees them. */
  private record Row(String artifact, Set<String> ours, Set<String> theirs) {}

  private static void compare(Path corpus, Path oursFile, Path theirsFile, Path artifactsFile)
      throws IOException {
    Map<String, String> ours = readTsv(oursFile, "");
    Map<String, String> theirs = readTsv(theirsFile, corpus.toString().replaceAll("/$", "") + "/");
    Map<String, Set<String>> declared = declaredLicences(artifactsFile);
    List<Row> rows = new ArrayList<>();
    for (Map.Entry<String, String> entry : ours.entrySet()) {
      String path = entry.getKey();
      String artifact = path.contains("/") ? path.substring(0, path.indexOf('/')) : path;
      rows.add(new Row(artifact, ourIds(entry.getValue()),
          theirIds(theirs.getOrDefault(path, "UNKNOWN"))));
    }
    Map<String, List<Row>> byArtifact = new TreeMap<>();
    for (Row row : rows) {
      byArtifact.computeIfAbsent(row.artifact(), key -> new ArrayList<>()).add(row);
    }
    System.out.println("| artefact (declared licence) | files | licence found: ours | licensecheck"
        + " | as declared: ours | licensecheck | both found: same licences | overlapping |");
    System.out.println("|---|---:|---:|---:|---:|---:|---:|---:|");
    for (Map.Entry<String, List<Row>> entry : byArtifact.entrySet()) {
      Set<String> expected = declared.getOrDefault(entry.getKey(), Set.of());
      System.out.println(line(entry.getKey() + " (" + String.join(", ", expected) + ")",
          entry.getValue(), expected));
    }
    System.out.println(line("**all**", rows, null));
    System.out.println();
    Map<String, Integer> disagreements = new TreeMap<>();
    for (Row row : rows) {
      if (!row.ours().isEmpty() && !row.theirs().isEmpty()
          && !base(row.ours()).equals(base(row.theirs()))) {
        disagreements.merge(row.artifact() + ": ours " + row.ours() + " / licensecheck "
            + row.theirs(), 1, Integer::sum);
      }
    }
    System.out.println("Disagreements where both found a licence (files):");
    disagreements.entrySet().stream()
        .sorted((a, b) -> b.getValue() - a.getValue()).limit(15)
        .forEach(entry -> System.out.println("- " + entry.getValue() + " x " + entry.getKey()));
  }

  private static String line(String label, List<Row> rows, Set<String> expected) {
    int files = rows.size();
    int ourFound = 0;
    int theirFound = 0;
    int ourDeclared = 0;
    int theirDeclared = 0;
    int both = 0;
    int same = 0;
    int overlapping = 0;
    for (Row row : rows) {
      ourFound += row.ours().isEmpty() ? 0 : 1;
      theirFound += row.theirs().isEmpty() ? 0 : 1;
      if (expected != null) {
        ourDeclared += asDeclared(row.ours(), expected) ? 1 : 0;
        theirDeclared += asDeclared(row.theirs(), expected) ? 1 : 0;
      }
      if (!row.ours().isEmpty() && !row.theirs().isEmpty()) {
        both++;
        Set<String> a = base(row.ours());
        Set<String> b = base(row.theirs());
        same += a.equals(b) ? 1 : 0;
        Set<String> common = new HashSet<>(a);
        common.retainAll(b);
        overlapping += common.isEmpty() ? 0 : 1;
      }
    }
    String declaredColumns = expected == null ? " | | " : " | " + percent(ourDeclared, files)
        + " | " + percent(theirDeclared, files);
    return "| " + label + " | " + files + " | " + percent(ourFound, files) + " | "
        + percent(theirFound, files) + declaredColumns + " | " + percent(same, both) + " | "
        + percent(overlapping, both) + " |";
  }

  /** Found something, and only licences the artefact declares (versions and "+" aside). */
  private static boolean asDeclared(Set<String> found, Set<String> declared) {
    return !found.isEmpty() && base(declared).containsAll(base(found));
  }

  private static String percent(int part, int whole) {
    return whole == 0 ? "-" : String.format(Locale.ROOT, "%.1f%%", 100.0 * part / whole);
  }

  /** Ids without "-only"/"-or-later"/"+", so that "GPL-2" and "GPL-2.0-or-later" compare. */
  private static Set<String> base(Set<String> ids) {
    Set<String> bases = new HashSet<>();
    for (String id : ids) {
      bases.add(id.replaceAll("(-only|-or-later|\\+)$", ""));
    }
    return bases;
  }

  private static Map<String, String> readTsv(Path file, String stripPrefix) throws IOException {
    Map<String, String> rows = new TreeMap<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      String[] fields = line.split("\t");
      if (fields.length >= 2) {
        String path = fields[0].startsWith(stripPrefix)
            ? fields[0].substring(stripPrefix.length()) : fields[0];
        rows.put(path, fields[1]);
      }
    }
    return rows;
  }

  private static Map<String, Set<String>> declaredLicences(Path artifactsFile) throws IOException {
    Map<String, Set<String>> declared = new TreeMap<>();
    for (String line : Files.readAllLines(artifactsFile)) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] fields = line.trim().split("\\s+", 2);
      String artifact = fields[0].split(":")[1];
      declared.put(artifact, ourIds(fields[1]));
    }
    return declared;
  }

  /** The licence ids of an SPDX expression, exceptions left out (licensecheck has none). */
  private static Set<String> ourIds(String expression) {
    Set<String> ids = new HashSet<>();
    SpdxLicenseList list = SpdxLicenseList.get();
    for (String token : expression.split("[ ()]+")) {
      if (token.isEmpty() || token.equals("AND") || token.equals("OR") || token.equals("WITH")
          || token.equals("NOASSERTION") || list.canonicalExceptionId(token) != null) {
        continue;
      }
      ids.add(token);
    }
    return ids;
  }

  /**
   * licensecheck's names (spdx naming scheme, else Debian's) as SPDX ids: "GPL-2" is
   * GPL-2.0-only, "GPL-2+" GPL-2.0-or-later, "public-domain" LicenseRef-Public-Domain, an
   * unversioned "LGPL" LicenseRef-LGPL; "and/or" lists split.
   */
  private static Set<String> theirIds(String value) {
    Set<String> ids = new HashSet<>();
    for (String part : value.split(" and/or | or | and |, ")) {
      String name = part.trim();
      if (name.isEmpty() || name.equals("UNKNOWN")) {
        continue;
      }
      Matcher gnu = DEBIAN_GNU.matcher(name);
      if (name.equals("public-domain")) {
        ids.add("LicenseRef-Public-Domain");
      } else if (name.matches("A?L?GPL")) {
        ids.add("LicenseRef-" + name);
      } else if (gnu.matches()) {
        String version = gnu.group(2) + (gnu.group(3) == null ? ".0" : gnu.group(3));
        ids.add(gnu.group(1) + "-" + version + (gnu.group(4) != null ? "-or-later" : "-only"));
      } else {
        String canonical = SpdxLicenseList.get().canonicalLicenseId(name);
        ids.add(canonical != null ? canonical : "LicenseRef-licensecheck-" + name);
      }
    }
    return ids;
  }
}
