package org.partnerdashboard.suppliers;

/** Employee-count bands for filtering the directory. */
public enum SizeBand {
    UP_TO_19(1, 19), FROM_20_TO_99(20, 99), FROM_100_TO_499(100, 499), FROM_500(500, Integer.MAX_VALUE);

    private final int min;
    private final int max;

    SizeBand(int min, int max) {
        this.min = min;
        this.max = max;
    }

    public int min() {
        return min;
    }

    public int max() {
        return max;
    }
}
