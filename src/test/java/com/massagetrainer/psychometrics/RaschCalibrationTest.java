package com.massagetrainer.psychometrics;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class RaschCalibrationTest {

    @Test
    void matchesErmOnACompleteDataSet() throws IOException {
        assertMatchesErm("complete");
    }

    @Test
    void matchesErmWhenStudentsSawDifferentItems() throws IOException {
        assertMatchesErm("sparse");
    }

    private static void assertMatchesErm(String name) throws IOException {
        List<ResponseRecord> persons = responses(name + "-responses.csv");
        List<double[]> reference = erm(name + "-erm.csv");
        List<ItemEstimate> estimates = RaschCalibration.conditional(reference.size()).estimate(persons);

        double mean = estimates.stream().mapToDouble(ItemEstimate::difficulty).average().orElseThrow();
        for (int i = 0; i < reference.size(); i++) {
            double[] erm = reference.get(i);
            ItemEstimate ours = estimates.get(i);
            assertThat(ours.difficulty() - mean).as("difficulty of item %d", i + 1).isCloseTo(erm[0], within(0.05));
            // eRm's standard errors come from the full Hessian, ours from its diagonal: close, not equal.
            assertThat(ours.standardError()).as("standard error of item %d", i + 1).isCloseTo(erm[1], within(0.03));
        }
    }

    @Test
    void aNewItemStaysAtItsPriorAndMovesToTheDataAsResponsesGrow() {
        Random random = new Random(5);
        double trueDifficulty = 1.5;
        double[] others = {-1, -0.5, 0, 0.5, 1};
        double[] priors = {0, -1, -0.5, 0, 0.5, 1};

        List<ItemEstimate> none = RaschCalibration.withPriors(priors, 1).estimate(List.of());
        assertThat(none.get(0).difficulty()).isCloseTo(0, within(1e-9));
        assertThat(none.get(0).standardError()).isCloseTo(1, within(1e-9));

        double previousError = Double.MAX_VALUE;
        double previousDistance = Double.MAX_VALUE;
        for (int persons : new int[] {20, 200, 2000}) {
            List<ItemEstimate> estimates = RaschCalibration.withPriors(priors, 1)
                    .estimate(simulate(persons, trueDifficulty, others, new Random(random.nextLong())));
            ItemEstimate item = estimates.get(0);
            // CML fixes difficulties only relative to each other (the priors set the origin), so the new item is
            // measured against the mean of the others, whose true mean is 0.
            double othersMean = estimates.subList(1, 6).stream().mapToDouble(ItemEstimate::difficulty).average()
                    .orElseThrow();
            double distance = Math.abs(item.difficulty() - othersMean - trueDifficulty);
            assertThat(item.standardError()).isLessThan(previousError);
            assertThat(distance).isLessThan(previousDistance + 0.05);
            previousError = item.standardError();
            previousDistance = distance;
        }
        assertThat(previousDistance).isLessThan(0.15);
    }

    @Test
    void flagsAnItemThatAnswersAgainstAbility() {
        Random random = new Random(11);
        double[] difficulties = {-1, -0.5, 0, 0.5, 1, 0};
        List<ResponseRecord> persons = new ArrayList<>();
        for (int v = 0; v < 1500; v++) {
            double theta = random.nextGaussian();
            int[] items = {0, 1, 2, 3, 4, 5};
            boolean[] correct = new boolean[6];
            for (int i = 0; i < 5; i++) {
                correct[i] = random.nextDouble() < Rasch.probability(theta, difficulties[i]);
            }
            // Item 6 is answered right more often by weaker students (a miskeyed item, say).
            correct[5] = random.nextDouble() < Rasch.probability(-theta, difficulties[5]);
            persons.add(new ResponseRecord(items, correct));
        }
        List<ItemEstimate> estimates = RaschCalibration.conditional(6).estimate(persons);
        assertThat(estimates.get(5).misfits(100)).isTrue();
        assertThat(estimates.get(5).outfit()).isGreaterThan(1.3);
        for (int i = 0; i < 5; i++) {
            assertThat(estimates.get(i).misfits(100)).as("item %d", i).isFalse();
        }
    }

    @Test
    void anItemEveryoneGotRightHasNoFiniteEstimateWithoutAPrior() {
        List<ResponseRecord> persons = List.of(
                new ResponseRecord(new int[] {0, 1, 2}, new boolean[] {true, true, false}),
                new ResponseRecord(new int[] {0, 1, 2}, new boolean[] {true, false, true}));
        List<ItemEstimate> estimates = RaschCalibration.conditional(3).estimate(persons);
        assertThat(estimates.get(0).difficulty()).isNaN();
        assertThat(estimates.get(1).difficulty()).isCloseTo(-estimates.get(2).difficulty(), within(1e-6));
    }

    private static List<ResponseRecord> simulate(int persons, double first, double[] others, Random random) {
        List<ResponseRecord> records = new ArrayList<>();
        for (int v = 0; v < persons; v++) {
            double theta = random.nextGaussian();
            int[] items = new int[others.length + 1];
            boolean[] correct = new boolean[others.length + 1];
            for (int i = 0; i <= others.length; i++) {
                items[i] = i;
                double b = i == 0 ? first : others[i - 1];
                correct[i] = random.nextDouble() < Rasch.probability(theta, b);
            }
            records.add(new ResponseRecord(items, correct));
        }
        return records;
    }

    private static List<ResponseRecord> responses(String resource) throws IOException {
        List<ResponseRecord> persons = new ArrayList<>();
        for (String line : lines(resource)) {
            String[] cells = line.split(",", -1);
            List<Integer> items = new ArrayList<>();
            List<Boolean> correct = new ArrayList<>();
            for (int i = 0; i < cells.length; i++) {
                if (!cells[i].isBlank()) {
                    items.add(i);
                    correct.add(cells[i].trim().equals("1"));
                }
            }
            boolean[] right = new boolean[correct.size()];
            for (int k = 0; k < right.length; k++) {
                right[k] = correct.get(k);
            }
            persons.add(new ResponseRecord(items.stream().mapToInt(Integer::intValue).toArray(), right));
        }
        return persons;
    }

    /** Per item: difficulty (centred), standard error, infit, outfit. */
    private static List<double[]> erm(String resource) throws IOException {
        List<double[]> rows = new ArrayList<>();
        List<String> lines = lines(resource);
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",");
            rows.add(new double[] {Double.parseDouble(cells[1]), Double.parseDouble(cells[2]),
                    Double.parseDouble(cells[3]), Double.parseDouble(cells[4])});
        }
        return rows;
    }

    private static List<String> lines(String resource) throws IOException {
        try (InputStream in = RaschCalibrationTest.class.getResourceAsStream("/psychometrics/" + resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).toList();
        }
    }
}
