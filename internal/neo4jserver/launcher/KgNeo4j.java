import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;

/**
 * Runs Neo4j Community embedded, with only its Bolt connector listening on
 * loopback, for machines that have no Neo4j of their own.
 *
 * Usage: KgNeo4j --home DIR --port N [--config key=value]...
 * The password of user neo4j comes from the environment variable
 * KG_NEO4J_PASSWORD so that it never shows in a process listing.
 *
 * It prints one line "KG-NEO4J READY bolt://127.0.0.1:N" on stdout once the
 * database accepts connections, and stops cleanly when its standard input
 * closes (the parent went away) or on SIGTERM.
 */
public final class KgNeo4j {
    public static void main(String[] args) throws Exception {
        Path home = null;
        int port = 0;
        Map<String, String> config = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--home" -> home = Path.of(args[++i]);
                case "--port" -> port = Integer.parseInt(args[++i]);
                case "--config" -> {
                    String kv = args[++i];
                    int eq = kv.indexOf('=');
                    if (eq <= 0) {
                        fail("bad --config " + kv);
                    }
                    config.put(kv.substring(0, eq), kv.substring(eq + 1));
                }
                default -> fail("unknown argument " + args[i]);
            }
        }
        if (home == null || port <= 0) {
            fail("usage: KgNeo4j --home DIR --port N [--config key=value]...");
        }
        String password = System.getenv("KG_NEO4J_PASSWORD");
        if (password == null || password.length() < 8) {
            fail("KG_NEO4J_PASSWORD must hold a password of at least 8 characters");
        }

        // Loopback only: nothing but this machine can reach the database.
        config.put("server.bolt.enabled", "true");
        config.put("server.bolt.listen_address", "127.0.0.1:" + port);
        config.put("server.bolt.advertised_address", "127.0.0.1:" + port);
        config.put("server.bolt.tls_level", "DISABLED");
        config.put("dbms.security.auth_enabled", "true");

        // The builder takes raw settings only from a file; writing one also
        // leaves a record of how the database was last started.
        Path conf = home.resolve("kg-neo4j.conf");
        StringBuilder lines = new StringBuilder();
        config.forEach((k, v) -> lines.append(k).append('=').append(v).append('\n'));
        Files.writeString(conf, lines.toString());
        DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(home)
                .loadPropertiesFromFile(conf)
                .build();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            shutdown(dbms);
            stopped.countDown();
        }));

        // The password is set on every start, so it never has to be stored.
        dbms.database("system").executeTransactionally(
                "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED",
                Map.of("password", password));
        dbms.database("neo4j").executeTransactionally("RETURN 1");

        System.out.println("KG-NEO4J READY bolt://127.0.0.1:" + port);
        System.out.flush();

        drain(System.in);
        System.exit(0); // runs the shutdown hook
    }

    private static void drain(InputStream in) {
        byte[] buf = new byte[256];
        try {
            while (in.read(buf) >= 0) {
                // Only end-of-file matters.
            }
        } catch (IOException e) {
            // A broken pipe means the parent is gone: stop as on end-of-file.
        }
    }

    private static synchronized void shutdown(DatabaseManagementService dbms) {
        try {
            dbms.shutdown();
        } catch (RuntimeException e) {
            System.err.println("KG-NEO4J shutdown: " + e);
        }
    }

    private static void fail(String msg) {
        System.err.println("KG-NEO4J " + msg);
        System.exit(2);
    }
}
