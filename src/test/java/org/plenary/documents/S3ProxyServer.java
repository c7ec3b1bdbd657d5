package org.plenary.documents;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;

/**
 * A real S3-compatible server for the tests: S3Proxy over a local directory (jclouds' filesystem
 * back end: each object is a file under {@code <dir>/data/<bucket>/<key>}), on a free loopback port,
 * with AWS signature checks on. It runs in its own JVM from its own classpath, resolved once by
 * {@code src/test/s3proxy/pom.xml} into {@code target/s3proxy/classpath.txt}: on the tests' classpath
 * its Jackson 2 XML and CBOR modules would add message converters to the shared application context.
 */
final class S3ProxyServer implements AutoCloseable {

    static final String REGION = "us-east-1";

    final Path dir;
    final URI endpoint;
    final StaticCredentialsProvider credentials;
    private final Process process;

    private S3ProxyServer(Path dir, URI endpoint, StaticCredentialsProvider credentials, Process process) {
        this.dir = dir;
        this.endpoint = endpoint;
        this.credentials = credentials;
        this.process = process;
    }

    /** The file that holds an object's bytes, so that a test can age it as time passing would. */
    Path objectFile(String bucket, String key) {
        return dir.resolve("data").resolve(bucket).resolve(key);
    }

    static S3ProxyServer start(Path dir) throws IOException {
        Files.createDirectories(dir.resolve("data"));
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        String identity = "plenary-test";
        String credential = UUID.randomUUID().toString();
        Path conf = Files.writeString(dir.resolve("s3proxy.conf"), String.join("\n",
                "s3proxy.endpoint=http://127.0.0.1:" + port,
                "s3proxy.authorization=aws-v2-or-v4",
                "s3proxy.identity=" + identity,
                "s3proxy.credential=" + credential,
                // S3Proxy does not implement x-amz-checksum-sha256 (AWS, MinIO and Ceph check it): accepted
                // unchecked here, the tests compare the bytes read back by their hash instead
                "s3proxy.ignore-unknown-headers=true",
                "jclouds.provider=filesystem",
                "jclouds.filesystem.basedir=" + dir.resolve("data").toAbsolutePath()) + "\n");
        Path logback = Files.writeString(dir.resolve("logback.xml"), """
                <configuration>
                  <appender name="out" class="ch.qos.logback.core.ConsoleAppender">
                    <encoder><pattern>%d %-5level %logger{20} %msg%n</pattern></encoder>
                  </appender>
                  <root level="WARN"><appender-ref ref="out"/></root>
                </configuration>
                """);
        List<String> cmd = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-XX:TieredStopAtLevel=1", "-Dlogback.configurationFile=" + logback.toAbsolutePath(),
                "-cp", classpath(), "org.gaul.s3proxy.Main", "--properties", conf.toAbsolutePath().toString());
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true)
                .redirectOutput(dir.resolve("s3proxy.log").toFile()).start();
        S3ProxyServer server = new S3ProxyServer(dir, URI.create("http://127.0.0.1:" + port),
                StaticCredentialsProvider.create(AwsBasicCredentials.create(identity, credential)), p);
        try {
            await("S3Proxy listening on " + port).atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(200))
                    .failFast("S3Proxy exited, see " + dir.resolve("s3proxy.log"), () -> !p.isAlive())
                    .until(() -> listening(port));
        } catch (RuntimeException e) {
            server.close();
            throw e;
        }
        return server;
    }

    private static boolean listening(int port) {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress("127.0.0.1", port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** S3Proxy's classpath, resolved by Maven from its own pom the first time. */
    static synchronized String classpath() throws IOException {
        Path out = Path.of("target", "s3proxy", "classpath.txt").toAbsolutePath();
        if (!Files.isRegularFile(out) || Files.size(out) == 0) {
            Files.createDirectories(out.getParent());
            Path log = out.resolveSibling("resolve.log");
            List<String> cmd = List.of(Path.of("mvnw").toAbsolutePath().toString(), "-B", "-ntp", "-q",
                    "-f", Path.of("src", "test", "s3proxy", "pom.xml").toAbsolutePath().toString(),
                    "dependency:build-classpath", "-Dmdep.outputFile=" + out);
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            try {
                if (!p.waitFor(10, TimeUnit.MINUTES) || p.exitValue() != 0) {
                    p.destroyForcibly();
                    throw new IllegalStateException("could not resolve S3Proxy's classpath, see " + log);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        return Files.readString(out).strip();
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(20, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
