import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * Compiles many independent Java programs in one JVM (javac's start-up and warm-up are paid
 * once, not once per program). Each line of the job file is
 * {@code OUTPUT_DIR<TAB>SOURCE<TAB>SOURCE...}; each program is compiled into its own
 * directory, javac's messages go to OUTPUT_DIR/javac.txt, and one line
 * {@code OUTPUT_DIR<TAB>EXIT_CODE} is printed per program, in job order.
 */
public final class CompileAll {
    public static void main(String[] args) throws IOException {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        if (javac == null) {
            System.err.println("no system Java compiler: a JDK (not a JRE) is needed");
            System.exit(2);
        }
        for (String line : Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8)) {
            if (line.isEmpty()) {
                continue;
            }
            String[] fields = line.split("\t");
            Path out = Path.of(fields[0]);
            Files.createDirectories(out);
            List<String> argv = new ArrayList<>(List.of("-d", out.toString(), "-encoding", "UTF-8", "-nowarn", "-proc:none", "-implicit:none"));
            argv.addAll(Arrays.asList(fields).subList(1, fields.length));
            ByteArrayOutputStream messages = new ByteArrayOutputStream();
            int code;
            try (PrintStream err = new PrintStream(messages, true, StandardCharsets.UTF_8)) {
                code = javac.run(null, err, err, argv.toArray(new String[0]));
            }
            Files.write(out.resolve("javac.txt"), messages.toByteArray());
            System.out.println(out + "\t" + code);
        }
    }
}
