package org.clearsource.cluster.demo;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.luben.zstd.ZstdOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Source {@code forum}: RedPajama-style {@code .jsonl.zst} question-and-answer threads, some with
 * e-mail addresses, a few reposted with small edits, and one too large for the source's limit.
 */
final class Forum {

  static final int POSTS = 95;
  /** Originals that were reposted a few words apart. */
  static final List<Integer> REPOSTED = List.of(10, 30, 50, 70);
  /** Posts whose index leaves this remainder mod 5 give an e-mail address. */
  static final int EMAIL_REMAINDER = 2;
  /** The post the evaluation set quotes from. */
  static final int QUOTED_POST = 44;

  private static final String[] TITLES = {
    "How do I stop my {plant} from {plantproblem}?",
    "Router keeps dropping the {device} connection every {num} minutes",
    "Best way to {cook} {food} without a {tool}?",
    "Chain slipping on my {bike} after {event}",
    "Photos from my {camera} look {photoproblem} indoors",
    "Is it safe to {diy} in a rented flat?",
  };

  private static final String[] QUESTION = {
    "I have had this {item} for about {num} {unit} and it worked fine until {when}.",
    "I already tried {attempt}, but nothing changed.",
    "It happens mostly in the {timeofday}, so I suspect {cause}.",
    "My neighbour suggested {attempt2}, but I am not sure that is a good idea.",
    "Any advice is welcome, I am fairly new to this and live near {town}.",
    "For context, the {item} sits in a {room} that gets {light}.",
  };

  private static final String[] ANSWER = {
    "Have you checked whether the {part} is {state}?",
    "In my experience the usual cause is {cause}, and {fix} sorts it out.",
    "I had the same problem with my {item} last {season}; {fix} solved it.",
    "Before you spend money, try {attempt} for a week and see if anything changes.",
    "Whatever you do, do not {bad}.",
    "There is a good guide on this in the wiki of the {club}.",
    "Second this, {fix} worked for me too after about {num} days.",
  };

  private static final Map<String, String[]> WORDS = Map.ofEntries(
      Map.entry("plant", new String[] {"basil", "lemon tree", "tomato plants", "fern", "orchid"}),
      Map.entry("plantproblem", new String[] {
        "dropping its leaves", "turning yellow", "growing so tall and thin",
        "rotting at the base"}),
      Map.entry("device", new String[] {"laptop", "printer", "smart TV", "games console"}),
      Map.entry("cook", new String[] {"reheat", "slice", "proof", "roast"}),
      Map.entry("food", new String[] {"bread dough", "pizza", "root vegetables", "leftover rice"}),
      Map.entry("tool", new String[] {"microwave", "mandoline", "proving basket", "thermometer"}),
      Map.entry("bike", new String[] {"commuter bike", "old road bike", "cargo bike"}),
      Map.entry("event", new String[] {
        "a wet ride", "replacing the cassette", "a long winter in the shed"}),
      Map.entry("camera", new String[] {"phone", "compact camera", "second-hand mirrorless"}),
      Map.entry("photoproblem", new String[] {"grainy", "too orange", "blurry", "washed out"}),
      Map.entry("diy", new String[] {
        "replace a light switch", "drill into tiles", "paint over damp patches"}),
      Map.entry("item", new String[] {"router", "bike", "oven", "camera", "plant", "kettle"}),
      Map.entry("unit", new String[] {"months", "weeks", "years"}),
      Map.entry("when", new String[] {
        "last week", "we moved flats", "the last update", "the weather turned"}),
      Map.entry("attempt", new String[] {
        "restarting everything", "cleaning the contacts", "moving it closer to the window",
        "a firmware reset", "less water"}),
      Map.entry("cause", new String[] {
        "interference from the neighbours", "a worn part", "too much heat", "old settings",
        "the cold"}),
      Map.entry("room", new String[] {"hallway", "kitchen", "north-facing bedroom", "garage"}),
      Map.entry("light", new String[] {
        "almost no sun", "sun all afternoon", "light only in the morning"}),
      Map.entry("part", new String[] {"cable", "chain", "fan", "drainage hole", "lens"}),
      Map.entry("state", new String[] {"loose", "clogged", "dirty", "bent", "worn out"}),
      Map.entry("fix", new String[] {
        "a cheap replacement part", "a proper clean", "changing the channel",
        "repotting into a bigger pot", "a new chain"}),
      Map.entry("bad", new String[] {
        "use bleach on it", "force the screws", "leave it running overnight",
        "buy the first thing the shop offers you"}),
      Map.entry("club", new String[] {
        "local repair café", "allotment society", "cycling club", "photo circle"}));

