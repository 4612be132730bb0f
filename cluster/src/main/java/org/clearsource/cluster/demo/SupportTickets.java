package org.clearsource.cluster.demo;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorOutputStream;

/**
 * Source {@code support-tickets} (unshareable): {@code .jsonl.bz2} tickets full of invented
 * personal data, with canary strings planted in the text, title, URL and author fields and in one
 * malformed line, so that tests can prove none of them ever leaves the run directory.
 */
final class SupportTickets {

  static final int TICKETS = 80;
  static final int CANARY_IN_TEXT = 7;
  static final int CANARY_IN_TITLE = 20;
  static final int CANARY_IN_URL = 33;
  static final int CANARY_IN_AUTHOR = 46;
  /** This ticket's line is cut short, canary and all. */
  static final int MALFORMED = 62;

  private static final String[] OPENING = {
    "Hello, my name is {name} and I was charged twice for order {order}.",
    "Hi, this is {name}. The parcel for order {order} never arrived at {street} {num}, {town}.",
    "Dear support, I ({name}) cannot log in since {weekday}.",
    "Good morning, {name} here. I want to cancel my subscription before {weekday}.",
  };

  private static final String[] DETAIL = {
    "Please call me back on {phone}, I am available after {clock}.",
    "The error page showed my IP address as {ip}.",
    "You can also reach me at {email}.",
    "My address for the replacement is {street} {num}, {town}.",
    "I have been a customer for {years} years and this never happened before.",
    "Your chat assistant closed the conversation twice without an answer.",
  };

  private static final Map<String, String[]> WORDS = Map.of(
      "street", new String[] {"Mill Lane", "Harbour Street", "Station Road", "Elm Close"},
      "weekday", new String[] {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday"},
      "clock", new String[] {"5 pm", "noon", "9 am", "6:30 pm"},
      "years", new String[] {"two", "three", "five", "eight", "twelve"});

  private final Synth synth = new Synth(0x5EED_0006L);
  private final List<String> canaries = new ArrayList<>();
  private final List<String> cardNumbers = new ArrayList<>();

  /** The canaries in the order: text, title, URL, author, malformed line. */
  List<String> canaries() {
    return canaries;
  }

  /** Every payment card number planted, as written. */
  List<String> cardNumbers() {
    return cardNumbers;
  }

  void write(Path dir) throws IOException {
    for (int i = 0; i < 5; i++) {
      canaries.add("CANARY-UNSHAREABLE-" + synth.hex(16));
    }
    try (OutputStream out = new BZip2CompressorOutputStream(Outputs.create(
        dir.resolve("tickets-2024-01.jsonl.bz2")))) {
      for (int i = 0; i < TICKETS; i++) {
        out.write(ticket(i));
      }
    }
  }

  private byte[] ticket(int index) {
    String first = synth.pick(Words.FIRST_NAMES);
    String last = synth.pick(Words.LAST_NAMES);
    String name = first + " " + last;
    String email = (first + "." + last).toLowerCase(Locale.ROOT) + synth.between(1, 99) + "@"
        + synth.pick("example.com", "example.net", "example.org");
    String phone = synth.chance(0.5) ? "+1 555-01" + synth.digits(2)
        : "+44 20 7946 0" + synth.digits(3);
    String ip = synth.pick("192.0.2.", "198.51.100.", "203.0.113.") + synth.between(1, 254);
    Map<String, String[]> pools = new HashMap<>(Words.englishWith(synth));
    pools.putAll(WORDS);
    Map<String, String> fixed = Map.of("name", name, "email", email, "phone", phone, "ip", ip,
        "order", "A-" + synth.digits(6));
    StringBuilder text = new StringBuilder(synth.fill(synth.pick(OPENING), pools, fixed));
    for (String template : synth.sample(List.of(DETAIL), synth.between(2, 4))) {
      text.append(' ').append(synth.fill(template, pools, fixed));
    }
    if (index % 6 == 1) {
      String card = cardNumber();
      cardNumbers.add(card);
      text.append(" I paid with the card ").append(card).append(", please refund it.");
    }
    text.append("\nThanks, ").append(first);
    String id = "T-" + (10001 + index);
    String title = synth.pick("Double charge", "Missing parcel", "Login problem", "Cancellation")
        + " (" + id + ")";
    String url = "https://support.internal.example/ticket/" + id;
    String author = name;
    switch (index) {
      case CANARY_IN_TEXT -> text.append("\nInternal reference: ").append(canaries.get(0));
      case CANARY_IN_TITLE -> title = title + " " + canaries.get(1);
      case CANARY_IN_URL -> url = "https://support.internal.example/ticket/" + canaries.get(2);
      case CANARY_IN_AUTHOR -> author = name + " " + canaries.get(3);
      case MALFORMED -> text.append(" ").append(canaries.get(4));
      default -> { }
    }
    ObjectNode node = Outputs.object();
    node.put("ticket_id", id);
    node.put("created", String.format("2024-01-%02dT%02d:%02d:00Z", 1 + index % 31,
        8 + index % 10, (index * 13) % 60));
    node.put("channel", synth.pick("email", "chat", "phone"));
    node.put("title", title);
    node.put("author", author);
    node.put("email", email);
    node.put("phone", phone);
    node.put("url", url);
    node.put("text", text.toString());
    node.put("priority", synth.pick("low", "normal", "high"));
    byte[] line = Outputs.jsonLine(node);
    if (index == MALFORMED) {
      // Cut off just after the canary, as a log shipper that lost its connection would leave it.
      String whole = new String(line, StandardCharsets.UTF_8);
      int end = whole.indexOf(canaries.get(4)) + canaries.get(4).length();
      return Outputs.utf8(whole.substring(0, end) + "\n");
    }
    return line;
  }

  /** A 16-digit number that passes the Luhn check, grouped the ways people type them. */
  private String cardNumber() {
    String body = synth.pick("4", "51", "53", "55");
    body = body + synth.digits(15 - body.length());
    String digits = body + luhnCheckDigit(body);
    return switch (synth.below(3)) {
      case 0 -> digits.replaceAll("(\\d{4})(?=\\d)", "$1 ");
      case 1 -> digits.replaceAll("(\\d{4})(?=\\d)", "$1-");
      default -> digits;
    };
  }

  static int luhnCheckDigit(String body) {
    int sum = 0;
    for (int i = 0; i < body.length(); i++) {
      int digit = body.charAt(body.length() - 1 - i) - '0';
      if (i % 2 == 0) {
        digit *= 2;
        if (digit > 9) {
          digit -= 9;
        }
      }
      sum += digit;
    }
    return (10 - sum % 10) % 10;
  }
}
