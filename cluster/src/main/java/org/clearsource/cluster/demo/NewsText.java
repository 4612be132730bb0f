package org.clearsource.cluster.demo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Invented local-news stories: a headline and paragraphs of two or three sentences. */
final class NewsText {

  /** A story as its page shows it. */
  record Story(String headline, String byline, List<String> paragraphs) {

    /** The text a WET extractor would keep: headline, then one paragraph per line. */
    String plainText() {
      return headline + "\n" + String.join("\n", paragraphs);
    }
  }

  private static final String[] HEADLINES = {
    "{town} council approves plan for a new {facility}",
    "{company} to open {site} in {town}",
    "Record {weather} hits {region} as {season} begins",
    "{team} beat {team2} {score} in the {sport} final",
    "Researchers at the {institution} report progress on {topic}",
    "Residents of {town} split over the future of the {facility}",
    "{company} profits rise {pct} percent on strong {product} sales",
    "{art} festival returns to {town} after a {num}-year break",
  };

  private static final String[] SENTENCES = {
    "The {body} of {town} voted {votes} on {weekday} to approve the plan, at a cost of {money}.",
    "\"{quote}\", said {person}, who chairs the {committee} committee.",
    "Work on the {facility} is expected to start in {month} and last about {num} months.",
    "Critics argue the money would be better spent on {need}.",
    "{company}, which employs {big} people in {region}, called the decision {verdict}.",
    "Shops on {street} reported {pct} percent more visitors than on a normal weekend.",
    "Forecasters expect temperatures of {temp} degrees until {weekday}.",
    "The {team} coach, {person}, praised the defence after the match.",
    "Scientists from the {institution} spent {num} years collecting samples from {place}.",
    "The findings will be presented at a meeting in {town} in {month}.",
    "A public meeting will be held at the {venue} on {weekday} evening.",
    "Figures from the {agency} show that {pct} percent of households in {town} {habit}.",
    "Emergency crews were called to {street} in {town} shortly after {clock}.",
    "Nobody was hurt, according to a statement from the {agency}.",
    "Tickets sold out within {num} hours, organisers in {town} said.",
    "Analysts at {company} said the {product} market has grown every year since {recent}.",
    "{person}, a {occupation} from {town}, described the mood as {mood}.",
    "Officials said further details would be published {when}.",
    "The {facility} in {town} first opened in {year} and was last renovated in {recent}.",
    "\"{quote}\", {person} told reporters outside the {venue}.",
    "Traffic on the road between {town} and {town2} was diverted for {num} hours.",
    "{team} have now won {num} of their last {num2} matches.",
    "Volunteers from {town} collected {big} signatures in support of the {facility}.",
    "The {committee} committee will review the budget again in {month}.",
  };

  private static final Map<String, String[]> WORDS = Map.ofEntries(
      Map.entry("facility", new String[] {
        "swimming pool", "bus station", "library", "footbridge", "market hall", "cycle path",
        "sports ground", "community garden"}),
      Map.entry("company", new String[] {
        "Brightwater Foods", "Kellan Logistics", "Norvale Mills", "Harbourline Ferries",
        "Ostwick Instruments", "Tamsin & Vance", "Greyfell Energy"}),
      Map.entry("site", new String[] {
        "a warehouse", "a factory", "a research centre", "a distribution hub", "a call centre"}),
      Map.entry("weather", new String[] {"heat", "rainfall", "snowfall", "winds", "fog"}),
      Map.entry("team", new String[] {
        "Ashford Rovers", "Kelmouth Athletic", "Ostbury United", "Penhaven Rangers",
        "Selwick Town", "Varmere Wanderers"}),
      Map.entry("score", new String[] {"2-1", "3-0", "1-0", "4-2", "2-2 (5-4 on penalties)"}),
      Map.entry("sport", new String[] {"football", "handball", "hockey", "basketball"}),
      Map.entry("art", new String[] {"Street music", "Puppetry", "Folk dance", "Short film"}),
      Map.entry("body", new String[] {"council", "planning board", "district assembly"}),
      Map.entry("votes", new String[] {
        "seven to two", "unanimously", "by a narrow margin", "eleven to four"}),
      Map.entry("weekday", new String[] {
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"}),
      Map.entry("money", new String[] {
        "1.2 million euros", "850,000 euros", "3.4 million euros", "400,000 euros"}),
      Map.entry("quote", new String[] {
        "We listened to residents and this is the right plan",
        "Nobody expected the numbers to be this strong", "It is a proud day for the town",
        "We still have a lot of questions about the costs",
        "The young players showed real character today", "This is only the first step",
        "We will keep pushing until the work is finished",
        "People here deserve better than temporary solutions"}),
      Map.entry("committee", new String[] {"finance", "transport", "housing", "culture"}),
      Map.entry("month", new String[] {
        "January", "March", "April", "June", "September", "October", "November"}),
      Map.entry("need", new String[] {
        "school repairs", "street lighting", "the bus network", "flood defences",
        "affordable housing"}),
      Map.entry("verdict", new String[] {
        "disappointing", "overdue", "a good compromise", "a step in the right direction"}),
      Map.entry("street", new String[] {
        "Mill Lane", "Harbour Street", "Station Road", "Market Square", "Bridge Row"}),
      Map.entry("temp", new String[] {"31", "34", "36", "minus 12", "minus 8"}),
      Map.entry("place", new String[] {
        "the Vell estuary", "three mountain lakes", "old mine shafts", "the harbour floor"}),
      Map.entry("venue", new String[] {
        "community centre", "town hall", "old fire station", "public library"}),
      Map.entry("agency", new String[] {
        "regional statistics office", "fire service", "police", "environment agency"}),
      Map.entry("habit", new String[] {
        "use the bus every week", "own an electric bicycle", "grow some of their own food",
        "work from home part of the week"}),
      Map.entry("clock", new String[] {"six o'clock", "midnight", "half past two", "noon"}),
      Map.entry("mood", new String[] {"cautiously hopeful", "tense", "festive", "subdued"}),
      Map.entry("when", new String[] {
        "next week", "before the summer", "after the consultation", "in the spring"}));

  private NewsText() {}

  static Story story(Synth synth, int paragraphs) {
    Map<String, String[]> pools = new HashMap<>(Words.englishWith(synth));
    pools.putAll(WORDS);
    String headline = synth.fill(synth.pick(HEADLINES), pools, Map.of());
    List<String> text = new ArrayList<>();
    for (int p = 0; p < paragraphs; p++) {
      StringBuilder paragraph = new StringBuilder();
      for (String template : synth.sample(List.of(SENTENCES), synth.between(2, 3))) {
        paragraph.append(paragraph.length() == 0 ? "" : " ")
            .append(synth.fill(template, pools, Map.of()));
      }
      text.add(paragraph.toString());
    }
    return new Story(headline, "By " + Words.personName(synth), text);
  }

  /** The same story a few words apart, as another outlet runs a wire copy. */
  static Story syndicated(Synth synth, Story wire, String byline) {
    String body = synth.perturb(String.join("\n\n", wire.paragraphs()), 1,
        "also", "now", "locally", "again");
    return new Story(wire.headline(), byline, List.of(body.split("\n\n")));
  }
}
