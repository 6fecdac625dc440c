package org.partnerdashboard.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.benmanes.caffeine.cache.AsyncCache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ComputedOnceTest {

    private final AsyncCache<String, String> cache = Caffeine.newBuilder().maximumSize(100).buildAsync();

    @Test
    void computesOnceForCallersOfTheSameKeyWhoWaitForTheFirst() throws Exception {
        CountDownLatch computing = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger computations = new AtomicInteger();
        CompletableFuture<String> first = CompletableFuture.supplyAsync(() -> ComputedOnce.get(cache, "k", () -> {
            computations.incrementAndGet();
            computing.countDown();
            await(release);
            return "answer";
        }));
        assertThat(computing.await(5, TimeUnit.SECONDS)).isTrue();
        CompletableFuture<String> second = CompletableFuture.supplyAsync(() -> ComputedOnce.get(cache, "k", () -> {
            computations.incrementAndGet();
            return "another answer";
        }));
        release.countDown();

        assertThat(first.get(5, TimeUnit.SECONDS)).isEqualTo("answer");
        assertThat(second.get(5, TimeUnit.SECONDS)).isEqualTo("answer");
        assertThat(computations).hasValue(1);
    }

    @Test
    void aSlowComputationDoesNotHoldBackOtherKeys() throws Exception {
        CountDownLatch computing = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<String> slow = CompletableFuture.supplyAsync(() -> ComputedOnce.get(cache, "slow", () -> {
            computing.countDown();
            await(release);
            return "late";
        }));
        assertThat(computing.await(5, TimeUnit.SECONDS)).isTrue();

        // every other key answers while the slow one is still computing, whatever part of the table it falls in
        for (int i = 0; i < 1_000; i++) {
            assertThat(ComputedOnce.get(cache, "other " + i, () -> "now")).isEqualTo("now");
        }
        assertThat(slow).isNotDone();
        release.countDown();
        assertThat(slow.get(5, TimeUnit.SECONDS)).isEqualTo("late");
    }

    @Test
    void aFailureReachesItsCallerAndIsNotKept() {
        assertThatThrownBy(() -> ComputedOnce.get(cache, "k", () -> {
            throw new IllegalStateException("database away");
        })).isInstanceOf(IllegalStateException.class).hasMessage("database away");

        assertThat(ComputedOnce.get(cache, "k", () -> "answer")).isEqualTo("answer");
        assertThat(ComputedOnce.get(cache, "k", () -> "another answer")).isEqualTo("answer");
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(5, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
