package org.xingping.decision.calibration;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

import org.xingping.decision.calibration.SyntheticCampaign.Design;

/**
 * How long calibration takes and how close it comes, on synthetic campaigns.
 *
 * <p>Timing: the reference campaign (712 branches, five groups of four, 23 items, two linking
 * branches per group) and ten times its branches, once with the same five groups and once with
 * fifty; the median and fastest of 15 runs after a warm-up, on one thread, generation not
 * counted; the whole calibration and the severities alone (the agreement is most of the time).
 *
 * <p>Accuracy: at the reference size, for several linking branches per group and several levels
 * of a member's noise on an item score, scores entered exactly or in half points, over seeds 1 to
 * SEEDS (50 unless given), the share of campaigns whose every offset is within
 * ±0.5 points of the truth, the root mean square and largest error, the mean reported standard
 * error and the residual standard deviation of a group's total.
 *
 * <p>The standard error of an offset is about 0.8σ/√L for L linking branches per group, σ the
 * residual standard deviation; all five offsets fall within ±0.5 in about 95 % of campaigns when
 * L ≳ 17σ². A real campaign's σ, which the calibration reports, tells which line applies to it.
 *
 * <pre>
 * bench/run.sh Calibration [SEEDS]
 * </pre>
 */
public final class CalibrationBenchmark {

    private static final int RUNS = 15;
    private static final int WARM_UP = 20;

    private CalibrationBenchmark() {
    }

    public static void main(String[] args) {
        int seeds = args.length > 0 ? Integer.parseInt(args[0]) : 50;
        // The load beside the figures: on a shared machine the medians move with it.
        System.out.printf(Locale.ROOT, "java %s, %d processors, load average %.2f%n", System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(), ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        Design reference = Design.reference();
        warmUp(reference.withBranches(7120));
        time("reference: 712 branches, 5 groups", reference);
        time("10x branches: 7,120 branches, 5 groups", reference.withBranches(7120));
        time("10x branches and groups: 7,120 branches, 50 groups", reference.withBranches(7120).withGroups(50, 4));
        System.out.printf(Locale.ROOT, "%naccuracy at 712 branches, 5 groups of 4, %d seeds per line%n", seeds);
        System.out.println("links/group  noise/item  scored in  within ±0.5  rms error  largest  mean s.e.  residual s.d.");
        for (double step : new double[] {0, 0.5}) {
            for (double noise : new double[] {0.1, 0.2, 0.3, 0.5}) {
                for (int links : new int[] {2, 4, 8, 12, 16, 24}) {
                    accuracy(reference.withLinkingPerGroup(links).withNoise(noise, step), seeds);
                }
            }
        }
    }

    /** Every path the timings take, compiled before the first is timed, so the first is not the slowest. */
    private static void warmUp(Design design) {
        Collection<BranchObservation> observations = design.generate(2).observations();
        for (int run = 0; run < WARM_UP; run++) {
            Calibrator.calibrate(observations);
        }
    }

    /** The whole calibration (severities, totals, agreement), then the severities alone. */
    private static void time(String label, Design design) {
        Collection<BranchObservation> observations = design.generate(1).observations();
        System.out.printf(Locale.ROOT, "%s (%,d observations)%n", label, observations.size());
        report("  calibrate", timed(() -> Calibrator.calibrate(observations)));
        report("  severities alone", timed(() -> SeverityModel.estimate(Observations.of(observations))));
    }

    private static List<Long> timed(Runnable calibration) {
        List<Long> nanos = new ArrayList<>();
        for (int run = 0; run < RUNS + 5; run++) {
            long start = System.nanoTime();
            calibration.run();
            // The first five are more warm-up.
            if (run >= 5) {
                nanos.add(System.nanoTime() - start);
            }
        }
        nanos.sort(null);
        return nanos;
    }

    private static void report(String label, List<Long> nanos) {
        System.out.printf(Locale.ROOT, "%-20s median %7.1f ms, fastest %7.1f ms%n", label, nanos.get(nanos.size() / 2) / 1e6, nanos.get(0) / 1e6);
    }

    private static void accuracy(Design design, int seeds) {
        int within = 0;
        double squares = 0;
        double largest = 0;
        double standardErrors = 0;
        double residuals = 0;
        int offsets = 0;
        for (long seed = 1; seed <= seeds; seed++) {
            SyntheticCampaign campaign = design.generate(seed);
            CalibrationResult result = Calibrator.calibrate(campaign.observations());
            List<Double> errors = List.copyOf(campaign.errors(result).values());
            within += errors.stream().allMatch(error -> Math.abs(error) <= 0.5) ? 1 : 0;
            for (double error : errors) {
                squares += error * error;
                largest = Math.max(largest, Math.abs(error));
            }
            offsets += errors.size();
            standardErrors += result.severities().stream()
                    .mapToDouble(severity -> severity.standardError().computed().orElseThrow().doubleValue()).sum();
            residuals += result.residualStandardDeviation().computed().orElseThrow().doubleValue();
        }
        System.out.printf(Locale.ROOT, "%11d  %10.2f  %9s  %10.0f%%  %9.3f  %7.3f  %9.3f  %13.3f%n", design.linkingPerGroup(), design.noise(),
                design.step() == 0 ? "exact" : "steps " + design.step(), 100.0 * within / seeds, Math.sqrt(squares / offsets), largest,
                standardErrors / offsets, residuals / seeds);
    }
}
