package org.clearsource.cluster.cli;

import picocli.CommandLine.Command;

/** The top-level {@code clearsource} command. */
@Command(
    name = "clearsource",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Measures what an AI training corpus holds: provenance, licences, opt-outs,"
        + " duplicates; and writes the reports the Open Source AI Definition and the EU AI Act ask"
        + " for.",
    subcommands = {ValidateCommand.class, IngestCommand.class, DedupCommand.class,
        ScanCommand.class, ReportCommand.class, AuditCommand.class, ClusterCommand.class},
    footer = {
        "",
        "bin/clearsource submit --master URL [spark-submit options] -- COMMAND [ARGS...]",
        "  runs COMMAND's driver on a cluster through spark-submit (docs/cluster.md);"
            + " bin/clearsource submit --help explains it.",
        "",
        "Exit codes: 0 ok, 1 audit verdict failed, 2 usage or invalid manifest,"
            + " 3 input error (e.g. unreadable file), 4 internal or Spark error,"
            + " 130 interrupted (Ctrl-C; the same command resumes)."
    })
final class ClearsourceCommand {}
