package org.clearsource.cluster.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorInputStream;
import org.apache.hadoop.conf.Configuration;
import org.clearsource.core.manifest.Manifest;
import org.clearsource.core.manifest.ManifestReader;
import org.clearsource.core.manifest.OsaidClass;
import org.clearsource.core.manifest.Source;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

class TestDemoCorpus {

  /** Surefire runs in the module directory; the demo lives at the repository root. */
  private static final Path DEMO = Path.of("..", "examples", "demo").toAbsolutePath().normalize();

  private static final String REGENERATE = "Regenerate it: java -cp <cluster compile class path>"
      + " org.clearsource.cluster.demo.DemoCorpus examples/demo/data";

  @TempDir static Path temp;

  private static Path first;
  private static Path second;

  private static final ObjectMapper JSON = new ObjectMapper();

  private static List<String> canaries;

  @BeforeAll
  static void generateTwice() throws IOException {
    first = temp.resolve("first");
    second = temp.resolve("second");
    canaries = DemoCorpus.generate(first);
    DemoCorpus.generate(second);
  }

  @Test
  void generatesTheSameBytesEveryRun() throws IOException {
    Map<String, byte[]> one = files(first);
    Map<String, byte[]> two = files(second);
    assertThat(two.keySet()).containsExactlyElementsOf(one.keySet());
    for (String name : one.keySet()) {
      assertThat(two.get(name)).as(name).isEqualTo(one.get(name));
    }
  }

  @Test
  void committedCorpusMatchesTheGenerator() throws IOException {
    Map<String, byte[]> fresh = files(first);
    Map<String, byte[]> committed = files(DEMO.resolve("data"));
    assertThat(committed.keySet()).as("files in examples/demo/data. " + REGENERATE)
        .containsExactlyElementsOf(fresh.keySet());
    for (String name : fresh.keySet()) {
      byte[] expected = fresh.get(name);
      byte[] actual = committed.get(name);
      if (!Arrays.equals(expected, actual) && isGzip(expected) && isGzip(actual)) {
        // Another zlib (zlib-ng, a newer JDK) may deflate differently: compare what is inside.
        expected = gunzip(expected);
        actual = gunzip(actual);
      }
      assertThat(actual).as("examples/demo/data/" + name + " is stale. " + REGENERATE)
          .isEqualTo(expected);
    }
  }

  @Test
  void manifestIsValidAndEveryPathMatchesFiles() throws IOException {
    Path file = DEMO.resolve("manifest.yaml");
    Manifest parsed = ManifestReader.parse(Files.readString(file), file.toUri().toString());
    assertThat(parsed.dataset().name()).isEqualTo("clearsource-demo");
    assertThat(parsed.sources()).extracting(Source::id).containsExactly(
        "encyclopedia", "news-crawl", "code", "books", "forum", "support-tickets", "papers",
        "synthetic");
    assertThat(parsed.evaluationSets()).extracting(Source::id).containsExactly("eval-qa");
    assertThat(parsed.source("support-tickets").orElseThrow().osaidClass())
        .isEqualTo(OsaidClass.UNSHAREABLE);
    assertThat(parsed.source("forum").orElseThrow().options().maxRecordBytes())
        .isEqualTo(16 * 1024);
    // read() also lists every path through Hadoop, failing on any that matches no file.
    Manifest read = ManifestReader.read(file.toString(), new Configuration());
    assertThat(read.sources()).hasSize(8);
  }

  @Test
  void supportTicketCardNumbersPassTheLuhnCheck() throws IOException {
    String tickets = bunzip(first.resolve("support-tickets/tickets-2024-01.jsonl.bz2"));
    Matcher cards = Pattern.compile("\\b\\d{4}([ -]?)\\d{4}\\1\\d{4}\\1\\d{4}\\b").matcher(tickets);
    List<String> numbers = new ArrayList<>();
    while (cards.find()) {
      numbers.add(cards.group().replaceAll("[ -]", ""));
    }
    assertThat(numbers).hasSize(14).allMatch(TestDemoCorpus::passesLuhn);
    assertThat(tickets.lines()).hasSize(SupportTickets.TICKETS);
  }

