import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import org.reformindicators.benchmarks.dossier.DossierDerivationBenchmark;
import org.reformindicators.core.derivation.RuleSet;
import org.reformindicators.io.dossier.RuleSetReader;
import org.reformindicators.io.problem.ReadOptions;

/**
 * Wall and thread CPU time of three passes of the library's derivation and of the hand-written loop over one
 * dossier file, in one JVM (docs/benchmarks.md, section 5). The thread CPU time is what a loaded machine inflates
 * least. Run from the repository root after packaging the benchmarks:
 *
 * <pre>java -Xmx512m -cp benchmarks/target/benchmarks.jar benchmarks/scripts/DossierCpuTime.java FILE</pre>
 */
public class DossierCpuTime {
  public static void main(String[] args) throws Exception {
    Path file = Path.of(args[0]);
    RuleSet rules = RuleSetReader.create(ReadOptions.defaults()).bundled("dvc-766");
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    for (int pass = 1; pass <= 3; pass++) {
      for (String which : new String[] {"derive", "handLoop"}) {
        long cpu0 = mx.getCurrentThreadCpuTime();
        long wall0 = System.nanoTime();
        Object result = which.equals("derive")
            ? DossierDerivationBenchmark.derive(file, rules)
            : DossierDerivationBenchmark.handLoop(file);
        long cpu = mx.getCurrentThreadCpuTime() - cpu0;
        long wall = System.nanoTime() - wall0;
        System.out.printf("pass %d %-8s wall %.1f s, thread cpu %.1f s, load %s (%s)%n", pass, which, wall / 1e9,
            cpu / 1e9, Files.readString(Path.of("/proc/loadavg")).trim(), result.getClass().getSimpleName());
      }
    }
  }
}
