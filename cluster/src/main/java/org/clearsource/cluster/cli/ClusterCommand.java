package org.clearsource.cluster.cli;

import picocli.CommandLine.Command;

/**
 * {@code clearsource cluster start|stop|status}: a standalone Spark cluster on this machine, run
 * from the project's classpath, to try cluster runs without installing Spark. Public so that tools
 * and tests can run it on their own {@code CommandLine}.
 */
@Command(
    name = "cluster",
    mixinStandardHelpOptions = true,
    description = "A standalone Spark cluster on this machine: one master and N workers, each a"
        + " JVM on 127.0.0.1, run from the project's classpath (no Spark installation needed)."
        + " Submit to it with `bin/clearsource submit --master <URL> -- audit ...`.",
    subcommands = {ClusterStartCommand.class, ClusterStopCommand.class,
        ClusterStatusCommand.class})
public final class ClusterCommand {}
