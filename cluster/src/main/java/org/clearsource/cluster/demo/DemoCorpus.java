package org.clearsource.cluster.demo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Generates the demo corpus that {@code examples/demo/manifest.yaml} describes: one directory per
 * source below the output directory. The output is the same, byte for byte, on every run; see
 * {@code examples/demo/README.md} for what is planted where.
 */
public final class DemoCorpus {

  /** The directories this generator owns below its output directory, one per manifest entry. */
  public static final List<String> SOURCE_DIRECTORIES = List.of(
      "encyclopedia", "news-crawl", "code", "books", "forum", "support-tickets", "papers",
      "synthetic", "eval-qa");

  private DemoCorpus() {}

  /**
   * Writes the corpus.
   *
   * @param args one argument: the output directory, normally {@code examples/demo/data}
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      System.err.println("Usage: DemoCorpus <output directory, e.g. examples/demo/data>");
      System.exit(2);
    }
    long start = System.nanoTime();
    List<String> canaries = generate(Path.of(args[0]));
    System.out.printf("Wrote the demo corpus to %s in %d ms%n", args[0],
        (System.nanoTime() - start) / 1_000_000);
    System.out.println("Canaries in support-tickets: " + String.join(", ", canaries));
  }

  /**
   * Writes every source below {@code dir}, first deleting the source directories an earlier run
   * wrote there (and nothing else).
   *
   * @return the canary strings planted in the unshareable source
   */
  public static List<String> generate(Path dir) throws IOException {
    for (String source : SOURCE_DIRECTORIES) {
      deleteTree(dir.resolve(source));
    }
    Encyclopedia encyclopedia = new Encyclopedia();
    encyclopedia.write(dir.resolve("encyclopedia"));
    List<Encyclopedia.Article> english = encyclopedia.english();
    List<Encyclopedia.Article> mirrored = new ArrayList<>();
    for (int index : Encyclopedia.MIRRORED) {
      mirrored.add(english.get(index));
    }
    NewsCrawl news = new NewsCrawl(mirrored);
    news.write(dir.resolve("news-crawl"));
    new CodeArchive().write(dir.resolve("code"));
    Books books = new Books();
    books.write(dir.resolve("books"));
    Forum forum = new Forum();
    forum.write(dir.resolve("forum"));
    SupportTickets tickets = new SupportTickets();
    tickets.write(dir.resolve("support-tickets"));
    new Papers().write(dir.resolve("papers"));
    new SyntheticQa().write(dir.resolve("synthetic"));

    List<String> articles = english.stream().map(Encyclopedia.Article::text).toList();
    List<EvalQa.Quote> quotes = new ArrayList<>();
    for (int index : Encyclopedia.QUOTED_BY_EVAL) {
      Encyclopedia.Article article = english.get(index);
      quotes.add(new EvalQa.Quote(
          EvalQa.passage(article.text(), without(articles, index)), article.title()));
    }
    quotes.add(new EvalQa.Quote(
        EvalQa.passage(news.quotedStory(), without(news.stories(), news.quotedIndex())),
        "A local news story."));
    quotes.add(new EvalQa.Quote(EvalQa.passage(books.texts().get(Books.QUOTED_ROW),
        without(books.texts(), Books.QUOTED_ROW)), "A chapter of a novel."));
    quotes.add(new EvalQa.Quote(EvalQa.passage(forum.posts().get(Forum.QUOTED_POST),
        without(forum.posts(), Forum.QUOTED_POST)), "A question on a help forum."));
    new EvalQa().write(dir.resolve("eval-qa"), quotes);
    return tickets.canaries();
  }

  /** All texts but the one at {@code index}; null texts (planted empty rows) left out. */
  private static List<String> without(List<String> texts, int index) {
    List<String> others = new ArrayList<>();
    for (int i = 0; i < texts.size(); i++) {
      if (i != index && texts.get(i) != null) {
        others.add(texts.get(i));
      }
    }
    return others;
  }

  private static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }
}