  private static final String[] MAIL_DOMAINS = {
    "example.com", "example.net", "example.org", "mail.example"};

  private final Synth synth = new Synth(0x5EED_0005L);
  private final List<String> posts = new ArrayList<>();
  private int emails;

  List<String> posts() {
    return posts;
  }

  /** E-mail addresses planted, one per post with an address. */
  int emails() {
    return emails;
  }

  void write(Path dir) throws IOException {
    List<byte[]> lines = new ArrayList<>();
    for (int i = 0; i < POSTS; i++) {
      String post = post(i % 5 == EMAIL_REMAINDER);
      posts.add(post);
      lines.add(line(i + 1, "https://askaround.example/t/" + (4100 + i * 7), post,
          timestamp(i)));
    }
    for (int k = 0; k < REPOSTED.size(); k++) {
      int original = REPOSTED.get(k);
      String repost = synth.perturb(posts.get(original), 1, "really", "also", "now", "still");
      lines.add(original + 20, line(POSTS + k + 1, "https://askaround.example/t/"
          + (9100 + k * 13) + "?cross-posted", repost, timestamp(original + 3)));
    }
    lines.add(60, line(POSTS + REPOSTED.size() + 1, "https://askaround.example/t/9999",
        oversizedPost(), timestamp(60)));
    // Level 3 and a single thread: the zstd-jni bundled library gives the same frames every run.
    try (OutputStream out = new ZstdOutputStream(Outputs.create(
        dir.resolve("forum-2023-0000.jsonl.zst")), 3)) {
      for (byte[] line : lines) {
        out.write(line);
      }
    }
  }

  private String post(boolean withEmail) {
    Map<String, String[]> pools = new HashMap<>(Words.englishWith(synth));
    pools.putAll(WORDS);
    StringBuilder text = new StringBuilder(synth.fill(synth.pick(TITLES), pools, Map.of()));
    text.append("\n\n");
    for (String template : synth.sample(List.of(QUESTION), synth.between(2, 4))) {
      text.append(synth.fill(template, pools, Map.of())).append(' ');
    }
    int answers = synth.between(1, 3);
    for (int a = 0; a < answers; a++) {
      text.setLength(text.length() - 1);
      text.append("\n\nAnswer from ").append(username()).append(":\n");
      for (String template : synth.sample(List.of(ANSWER), synth.between(2, 3))) {
        text.append(synth.fill(template, pools, Map.of())).append(' ');
      }
      if (withEmail && a == 0) {
        String address = (synth.pick(Words.FIRST_NAMES) + "." + synth.pick(Words.LAST_NAMES))
            .toLowerCase(Locale.ROOT) + "@" + synth.pick(MAIL_DOMAINS);
        text.append("If that does not help, email me at ").append(address)
            .append(" and I can send photos. ");
        emails++;
      }
    }
    return text.toString().strip();
  }

  private String username() {
    return synth.pick("quietfox", "bramble", "tinker", "north_light", "kettlebell", "moss_rock",
        "pedalpusher", "fernfriend", "lowtide", "oldmanriver") + synth.between(1, 99);
  }

  private String oversizedPost() {
    StringBuilder text = new StringBuilder("Router keeps rebooting, full log attached\n\n"
        + "Here is the whole log from last night, sorry for the length:\n\n");
    for (int i = 0; text.length() < 20_000; i++) {
      text.append(String.format(
          "2023-08-14 02:%02d:%02d WARN link down on port %d, retrying in %ds\n",
          (i / 60) % 60, i % 60, synth.between(1, 8), synth.between(1, 30)));
    }
    return text.toString();
  }

  private static String timestamp(int index) {
    return String.format("2023-%02d-%02dT%02d:%02d:00Z", 1 + index % 12, 1 + index % 28,
        index % 24, (index * 7) % 60);
  }

  private static byte[] line(int id, String url, String text, String timestamp) {
    ObjectNode node = Outputs.object();
    node.put("raw_content", text);
    node.put("doc_id", String.format("askaround-%05d", id));
    ObjectNode meta = node.putObject("meta");
    meta.put("url", url);
    meta.put("timestamp", timestamp);
    meta.put("source_domain", "askaround.example");
    meta.put("language", "en");
    return Outputs.jsonLine(node);
  }
}
