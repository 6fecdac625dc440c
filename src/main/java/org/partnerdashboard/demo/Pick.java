package org.partnerdashboard.demo;

import java.util.List;
import java.util.random.RandomGenerator;

/** Seeded random choices, so the same seed always gives the same demo data. */
final class Pick {

    private final RandomGenerator random;

    Pick(RandomGenerator random) {
        this.random = random;
    }

    <T> T one(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    <T> T one(T[] items) {
        return items[random.nextInt(items.length)];
    }

    /** Picks by weight: weights[i] is the relative chance of items[i]. */
    <T> T weighted(List<T> items, double[] weights) {
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        double r = random.nextDouble() * total;
        for (int i = 0; i < items.size(); i++) {
            r -= weights[i];
            if (r < 0) {
                return items.get(i);
            }
        }
        return items.getLast();
    }

    boolean chance(double probability) {
        return random.nextDouble() < probability;
    }

    int between(int min, int maxInclusive) {
        return min + random.nextInt(maxInclusive - min + 1);
    }

    double between(double min, double max) {
        return min + random.nextDouble() * (max - min);
    }

    double gaussian() {
        return random.nextGaussian();
    }

    RandomGenerator random() {
        return random;
    }
}
