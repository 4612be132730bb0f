package org.clearsource.cluster.demo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.SimpleGroupFactory;
import org.apache.parquet.hadoop.ParquetFileWriter;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.example.ExampleParquetWriter;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.io.LocalOutputFile;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.MessageTypeParser;

/**
 * Source {@code books}: one Parquet shard shaped like a Hugging Face dataset of book chapters,
 * licensed from an invented publisher; some chapters carry rights notices, two rows carry no text.
 */
final class Books {

  static final int ROWS = 60;
  /** Rows whose text ends with "All rights reserved." */
  static final int RIGHTS_RESERVED = 12;
  /** Rows whose text ends with a CC BY-NC 4.0 notice. */
  static final int CC_BY_NC = 4;
  static final int NULL_TEXT_ROW = 43;
  static final int EMPTY_TEXT_ROW = 52;
  /** The row the evaluation set quotes from. */
  static final int QUOTED_ROW = 17;

  private static final MessageType SCHEMA = MessageTypeParser.parseMessageType(
      "message book_chapter {\n"
          + "  optional binary text (STRING);\n"
          + "  required binary id (STRING);\n"
          + "  optional binary title (STRING);\n"
          + "  optional binary url (STRING);\n"
          + "  optional int32 year;\n"
          + "}");

  private static final String[] PUBLISHERS = {
    "Harrow Lane Press", "Bluefen Books", "Quillstone Publishing"};

  private static final String[] SENTENCES = {
    "{char} stood at the window and watched the {weather} roll in over {place}.",
    "\"{line}\" {char} said, without looking up from the {object}.",
    "By the time the {vehicle} reached {place}, the light had already gone.",
    "{char} had not spoken to {char2} since the winter of {year}.",
    "The {room} smelled of {smell} and old {stuff}.",
    "Somewhere below, a {animal} called twice and fell silent.",
    "{char} counted the coins again: {num}, not enough for the {fare}.",
    "It was {char2} who first noticed the {clue} on the {surface}.",
    "The road to {place} ran between {field} and a line of {tree} trees.",
    "\"{line}\" {char2} answered, and for a while neither of them moved.",
    "{char} folded the letter from {char2} into quarters and put it in the {object}.",
    "Rain had been falling on {place} for {num} days without a pause.",
    "The {vehicle} stopped at the crossing near {place}, and {char} got out.",
    "Nobody in {place} remembered who had built the {building}.",
    "{char} thought of the {room} in {place} where the family had spent every {season}.",
    "A lamp burned in the window of the {building}, though it was past midnight.",
    "{char2} laughed, but it was not a happy sound.",
    "The {clue} was still there in the morning, half hidden by {stuff}.",
  };

  private static final Map<String, String[]> WORDS = Map.ofEntries(
      Map.entry("weather", new String[] {"storm", "fog", "snow", "dusk", "rain clouds"}),
      Map.entry("line", new String[] {
        "You should not have come back", "We leave at first light", "I never said that",
        "Tell me what you saw", "It is later than you think", "Nobody has to know",
        "Then we wait"}),
      Map.entry("object", new String[] {
        "ledger", "map", "teacup", "violin case", "drawer", "coat pocket", "sewing box"}),
      Map.entry("vehicle", new String[] {"coach", "night train", "ferry", "cart", "tram"}),
      Map.entry("room", new String[] {"kitchen", "attic", "library", "boathouse", "parlour"}),
      Map.entry("smell", new String[] {"wax", "wet wool", "woodsmoke", "apples", "ink"}),
      Map.entry("stuff", new String[] {"paper", "leaves", "dust", "rope", "straw"}),
      Map.entry("animal", new String[] {"dog", "owl", "fox", "goose", "horse"}),
      Map.entry("fare", new String[] {"ferry", "night coach", "room", "doctor"}),
      Map.entry("clue", new String[] {
        "footprint", "scratch", "stain", "key", "button", "chalk mark"}),
      Map.entry("surface", new String[] {
        "doorstep", "windowsill", "stair rail", "garden wall", "table"}),
      Map.entry("field", new String[] {"barley fields", "a frozen marsh", "open pasture"}),
      Map.entry("tree", new String[] {"poplar", "birch", "alder", "chestnut", "yew"}),
      Map.entry("building", new String[] {
        "lighthouse", "chapel", "watermill", "toll house", "signal box"}));

