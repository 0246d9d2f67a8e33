package io.provctl.cloud.local;

import io.provctl.cloud.testsupport.Clusters;
import io.provctl.cloud.testsupport.FakeCatalog;
import io.provctl.testsupport.MutableClock;
import io.provctl.testsupport.RecordingSleeper;
import io.provctl.model.ClusterSpec;
import io.provctl.model.Resource;
import io.provctl.model.ResourceId;
import io.provctl.provider.ProviderResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

class LocalCloudConcurrencyTest {

    @TempDir
    Path dir;

    @Test
    void twoInstancesWritingAtOnceLoseNoUpdate() throws Exception {
        int perWriter = 40;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<List<String>>> writers = new ArrayList<>();
            for (String cluster : List.of("a", "b")) {
                LocalCloud cloud = LocalCloud.open("aws", dir, LocalCloudConfig.defaults(), new FakeCatalog(),
                        MutableClock.at("2025-01-01T00:00:00Z"), new RecordingSleeper());
                writers.add(pool.submit(writer(cloud, cluster, perWriter, start)));
            }
            start.countDown();
            List<String> created = new ArrayList<>();
            for (Future<List<String>> w : writers) {
                created.addAll(w.get(60, TimeUnit.SECONDS));
            }

            LocalCloud reader = LocalCloud.open("aws", dir, LocalCloudConfig.defaults(), new FakeCatalog(),
                    MutableClock.at("2025-01-01T00:00:00Z"), new RecordingSleeper());
            assertThat(reader.list()).extracting(ProviderResource::providerId)
                    .hasSize(2 * perWriter)
                    .containsExactlyInAnyOrderElementsOf(created);
        } finally {
            pool.shutdownNow();
        }
    }

    private static Callable<List<String>> writer(LocalCloud cloud, String cluster, int count, CountDownLatch start) {
        return () -> {
            start.await();
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                ClusterSpec spec = Clusters.cluster(cluster + i, "aws");
                Resource network = Clusters.resource(spec, ResourceId.network(cluster + i));
                ids.add(cloud.create(network).providerId());
            }
            return ids;
        };
    }
}
