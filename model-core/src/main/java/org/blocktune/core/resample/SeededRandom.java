package org.blocktune.core.resample;

/**
 * SplitMix64 (Steele, Lea &amp; Flood 2014): a small PRNG whose output is fully defined by this
 * code, so a seed gives the same numbers on every machine and JVM version. Not thread-safe.
 */
public final class SeededRandom {
    private long state;

    /** Starts the sequence for {@code seed}. */
    public SeededRandom(long seed) { this.state = seed; }

    /** The next 64 random bits. */
    public long nextLong() {
        long z = (state += 0x9E3779B97F4A7C15L);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** A uniform integer in {@code [0, bound)}, by rejection so that no value is favoured. */
    public int nextInt(int bound) {
        if (bound <= 0) throw new IllegalArgumentException("bound must be positive, got " + bound);
        long limit = Long.MAX_VALUE - (Long.MAX_VALUE % bound); // multiples of bound below 2^63
        long r;
        do {
            r = nextLong() >>> 1;
        } while (r >= limit);
        return (int) (r % bound);
    }

    /** Shuffles {@code a} in place (Fisher–Yates, from the last position down). */
    public void shuffle(int[] a) {
        for (int i = a.length - 1; i > 0; i--) {
            int j = nextInt(i + 1);
            int t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }
}
