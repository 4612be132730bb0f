package org.clearsource.cluster.demo;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

/** Source {@code synthetic}: plain JSONL question-answer pairs computed from templates. */
final class SyntheticQa {

  static final int RECORDS = 40;
  static final String GENERATOR = "demo-template-generator 1.0";

  private static final String[] WEEKDAYS = {
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};

  private final Synth synth = new Synth(0x5EED_0008L);

  void write(Path dir) throws IOException {
    try (OutputStream out = Outputs.create(dir.resolve("synthetic-qa.jsonl"))) {
      Set<String> written = new HashSet<>();
      for (int i = 0; i < RECORDS; i++) {
        String template;
        String text;
        switch (i % 4) {
          case 0 -> {
            int a = synth.between(10, 999);
            int b = synth.between(10, 999);
            template = "addition";
            text = "Question: What is " + a + " plus " + b + "?\nAnswer: " + a + " plus " + b
                + " is " + (a + b) + ".";
          }
          case 1 -> {
            int km = synth.between(2, 90);
            template = "unit-conversion";
            text = "Question: How many metres are there in " + km + " kilometres?\nAnswer: "
                + km + " kilometres are " + km * 1000 + " metres.";
          }
          case 2 -> {
            int start = synth.below(7);
            int days = synth.between(1, 20);
            template = "weekday";
            text = "Question: Which day of the week comes " + days + " days after "
                + WEEKDAYS[start] + "?\nAnswer: " + WEEKDAYS[(start + days) % 7] + ".";
          }
          default -> {
            int[] numbers = {synth.below(100), synth.below(100), synth.below(100)};
            Arrays.sort(numbers);
            template = "maximum";
            text = "Question: Which is the largest of " + numbers[1] + ", " + numbers[2]
                + " and " + numbers[0] + "?\nAnswer: " + numbers[2] + ".";
          }
        }
        if (!written.add(text)) {
          // Generated data sets should not repeat themselves: draw this record again.
          i--;
          continue;
        }
        ObjectNode node = Outputs.object();
        node.put("id", String.format("syn-%04d", i + 1));
        node.put("text", text);
        node.put("generator", GENERATOR);
        node.put("template", template);
        out.write(Outputs.jsonLine(node));
      }
    }
  }
}
