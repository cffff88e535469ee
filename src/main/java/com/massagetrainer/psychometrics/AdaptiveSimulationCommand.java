package com.massagetrainer.psychometrics;

import com.massagetrainer.bank.QuestionBank;
import com.massagetrainer.bank.QuestionContent;
import com.massagetrainer.bank.TopicDefinition;
import com.massagetrainer.bank.format.BankValidator;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * The evidence for the adaptive exam: {@code ./mvnw -q compile exec:java
 * -Dexec.mainClass=com.massagetrainer.psychometrics.AdaptiveSimulationCommand} (optional arguments: students,
 * randomesque k). Prints the comparison table that docs/ADAPTIVE.md records.
 *
 * <p>The bank's items get "true" difficulties from their author rating plus spread; a calibration sample of 2,000
 * simulated students each sits a blueprint form and the bank is calibrated from their answers (penalised CML, the
 * app's method). Those calibrated difficulties are what the main run's students answer by. A second run gives the
 * exam difficulties calibrated from only 200 students while students still answer by the 2,000-student values.
 */
public final class AdaptiveSimulationCommand {

    private static final long SEED = 20261205L;

    private AdaptiveSimulationCommand() {
    }

    public static void main(String[] args) {
        int students = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int randomesque = args.length > 1 ? Integer.parseInt(args[1]) : 8;
        double maxExposure = args.length > 2 ? Double.parseDouble(args[2]) : 0.22;
        QuestionBank bank = new BankValidator().validate(Path.of("question-bank")).bank()
                .orElseThrow(() -> new IllegalStateException("the bank has errors: run the bank check"));
        List<QuestionContent> questions = bank.questions();
        String[] topics = questions.stream().map(QuestionContent::topic).toArray(String[]::new);
        Map<String, Integer> weights = new LinkedHashMap<>();
        for (TopicDefinition topic : bank.topics()) {
            weights.put(topic.id(), topic.weight());
        }
        double[] priors = questions.stream().mapToDouble(q -> Rasch.priorDifficulty(q.difficulty())).toArray();

        Random random = new Random(SEED);
        double[] generating = new double[priors.length];
        for (int i = 0; i < priors.length; i++) {
            generating[i] = priors[i] + 0.7 * random.nextGaussian();
        }
        double[] calibrated = calibrate(generating, priors, topics, weights, 2_000, random);
        double[] small = calibrate(generating, priors, topics, weights, 200, random);

        AdaptiveSimulation exact = new AdaptiveSimulation(calibrated, calibrated, topics, weights, 70, randomesque,
                maxExposure);
        AdaptiveSimulation rough = new AdaptiveSimulation(calibrated, small, topics, weights, 70, randomesque,
                maxExposure);
        double cut = exact.cut();
        System.out.printf(Locale.ROOT, "Bank: %d questions, %d topics. Pass mark 70%%, cut score %.3f logits "
                + "(%.1f%% of N(0,1) above it). %d simulated students, randomesque k = %d, exposure limit %.0f%%.%n%n",
                questions.size(), weights.size(), cut, 100 * (1 - normalCdf(cut)), students, randomesque,
                100 * maxExposure);
        List<AdaptiveSimulation.Outcome> rows = new ArrayList<>();
        rows.add(exact.fixedForm(students, SEED + 1));
        rows.add(exact.adaptive(students, StoppingRule.variable(exact.cut()), SEED + 2));
        rows.add(exact.adaptive(students, StoppingRule.fixed(exact.cut()), SEED + 3));
        print("Difficulties known (calibrated from 2,000 students)", rows);
        List<AdaptiveSimulation.Outcome> roughRows = new ArrayList<>();
        roughRows.add(rough.fixedForm(students, SEED + 1));
        roughRows.add(rough.adaptive(students, StoppingRule.variable(rough.cut()), SEED + 2));
        print("Exam uses difficulties calibrated from only 200 students (cut "
                + String.format(Locale.ROOT, "%.3f", rough.cut()) + ")", roughRows);
        double rmse = 0;
        for (int i = 0; i < calibrated.length; i++) {
            rmse += Math.pow(small[i] - calibrated[i], 2);
        }
        System.out.printf(Locale.ROOT, "RMSE of the 200-student difficulties against the 2,000-student ones: %.3f%n",
                Math.sqrt(rmse / calibrated.length));
    }

    private static double[] calibrate(double[] generating, double[] priors, String[] topics,
                                      Map<String, Integer> weights, int students, Random random) {
        Map<String, List<Integer>> byTopic = new LinkedHashMap<>();
        for (int i = 0; i < topics.length; i++) {
            byTopic.computeIfAbsent(topics[i], t -> new ArrayList<>()).add(i);
        }
        List<ResponseRecord> persons = new ArrayList<>();
        for (int s = 0; s < students; s++) {
            double theta = random.nextGaussian();
            List<Integer> items = new ArrayList<>();
            for (Map.Entry<String, Integer> topic : weights.entrySet()) {
                List<Integer> pool = new ArrayList<>(byTopic.getOrDefault(topic.getKey(), List.of()));
                for (int k = 0; k < topic.getValue() && !pool.isEmpty(); k++) {
                    items.add(pool.remove(random.nextInt(pool.size())));
                }
            }
            int[] ids = items.stream().mapToInt(Integer::intValue).toArray();
            boolean[] correct = new boolean[ids.length];
            for (int k = 0; k < ids.length; k++) {
                correct[k] = random.nextDouble() < Rasch.probability(theta, generating[ids[k]]);
            }
            persons.add(new ResponseRecord(ids, correct));
        }
        return RaschCalibration.withPriors(priors, 1).estimate(persons).stream()
                .mapToDouble(ItemEstimate::difficulty).toArray();
    }

    private static void print(String title, List<AdaptiveSimulation.Outcome> rows) {
        System.out.println(title);
        System.out.println("| exam | classification accuracy | mean items | items p0/p10/p50/p90/p100 | RMSE of ability "
                + "| max exposure | mean exposure | tests where a topic left its band |");
        System.out.println("|---|---|---|---|---|---|---|---|");
        for (AdaptiveSimulation.Outcome o : rows) {
            int[] p = o.itemPercentiles();
            System.out.printf(Locale.ROOT, "| %s | %.2f%% | %.1f | %d/%d/%d/%d/%d | %.3f | %.1f%% | %.1f%% | %.2f%% |%n",
                    o.exam(), 100 * o.accuracy(), o.meanItems(), p[0], p[1], p[2], p[3], p[4], o.rmse(),
                    100 * o.maxExposure(), 100 * o.meanExposure(), 100 * o.testsLeavingBand());
        }
        System.out.println();
    }

    private static double normalCdf(double x) {
        // Abramowitz-Stegun 7.1.26 through erf; enough for a printed percentage.
        double t = 1 / (1 + 0.3275911 * Math.abs(x) / Math.sqrt(2));
        double erf = 1 - t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027
                + t * 1.061405429)))) * Math.exp(-x * x / 2);
        return 0.5 * (1 + Math.signum(x) * erf);
    }
}
