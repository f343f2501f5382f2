package elastream.yamlserver;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.codelibs.elasticsearch.runner.node.ClusterRunnerNode;
import org.elasticsearch.common.logging.LogConfigurator;
import org.elasticsearch.common.settings.KeyStoreWrapper;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.env.Environment;
import org.elasticsearch.http.HttpServerTransport;
import org.elasticsearch.node.InternalSettingsPreparer;
import org.elasticsearch.node.Node;
import org.elasticsearch.plugins.Plugin;

/**
 * One Elasticsearch node, embedded, for the YAML REST tests: {@code YamlServer <home-dir> [http-port]}.
 *
 * <p>Prints {@code ELASTREAM_YAML_SERVER_READY http://127.0.0.1:PORT} once the node answers HTTP, then runs
 * until its standard input closes (so it never outlives the Node.js script that started it) or it gets
 * SIGTERM. Port 0 (the default) lets the kernel choose a free port, so two runs never collide.
 */
public final class YamlServer {
  /** The modules a full 7.10.2 OSS distribution loads; those not on the class path are skipped. */
  private static final String[] MODULES = {
    "org.elasticsearch.search.aggregations.matrix.MatrixAggregationPlugin",
    "org.elasticsearch.analysis.common.CommonAnalysisPlugin",
    "org.elasticsearch.ingest.common.IngestCommonPlugin",
    "org.elasticsearch.ingest.useragent.IngestUserAgentPlugin",
    "org.elasticsearch.script.expression.ExpressionPlugin",
    "org.elasticsearch.script.mustache.MustachePlugin",
    "org.elasticsearch.painless.PainlessPlugin",
    "org.elasticsearch.index.mapper.MapperExtrasPlugin",
    "org.elasticsearch.join.ParentJoinPlugin",
    "org.elasticsearch.percolator.PercolatorPlugin",
    "org.elasticsearch.index.rankeval.RankEvalPlugin",
    "org.elasticsearch.index.reindex.ReindexPlugin",
    "org.elasticsearch.plugin.repository.url.URLRepositoryPlugin",
    "org.elasticsearch.transport.Netty4Plugin",
  };

  private static final String LOG4J2 =
      String.join(
          "\n",
          "status = error",
          "appender.console.type = Console",
          "appender.console.name = console",
          "appender.console.layout.type = PatternLayout",
          "appender.console.layout.pattern = [%d{ISO8601}][%-5p][%-25c{1.}] [%node_name]%marker %m%n",
          "rootLogger.level = warn",
          "rootLogger.appenderRef.console.ref = console",
          "appender.header_warning.type = HeaderWarningAppender",
          "appender.header_warning.name = header_warning",
          "logger.deprecation.name = org.elasticsearch.deprecation",
          "logger.deprecation.level = info",
          "logger.deprecation.appenderRef.header_warning.ref = header_warning",
          "logger.deprecation.additivity = false",
          "");

  private YamlServer() {}

  public static void main(String[] args) throws Exception {
    if (args.length < 1) {
      System.err.println("usage: YamlServer <home-dir> [http-port]");
      System.exit(2);
    }
    Path home = Path.of(args[0]).toAbsolutePath();
    String port = args.length > 1 ? args[1] : "0";
    for (String dir : new String[] {"config", "data", "logs", "repo"}) {
      Files.createDirectories(home.resolve(dir));
    }

    // The settings Elasticsearch's own test clusters use for the YAML suite, so the tests meet the server
    // they were written for (rest-api-spec/test/README.asciidoc): a test attribute, a snapshot repository
    // path and URL allow-list, no disk watermarks (a busy CI disk must not block allocation) and no script
    // compilation limit (the painless tests compile many).
    Settings settings =
        Settings.builder()
            .put("path.home", home.toString())
            .put("path.data", home.resolve("data").toString())
            .put("path.logs", home.resolve("logs").toString())
            .put("path.repo", home.resolve("repo").toString())
            .put("repositories.url.allowed_urls", "http://snapshot.*")
            .put("cluster.name", "elastream-yaml")
            .put("node.name", "yaml-0")
            .put("node.attr.testattr", "test")
            .put("network.host", "127.0.0.1")
            .put("http.port", port)
            .put("transport.port", "0")
            .put("discovery.type", "single-node")
            .put("cluster.routing.allocation.disk.threshold_enabled", "false")
            .put("script.disable_max_compilations_rate", "true")
            .put("indices.breaker.total.use_real_memory", "false")
            .put("http.type", "netty4")
            .put("transport.type", "netty4")
            .build();

    // Deprecation warnings reach the HTTP `Warning` header only through the HeaderWarningAppender of the
    // logging config (the YAML tests assert those headers), so a config file is written, not defaulted.
    Files.writeString(home.resolve("config").resolve("log4j2.properties"), LOG4J2);
    LogConfigurator.setNodeName("yaml-0");

    List<Class<? extends Plugin>> plugins = new ArrayList<>();
    for (String name : MODULES) {
      try {
        plugins.add(Class.forName(name).asSubclass(Plugin.class));
      } catch (ClassNotFoundException e) {
        System.err.println("module not on the class path, skipped: " + name);
      }
    }

    // An empty keystore, as a real installation has: nodes.reload_secure_settings tests expect one.
    KeyStoreWrapper keystore = KeyStoreWrapper.create();
    keystore.save(home.resolve("config"), new char[0]);

    Environment env = InternalSettingsPreparer.prepareEnvironment(settings, java.util.Map.of(), home.resolve("config"), () -> "yaml-0");
    LogConfigurator.configure(env);
    Node node = new ClusterRunnerNode(env, plugins);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> closeQuietly(node)));
    node.start();

    int boundPort = node.injector().getInstance(HttpServerTransport.class).boundAddress().publishAddress().getPort();
    // Straight to file descriptor 1: once logging is configured, System.out no longer reaches the parent.
    PrintStream ready = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
    ready.println("ELASTREAM_YAML_SERVER_READY http://127.0.0.1:" + boundPort);

    // Wait for the parent to close our stdin (or die); then close the node so its data dir is left clean.
    InputStream in = System.in;
    byte[] buf = new byte[256];
    try {
      while (in.read(buf) >= 0) {
        // Input is ignored; only its end matters.
      }
    } catch (IOException ignored) {
      // A broken pipe means the parent is gone: stop as well.
    }
    closeQuietly(node);
    System.exit(0);
  }

  private static void closeQuietly(Node node) {
    try {
      node.close();
      node.awaitClose(10, TimeUnit.SECONDS);
    } catch (Exception e) {
      System.err.println("closing the node failed: " + e);
    }
  }
}
