package io.provctl.cli;

import io.provctl.state.StateStores;
import io.provctl.store.LockInfo;
import io.provctl.store.StateStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class LockCliTest {

    @TempDir
    Path dir;

    private Optional<LockInfo> lockHolder() {
        try (StateStore store = StateStores.open(dir.resolve(".provctl/state.db").toString(), Clock.systemUTC())) {
            return store.lockInfo();
        }
    }

    @Test
    void aSecondApplyFailsAtOnceNamingTheHolder() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        CliHarness first = new CliHarness(dir);
        first.example("quickstart.hcl");
        first.env.put("PROVCTL_LOCAL_LATENCY_MS", "1");
        first.sleeper = d -> release.await(30, TimeUnit.SECONDS);
        CompletableFuture<CliHarness.Result> running = CompletableFuture.supplyAsync(
                () -> first.run("apply", "--auto-approve", "quickstart.hcl"));
        await().atMost(Duration.ofSeconds(20)).until(() -> lockHolder().isPresent());

        CliHarness second = new CliHarness(dir);
        second.env.put("PROVCTL_ACTOR", "bob");
        CliHarness.Result refused = second.run("apply", "--auto-approve", "quickstart.hcl");
        release.countDown();

        assertThat(refused.code()).isEqualTo(1);
        assertThat(refused.err()).startsWith("Error: state is locked: lock ").contains("held by alice@", "(pid ",
                "apply) since ", "provctl force-unlock");
        CliHarness.Result firstResult = running.get(30, TimeUnit.SECONDS);
        assertThat(firstResult.code()).as(firstResult.toString()).isZero();
        assertThat(lockHolder()).isEmpty();
    }

    @Test
    void forceUnlockRemovesALeftoverLock() throws Exception {
        CliHarness cli = new CliHarness(dir);
        cli.example("quickstart.hcl");
        String lockId;
        try (StateStore store = StateStores.open(dir.resolve(".provctl/state.db").toString(), Clock.systemUTC())) {
            lockId = store.lock(new io.provctl.store.Actor("crashed", "oldhost", 999, "apply"), Duration.ZERO).info().id();
        }
        CliHarness.Result locked = cli.run("apply", "--auto-approve", "quickstart.hcl");
        assertThat(locked.code()).isEqualTo(1);
        assertThat(locked.err()).contains("held by crashed@oldhost (pid 999, apply)", lockId);

        CliHarness.Result unlock = cli.run("force-unlock", lockId);

        assertThat(unlock.code()).as(unlock.toString()).isZero();
        assertThat(unlock.out()).isEqualTo("The state has been unlocked (lock " + lockId + " removed).\n");
        assertThat(cli.run("apply", "--auto-approve", "quickstart.hcl").code()).isZero();
        assertThat(cli.run("history").out()).contains("lock_force_released");
        assertThat(cli.run("force-unlock", "no-such-lock").err()).startsWith("Error: ");
    }
}
