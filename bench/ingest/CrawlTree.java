import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.clearsource.core.manifest.HowObtained;
import org.clearsource.core.manifest.OsaidClass;
import org.clearsource.core.manifest.Provenance;
import org.clearsource.core.manifest.ReaderOptions;
import org.clearsource.core.manifest.Source;
import org.clearsource.core.manifest.SourceFormat;
import org.clearsource.ingestion.crawl.CrawlResult;
import org.clearsource.ingestion.crawl.FileCrawler;

/**
 * The crawl alone, over a tree of many small files: {@code CrawlTree.java make DIR FILES DIRS}
 * writes the tree (a file in a hundred is hidden, one in a thousand a symbolic link), {@code
 * CrawlTree.java crawl DIR THREADS} lists it the way ingest does and prints what it found.
 */
public final class CrawlTree {
  public static void main(String[] args) throws Exception {
    Path root = Path.of(args[1]);
    if (args[0].equals("make")) {
      int files = Integer.parseInt(args[2]);
      int dirs = Integer.parseInt(args[3]);
      for (int i = 0; i < files; i++) {
        Path dir = root.resolve("d" + (i % dirs));
        Files.createDirectories(dir);
        String name = (i % 100 == 99 ? "." : "") + "f" + i + ".txt";
        if (i % 1000 == 999) {
          Files.createSymbolicLink(dir.resolve("link-" + name), root.resolve("d0/f0.txt"));
        }
        Files.writeString(dir.resolve(name), "file " + i);
      }
      return;
    }
    Source source = new Source("s", "s", null, OsaidClass.OPEN, List.of(root.toString()),
        SourceFormat.AUTO, ReaderOptions.defaults(),
        new Provenance("x", null, null, null, HowObtained.OTHER, null, null, null, null, null,
            null), 0, 1);
    CrawlResult result =
        new FileCrawler(new Configuration(), Integer.parseInt(args[2])).crawl(source);
    System.out.println(result.files().size() + " files, " + result.skipped().size() + " skipped");
  }
}
