/**
 * A real standalone Spark cluster on this machine, without a Spark distribution: one master and N
 * workers as separate JVMs on 127.0.0.1, started from a classpath that holds Spark (the project's
 * own), recorded in {@code cluster.json} so that they can be checked and stopped by PID later.
 *
 * <p>Plain Java: processes are started with {@link java.lang.ProcessBuilder} and watched through
 * {@link java.lang.ProcessHandle}; the master is queried over HTTP on its web UI's JSON endpoint.
 * Nothing here links against Spark.
 */
package org.clearsource.cluster.standalone;