  @Test
  void readmeListsExactlyTheCanariesPlanted() throws IOException {
    String tickets = bunzip(first.resolve("support-tickets/tickets-2024-01.jsonl.bz2"));
    Set<String> inTickets = canaries(tickets);
    assertThat(inTickets).hasSize(5).containsExactlyInAnyOrderElementsOf(canaries);
    assertThat(canaries(Files.readString(DEMO.resolve("README.md"))))
        .containsExactlyInAnyOrderElementsOf(inTickets);
  }

  @Test
  void warcHoldsRobotsFilesAndOptOutSignals() throws IOException {
    int responses = 0;
    int robots = 0;
    int tdmHeaders = 0;
    int noaiHeaders = 0;
    try (WarcReader reader =
        new WarcReader(first.resolve("news-crawl/warc/CC-DEMO-20240514-00000.warc.gz"))) {
      for (WarcRecord record : reader) {
        if (record instanceof WarcResponse response) {
          responses++;
          if (response.target().endsWith("/robots.txt")) {
            robots++;
          }
          var headers = response.http().headers();
          tdmHeaders += headers.first("tdm-reservation").filter("1"::equals).isPresent() ? 1 : 0;
          noaiHeaders += headers.first("X-Robots-Tag").filter("noai"::equals).isPresent() ? 1 : 0;
        }
      }
    }
    assertThat(responses).isEqualTo(136);
    assertThat(robots).isEqualTo(NewsCrawl.SITES.size());
    assertThat(tdmHeaders).isEqualTo(14);
    assertThat(noaiHeaders).isEqualTo(10);
  }

  @Test
  void evaluationSetQuotesTwoEncyclopediaArticles() throws IOException {
    List<String> contexts = new ArrayList<>();
    for (String line : Files.readAllLines(first.resolve("eval-qa/eval-qa.jsonl"))) {
      contexts.add(JSON.readTree(line).get("context").asText());
    }
    List<String> articles = new ArrayList<>();
    byte[] english = gunzip(Files.readAllBytes(
        first.resolve("encyclopedia/encyclopedia-en-0000.jsonl.gz")));
    for (String line : new String(english, StandardCharsets.UTF_8).split("\n")) {
      if (line.endsWith("}")) {
        articles.add(JSON.readTree(line).get("text").asText());
      }
    }
    assertThat(contexts).hasSize(EvalQa.ITEMS);
    assertThat(articles).hasSize(Encyclopedia.ENGLISH_ARTICLES
        + Encyclopedia.EXACT_COPY_OF.size() + Encyclopedia.EDITED_COPY_OF.size());
    assertThat(contexts.stream().filter(context -> articles.stream().anyMatch(
        article -> article.contains(context)))).hasSize(Encyclopedia.QUOTED_BY_EVAL.size());
  }

  private static Set<String> canaries(String text) {
    Set<String> found = new TreeSet<>();
    Matcher matcher = Pattern.compile("CANARY-UNSHAREABLE-[0-9a-f]{16}").matcher(text);
    while (matcher.find()) {
      found.add(matcher.group());
    }
    return found;
  }

  private static boolean passesLuhn(String digits) {
    int sum = 0;
    for (int i = 0; i < digits.length(); i++) {
      int digit = digits.charAt(digits.length() - 1 - i) - '0';
      sum += i % 2 == 1 ? (digit * 2 > 9 ? digit * 2 - 9 : digit * 2) : digit;
    }
    return sum % 10 == 0;
  }

  private static Map<String, byte[]> files(Path root) throws IOException {
    Map<String, byte[]> files = new TreeMap<>();
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path path : paths.filter(Files::isRegularFile).toList()) {
        files.put(root.relativize(path).toString().replace('\\', '/'), Files.readAllBytes(path));
      }
    }
    return files;
  }

  private static boolean isGzip(byte[] bytes) {
    return bytes.length > 2 && (bytes[0] & 0xff) == 0x1f && (bytes[1] & 0xff) == 0x8b;
  }

  private static byte[] gunzip(byte[] bytes) throws IOException {
    try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
      return in.readAllBytes();
    }
  }

  private static String bunzip(Path file) throws IOException {
    try (InputStream in = new BZip2CompressorInputStream(Files.newInputStream(file))) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
