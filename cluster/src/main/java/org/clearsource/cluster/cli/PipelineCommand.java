package org.clearsource.cluster.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.clearsource.cluster.spark.AuditPipeline;
import org.clearsource.core.ClearsourceException;
import org.clearsource.core.manifest.Manifest;
import org.clearsource.core.run.RunLayout;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * A command that runs stages on a run directory: it validates the manifest, starts Spark, runs
 * {@link #run}, and stops Spark whatever happens.
 */
abstract class PipelineCommand implements Callable<Integer> {

  @Spec CommandSpec spec;
  @Mixin ManifestArgument manifest;
  @Mixin RunOptions options;
  @Mixin SparkOptions spark;

  /** Runs the command's stages and prints their results; returns the exit code. */
  abstract int run(AuditPipeline pipeline, Manifest manifest, RunLayout layout, PrintWriter out,
      Console console);

  /** Reads and checks what the command needs before Spark starts; nothing by default. */
  void prepare() {}

  /** The folders the command writes, besides the run directory. */
  List<OutputFolders.Output> extraOutputs() {
    return List.of();
  }

  @Override
  public final Integer call() {
    Manifest read = manifest.read(spark.conf);
    options.check(spec.commandLine());
    prepare();
    List<OutputFolders.Output> outputs = new ArrayList<>();
    outputs.add(new OutputFolders.Output("the run directory (--out)", options.out));
    outputs.addAll(extraOutputs());
    try {
      OutputFolders.check(outputs, read, ManifestArgument.hadoopConf(spark.conf));
    } catch (ClearsourceException e) {
      throw new UsageException(e.getMessage(), e);
    }
    Console console = new Console(spec.commandLine().getErr());
    console.progress("validate", "manifest ok: " + read.sources().size() + " sources");
    try (AuditPipeline pipeline = AuditPipeline.start(spark.effectiveMaster(), spark.conf)) {
      console.progress("spark", "running on " + pipeline.master());
      return run(pipeline, read, new RunLayout(options.out), spec.commandLine().getOut(), console);
    }
  }
}