  private final Synth synth = new Synth(0x5EED_0004L);
  private final List<String> texts = new ArrayList<>();

  /** Each row's text (null or empty where planted), in row order. */
  List<String> texts() {
    return texts;
  }

  void write(Path dir) throws IOException {
    Path file = dir.resolve("train-00000-of-00001.parquet");
    Files.createDirectories(dir);
    Files.deleteIfExists(file);
    SimpleGroupFactory rows = new SimpleGroupFactory(SCHEMA);
    // Plain configuration and no compression: no Hadoop settings or native codec can change bytes.
    try (ParquetWriter<Group> writer = ExampleParquetWriter.builder(new LocalOutputFile(file))
        .withConf(new PlainParquetConfiguration())
        .withType(SCHEMA)
        .withCompressionCodec(CompressionCodecName.UNCOMPRESSED)
        .withWriteMode(ParquetFileWriter.Mode.OVERWRITE)
        .build()) {
      for (int row = 0; row < ROWS; row++) {
        String title = "The " + synth.pick("Lantern", "Ferryman", "Orchard", "Signal", "Winter",
            "Toll House", "Glass") + " of " + Words.placeName(synth);
        int chapter = synth.between(1, 24);
        String text = row == NULL_TEXT_ROW ? null : row == EMPTY_TEXT_ROW ? "" : chapter(row,
            title, chapter);
        texts.add(text);
        Group group = rows.newGroup();
        if (text != null) {
          group.add("text", text);
        }
        group.add("id", String.format("book-%04d-ch%02d", row + 1, chapter));
        group.add("title", title + ", chapter " + chapter);
        if (row % 3 != 0) {
          group.add("url", "https://books.harrowlane.example/catalogue/" + Words.slug(title)
              + "/chapter-" + chapter);
        }
        group.add("year", 1990 + synth.below(34));
        writer.write(group);
      }
    }
    ParquetFooters.canonicalize(file);
  }

  private String chapter(int row, String title, int chapter) {
    Map<String, String[]> pools = new HashMap<>(Words.englishWith(synth));
    pools.putAll(WORDS);
    String[] cast = {synth.pick(Words.FIRST_NAMES), synth.pick(Words.FIRST_NAMES)};
    Map<String, String> fixed = Map.of("char", cast[0], "char2", cast[1],
        "place", Words.placeName(synth));
    StringBuilder text = new StringBuilder("Chapter " + chapter + "\n\n");
    int paragraphs = synth.between(6, 14);
    for (int p = 0; p < paragraphs; p++) {
      for (String template : synth.sample(List.of(SENTENCES), synth.between(3, 5))) {
        text.append(synth.fill(template, pools, fixed)).append(' ');
      }
      text.setLength(text.length() - 1);
      text.append("\n\n");
    }
    String publisher = PUBLISHERS[row % PUBLISHERS.length];
    if (row % 5 == 1 && row / 5 < RIGHTS_RESERVED) {
      text.append("Copyright © ").append(1990 + row % 30).append(' ').append(publisher)
          .append(". All rights reserved. No part of this book may be reproduced without"
              + " written permission from the publisher.");
    } else if (row % 15 == 8) {
      text.append("This work is licensed under CC BY-NC 4.0"
          + " (https://creativecommons.org/licenses/by-nc/4.0/). From \"").append(title)
          .append("\", ").append(publisher).append('.');
    } else {
      text.append("From \"").append(title).append("\", ").append(publisher).append('.');
    }
    return text.toString();
  }
}
